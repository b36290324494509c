package vn.mttq.sangtao.initiative;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeApplicationRepository extends JpaRepository<InitiativeApplication, Long> {

  long countByInitiativeId(Long initiativeId);

  long countByUnitIdInAndAppliedFromBetween(java.util.Collection<Long> unitIds, java.time.LocalDate from,
      java.time.LocalDate to);

  boolean existsByInitiativeIdAndUnitId(Long initiativeId, Long unitId);

  List<InitiativeApplication> findByInitiativeIdOrderByIdAsc(Long initiativeId);
}
