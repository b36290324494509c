package vn.mttq.sangtao.award;

import vn.mttq.sangtao.shared.BusinessTime;

/** A proposal as plain Vietnamese text, for the read-only field of the check and decision forms. */
final class AwardText {

  private AwardText() {
  }

  static String summary(AwardProposalView p) {
    StringBuilder text = new StringBuilder();
    text.append("ĐỀ NGHỊ ").append(p.awardFormName().toUpperCase(java.util.Locale.ROOT)).append(" NĂM ")
        .append(p.year()).append(" (hồ sơ số ").append(p.id()).append(")\n");
    text.append(p.nomineeKindLabel()).append(": ").append(p.nominee()).append('\n');
    text.append("Đơn vị đề nghị: ").append(p.proposerUnitName()).append('\n');
    text.append("Đang xét tại: ").append(p.currentUnitName()).append('\n');
    text.append("Thành tích: ").append(p.achievements()).append('\n');
    if (p.evidence().isEmpty()) {
      text.append("Dẫn chứng: không có\n");
    } else {
      text.append("Dẫn chứng:\n");
      p.evidence().forEach(e -> text.append("- ").append(e.kindLabel()).append(": ").append(e.description())
          .append('\n'));
    }
    if (!p.trail().isEmpty()) {
      text.append("Quá trình xét:\n");
      p.trail().forEach(a -> text.append("- ").append(BusinessTime.format(a.at().atZone(BusinessTime.ZONE)
          .toLocalDate())).append(" ").append(a.unitName()).append(": ").append(a.actionLabel())
          .append(a.comment() == null ? "" : " — " + a.comment()).append('\n'));
    }
    return text.toString().strip();
  }
}
