package vn.mttq.sangtao.award;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardProposalRepository extends JpaRepository<AwardProposal, Long> {

  Optional<AwardProposal> findByActiveKey(String activeKey);

  List<AwardProposal> findByAwardYearOrderById(int year);

  List<AwardProposal> findByAssessmentIdOrderById(Long assessmentId);
}
