package vn.mttq.sangtao.notification;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

  /** How many of the signed-in person's notices they have not read (the count beside "Thông báo"). */
  @GetMapping("/unread")
  Map<String, Long> unread() {
    return Map.of("unread", notices.unread(currentUser.id(), currentUser.groupIds()));
  }

  /** The signed-in person has read these notices (their own only; others' ids are ignored). */
  @PostMapping(path = "/read", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Long> read(@RequestBody ReadRequest request) {
    List<Long> ids = request.ids() == null ? List.of()
        : request.ids().stream().filter(java.util.Objects::nonNull).limit(200).toList();
    notices.markRead(currentUser.id(), currentUser.groupIds(), ids);
    return unread();
  }

  /** The notices read. */
  record ReadRequest(@ArraySchema(arraySchema = @Schema(description = "Số hiệu các thông báo đã đọc"), maxItems = 200)
      List<Long> ids) {
  }
}
