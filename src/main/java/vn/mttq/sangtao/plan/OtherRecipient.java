package vn.mttq.sangtao.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recipient outside the unit tree as staff write it in "Nơi nhận": "Ban Thường vụ Thành ủy (b/c)" is reported to,
 * "Văn phòng Thành ủy" receives for information. A leading dash and a closing ";" or "." are the document's, not the
 * name's.
 */
record OtherRecipient(String name, RecipientKind kind) {

  private static final Pattern REPORTED = Pattern.compile("^(.*?)\\s*\\(\\s*b\\s*/\\s*c\\s*\\)$", Pattern.CASE_INSENSITIVE);

  static OtherRecipient parse(String line) {
    String name = line.strip().replaceFirst("^[-–•+]\\s*", "").replaceFirst("[;.,]+$", "").strip();
    Matcher reported = REPORTED.matcher(name);
    return reported.matches() ? new OtherRecipient(reported.group(1).strip(), RecipientKind.REPORT_TO)
        : new OtherRecipient(name, RecipientKind.INFORMATION);
  }
}
