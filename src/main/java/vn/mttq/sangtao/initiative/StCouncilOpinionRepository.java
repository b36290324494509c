package vn.mttq.sangtao.initiative;

import org.springframework.data.jpa.repository.JpaRepository;

interface StCouncilOpinionRepository extends JpaRepository<StCouncilOpinion, Long> {
}
