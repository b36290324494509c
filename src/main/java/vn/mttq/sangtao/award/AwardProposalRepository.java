package vn.mttq.sangtao.award;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardProposalRepository extends JpaRepository<AwardProposal, Long> {

  Optional<AwardProposal> findByActiveKey(String activeKey);
}
