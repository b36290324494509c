package vn.mttq.sangtao.notification;

/**
 * The document a notice is about, as a link people open from their notices: the plan they received, the certificate
 * of an award decided. A notice of another kind has none. Plain code; the documents check who may read them.
 */
final class NoticeLinks {

  private NoticeLinks() {
  }

  /** A link and what it says. */
  record Link(String href, String label) {
  }

  static Link of(String kind, String reference) {
    if (reference == null) {
      return null;
    }
    int colon = reference.indexOf(':');
    if (colon < 0 || !reference.substring(colon + 1).matches("\\d+")) {
      return null;
    }
    String id = reference.substring(colon + 1);
    return switch (reference.substring(0, colon)) {
      case "plan" -> new Link("/api/plans/" + id + "/document.pdf", "Xem kế hoạch");
      case "award" -> "AWARD_DECIDED".equals(kind)
          ? new Link("/api/awards/" + id + "/certificate.pdf", "Xem giấy chứng nhận") : null;
      default -> null;
    };
  }
}
