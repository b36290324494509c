package vn.mttq.sangtao.initiative;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeApplicationRepository extends JpaRepository<InitiativeApplication, Long> {

  long countByInitiativeId(Long initiativeId);

  long countByUnitIdInAndAppliedFromBetween(java.util.Collection<Long> unitIds, java.time.LocalDate from,
      java.time.LocalDate to);

  boolean existsByInitiativeIdAndUnitId(Long initiativeId, Long unitId);

  List<InitiativeApplication> findByInitiativeIdOrderByIdAsc(Long initiativeId);

  /** Applications begun between two days by the given units, or of initiatives authored in them. */
  @org.springframework.data.jpa.repository.Query("select a, i.authorUnitId from InitiativeApplication a, Initiative i"
      + " where i.id = a.initiativeId and a.appliedFrom between ?2 and ?3 and (a.unitId in ?1 or i.authorUnitId in ?1)")
  List<Object[]> findInvolving(java.util.Collection<Long> unitIds, java.time.LocalDate from,
      java.time.LocalDate to);
}
