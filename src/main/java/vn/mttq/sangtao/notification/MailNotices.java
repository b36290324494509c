package vn.mttq.sangtao.notification;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import vn.mttq.sangtao.shared.security.AsSystem;

/**
 * Sends a notice by e-mail to the members of a group who have an address. A failure is thrown: the step that sent
 * it is retried by the engine and becomes an incident when the retries run out, while the process waits.
 */
@Component
public class MailNotices {

  private final JavaMailSender sender;
  private final IdentityService identityService;
  private final boolean enabled;
  private final String from;
  private final ApplicationEventPublisher events;

  MailNotices(JavaMailSender sender, IdentityService identityService,
      @Value("${sangtao.mail.enabled:false}") boolean enabled, @Value("${sangtao.mail.from}") String from,
      ApplicationEventPublisher events) {
    this.events = events;
    this.sender = sender;
    this.identityService = identityService;
    this.enabled = enabled;
    this.from = from;
  }

  /** Mails the group's members; does nothing when mail is off or nobody in the group has an address. */
  public void toGroup(String groupId, String subject, String body) {
    if (!enabled) {
      return;
    }
    List<String> addresses = AsSystem.call(identityService,
        () -> identityService.createUserQuery().memberOfGroup(groupId).list()).stream().map(User::getEmail)
        .filter(e -> e != null && !e.isBlank()).distinct().toList();
    send(addresses, subject, body);
  }

  /** Mails one person, e.g. a nominee who gave an address; does nothing when mail is off. */
  public void toAddress(String address, String subject, String body) {
    if (enabled && address != null && !address.isBlank()) {
      send(List.of(address.strip()), subject, body);
    }
  }

  private void send(List<String> addresses, String subject, String body) {
    if (addresses.isEmpty()) {
      return;
    }
    try {
      var message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
      helper.setFrom(from);
      helper.setTo(addresses.toArray(String[]::new));
      helper.setSubject(subject);
      helper.setText(body + "\n\n— Hệ thống Sáng tạo, phong trào “Đoàn kết sáng tạo”. Thư gửi tự động, xin đừng trả lời.");
      sender.send(message);
    } catch (MessagingException e) {
      events.publishEvent(new MailFailed());
      throw new IllegalStateException("Không tạo được thư gửi " + addresses.size() + " địa chỉ", e);
    } catch (MailException e) {
      events.publishEvent(new MailFailed());
      throw e;
    }
    events.publishEvent(new MailSent(addresses.size()));
  }
}
