package vn.mttq.sangtao.notification;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeReadRepository extends JpaRepository<NoticeRead, NoticeRead.Key> {

  @Query("select r.noticeId from NoticeRead r where r.userId = ?1 and r.noticeId in ?2")
  List<Long> readAmong(String userId, Collection<Long> noticeIds);

  /** How many of a user's notices (to them or to one of their groups) they have not read. */
  @Query("select count(n) from Notice n where (n.recipientUser = ?1 or n.recipientGroup in ?2) and not exists"
      + " (select r from NoticeRead r where r.noticeId = n.id and r.userId = ?1)")
  long unread(String userId, Collection<String> groupIds);
}
