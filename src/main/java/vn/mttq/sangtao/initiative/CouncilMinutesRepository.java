package vn.mttq.sangtao.initiative;

import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilMinutesRepository extends JpaRepository<CouncilMinutes, Long> {
}
