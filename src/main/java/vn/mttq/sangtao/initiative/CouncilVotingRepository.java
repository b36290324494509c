package vn.mttq.sangtao.initiative;

import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilVotingRepository extends JpaRepository<CouncilVoting, Long> {
}
