package vn.mttq.sangtao.notification;

/**
 * A mail could not be handed to the mail server (announced at once: the step that sent it rolls back and is retried
 * by the engine).
 */
public record MailFailed() {
}
