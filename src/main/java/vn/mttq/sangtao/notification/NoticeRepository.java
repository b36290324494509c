package vn.mttq.sangtao.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<Notice, Long> {

  boolean existsByDedupKey(String dedupKey);

  List<Notice> findByReferenceOrderById(String reference);

  /** A user's notices: to them, or to one of their groups, newest first. */
  @org.springframework.data.jpa.repository.Query("select n from Notice n where n.recipientUser = ?1"
      + " or n.recipientGroup in ?2 order by n.id desc")
  List<Notice> inbox(String userId, java.util.Collection<String> groupIds,
      org.springframework.data.domain.Pageable page);
}
