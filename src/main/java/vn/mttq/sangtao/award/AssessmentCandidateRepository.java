package vn.mttq.sangtao.award;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentCandidateRepository extends JpaRepository<AssessmentCandidate, Long> {

  List<AssessmentCandidate> findByAssessmentIdOrderByNomineeKindAscRankNoAsc(Long assessmentId);
}
