package vn.mttq.sangtao.award;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardDecisionRepository extends JpaRepository<AwardDecision, Long> {

  Optional<AwardDecision> findByProposalId(Long proposalId);
}
