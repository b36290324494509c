package vn.mttq.sangtao.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRecipientRepository extends JpaRepository<PlanRecipient, Long> {

  List<PlanRecipient> findByPlanIdOrderById(Long planId);
}
