package vn.mttq.sangtao.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<Notice, Long> {

  boolean existsByDedupKey(String dedupKey);

  List<Notice> findByReferenceOrderById(String reference);
}
