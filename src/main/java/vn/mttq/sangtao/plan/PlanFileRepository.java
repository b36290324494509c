package vn.mttq.sangtao.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanFileRepository extends JpaRepository<PlanFile, Long> {

  Optional<PlanFile> findFirstByPlanIdOrderByIdDesc(Long planId);
}
