package vn.mttq.sangtao.notification;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.sangtao.shared.security.CurrentUser;

/** The signed-in user's notices: reminders, escalations, outcomes, newest first. */
@RestController
@Tag(name = "Thông báo")
@RequestMapping("/api/notices")
class NoticeController {

  private final NoticeService notices;
  private final CurrentUser currentUser;

  NoticeController(NoticeService notices, CurrentUser currentUser) {
    this.notices = notices;
    this.currentUser = currentUser;
  }

  @GetMapping
  List<NoticeService.InboxItem> mine(@RequestParam(defaultValue = "50") int limit) {
    return notices.inbox(currentUser.id(), currentUser.groupIds(), Math.max(1, Math.min(limit, 200)));
  }
}
