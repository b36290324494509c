package vn.mttq.sangtao.initiative;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeApplicationRepository extends JpaRepository<InitiativeApplication, Long> {

  long countByInitiativeId(Long initiativeId);

  boolean existsByInitiativeIdAndUnitId(Long initiativeId, Long unitId);

  List<InitiativeApplication> findByInitiativeIdOrderByIdAsc(Long initiativeId);
}
