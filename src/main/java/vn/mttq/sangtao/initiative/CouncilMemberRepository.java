package vn.mttq.sangtao.initiative;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilMemberRepository extends JpaRepository<CouncilMember, Long> {

  List<CouncilMember> findByInitiativeIdOrderByIdAsc(Long initiativeId);
}
