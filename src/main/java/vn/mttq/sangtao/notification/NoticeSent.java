package vn.mttq.sangtao.notification;

/**
 * An in-app notice was sent (published in the sending transaction; a notice already sent under its key is not sent
 * again and not announced again).
 *
 * @param kind what it is about, e.g. REPORT_REMINDER
 */
public record NoticeSent(String kind) {
}
