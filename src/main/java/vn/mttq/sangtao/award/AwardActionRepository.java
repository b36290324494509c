package vn.mttq.sangtao.award;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardActionRepository extends JpaRepository<AwardAction, Long> {

  List<AwardAction> findByProposalIdOrderById(Long proposalId);
}
