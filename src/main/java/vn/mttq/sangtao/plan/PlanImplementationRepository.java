package vn.mttq.sangtao.plan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanImplementationRepository extends JpaRepository<PlanImplementation, Long> {

  List<PlanImplementation> findByPlanIdIn(Collection<Long> planIds);

  List<PlanImplementation> findByPlanIdAndStatusIn(Long planId, Collection<ImplementationStatus> statuses);

  java.util.Optional<PlanImplementation> findByPlanIdAndUnitId(Long planId, Long unitId);

  List<PlanImplementation> findByPlanIdAndUnitIdInOrderById(Long planId, Collection<Long> unitIds);

  /** Implementing recipients of a plan that have no implementation yet, for the next cascade batch. */
  @Query("select r.unitId from PlanRecipient r where r.planId = ?1 and r.kind = vn.mttq.sangtao.plan.RecipientKind.IMPLEMENT and not exists"
      + " (select i.id from PlanImplementation i where i.planId = r.planId and i.unitId = r.unitId) order by r.id")
  List<Long> unitsWithoutImplementation(Long planId, org.springframework.data.domain.Pageable page);
}
