package vn.mttq.sangtao.award;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardEvidenceRepository extends JpaRepository<AwardEvidence, Long> {

  List<AwardEvidence> findByProposalIdOrderById(Long proposalId);

  void deleteByProposalId(Long proposalId);
}
