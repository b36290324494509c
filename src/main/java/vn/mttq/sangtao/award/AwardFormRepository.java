package vn.mttq.sangtao.award;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardFormRepository extends JpaRepository<AwardForm, String> {

  List<AwardForm> findAllByOrderBySortOrder();
}
