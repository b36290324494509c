package vn.mttq.sangtao.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

  /** The plan with this number among those the unit itself issued (not the documents of outside bodies it holds). */
  @Query("select p from Plan p where p.issuingUnitId = ?1 and p.year = ?2 and p.number = ?3 and p.issuerKey = ''")
  Optional<Plan> findByIssuingUnitIdAndYearAndNumber(Long issuingUnitId, int year, Integer number);

  Optional<Plan> findByIssuingUnitIdAndIssuerKeyAndYearAndNumber(Long issuingUnitId, String issuerKey, int year,
      Integer number);

  @Query("select coalesce(max(p.number), 0) from Plan p where p.issuingUnitId = ?1 and p.year = ?2"
      + " and p.issuerKey = ''")
  int maxNumber(Long issuingUnitId, int year);

  @Query("select p.issuingUnitId, count(p) from Plan p where p.issuingUnitId in ?1"
      + " and p.status = vn.mttq.sangtao.plan.PlanStatus.ISSUED and p.issuerKey = '' and p.issuedOn between ?2 and ?3"
      + " group by p.issuingUnitId")
  java.util.List<Object[]> countIssuedByUnit(java.util.Collection<Long> unitIds, java.time.LocalDate from,
      java.time.LocalDate to);

  long countByIssuingUnitIdAndStatusAndIssuerKeyAndIssuedOnBetween(Long issuingUnitId, PlanStatus status,
      String issuerKey, java.time.LocalDate from, java.time.LocalDate to);
}
