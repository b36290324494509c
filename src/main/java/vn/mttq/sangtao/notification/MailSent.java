package vn.mttq.sangtao.notification;

/**
 * A mail was handed to the mail server for {@code recipients} addresses (announced at once: it is gone even if the
 * step that sent it rolls back).
 */
public record MailSent(int recipients) {
}
