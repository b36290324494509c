package vn.mttq.sangtao.initiative;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.WholeNumbers;

/** The initiative as the tasks show it: what it is, and the similar ones staff weigh in the pre-check. */
@Component
@Transactional(readOnly = true)
class InitiativeTexts {

  private final InitiativeService service;

  InitiativeTexts(InitiativeService service) {
    this.service = service;
  }

  /** A text that tells staff and council members what the initiative is. */
  String summary(Long id) {
    InitiativeView i = service.get(id);
    StringBuilder text = new StringBuilder();
    text.append("«").append(i.title()).append("» — mã ").append(i.trackingCode()).append('\n');
    text.append("Nội dung phong trào: ").append(i.contentAreaLabel()).append('\n');
    text.append("Tác giả (").append(i.authorKind().label().toLowerCase(java.util.Locale.ROOT)).append("): ")
        .append(i.authorNames()).append(" — ").append(i.authorUnitName()).append('\n');
    text.append("Tóm tắt: ").append(i.summary()).append('\n');
    text.append("Nội dung chi tiết: ").append(i.description()).append('\n');
    if (i.appliedAt() != null) {
      text.append("Nơi áp dụng: ").append(i.appliedAt()).append('\n');
    }
    if (i.expectedBenefit() != null) {
      text.append("Hiệu quả dự kiến: ").append(i.expectedBenefit()).append('\n');
    }
    if (i.estimatedCostVnd() != null) {
      text.append("Kinh phí dự kiến: ").append(WholeNumbers.format(i.estimatedCostVnd()))
          .append(" đồng\n");
    }
    if (!i.attachments().isEmpty()) {
      text.append("Tệp đính kèm: ").append(i.attachments().size()).append('\n');
    }
    return text.toString().strip();
  }

  /** The similar initiatives as lines staff read in the pre-check form. */
  String similar(Long id) {
    List<NoveltySearch.Similar> similar = service.similar(id, 5);
    if (similar.isEmpty()) {
      return "Không có sáng kiến tương tự trong hệ thống.";
    }
    StringBuilder text = new StringBuilder();
    for (NoveltySearch.Similar s : similar) {
      text.append(s.similarityPercent()).append("% — ").append(s.trackingCode()).append(" «").append(s.title())
          .append("» — ").append(s.receivingUnitName()).append(", ").append(s.year()).append(" — ")
          .append(s.statusLabel()).append('\n');
    }
    return text.toString().strip();
  }
}
