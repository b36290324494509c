package vn.mttq.sangtao.initiative;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilVoteRepository extends JpaRepository<CouncilVote, Long> {

  List<CouncilVote> findByInitiativeIdOrderByIdAsc(Long initiativeId);

  boolean existsByInitiativeIdAndMemberUserId(Long initiativeId, String memberUserId);
}
