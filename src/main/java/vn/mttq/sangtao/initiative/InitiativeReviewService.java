package vn.mttq.sangtao.initiative;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * The receiving committee's pre-check (not new, supplement, to the council), the author's supplement and its
 * deadline, and telling the author. The model reads it through
 * {@link InitiativeReviewExpressions}.
 */
@Service
@Transactional
class InitiativeReviewService {

  static final int DEFAULT_SUPPLEMENT_DAYS = 15;
  static final int PRE_CHECK_DAYS = 7;

  private final InitiativeRepository initiatives;
  private final UnitService units;
  private final NoticeService notices;
  private final NoveltySearch novelty;
  private final Clock clock;

  InitiativeReviewService(InitiativeRepository initiatives, UnitService units, NoticeService notices,
      NoveltySearch novelty, Clock clock) {
    this.clock = clock;
    this.initiatives = initiatives;
    this.units = units;
    this.notices = notices;
    this.novelty = novelty;
  }

  /** The province of the receiving committee: the unit of its line just below the root. */
  UnitView province(Initiative initiative) {
    List<UnitView> line = units.lineage(receiving(initiative).code());
    return line.size() >= 2 ? line.get(line.size() - 2) : line.get(0);
  }

  /** Records the staff's decision; every problem named at once, nothing changed when there is one. */
  public PreCheckOutcome preCheck(Long initiativeId, PreCheck decision, String userId) {
    Initiative initiative = find(initiativeId);
    List<String> problems = new ArrayList<>();
    if (initiative.getStatus() != InitiativeStatus.SUBMITTED) {
      problems.add("Sáng kiến đang ở trạng thái «" + initiative.getStatus().label() + "», không kiểm tra được nữa.");
    }
    if (decision.outcome() == null) {
      problems.add("Hãy chọn kết quả kiểm tra: không có tính mới, cần bổ sung, hoặc chuyển hội đồng.");
    }
    Initiative earlier = null;
    if (decision.outcome() == PreCheckOutcome.NOT_NEW) {
      String code = TrackingCodes.normalise(decision.earlierTrackingCode());
      earlier = code == null ? null : initiatives.findByTrackingCode(code).orElse(null);
      if (earlier == null || earlier.getId().equals(initiativeId)) {
        problems.add("Hãy ghi mã theo dõi của sáng kiến đã có mà sáng kiến này trùng lặp"
            + (decision.earlierTrackingCode() == null ? "." : " («" + decision.earlierTrackingCode()
            + "» không đúng)."));
      }
    }
    int days = decision.supplementDays() == null ? DEFAULT_SUPPLEMENT_DAYS : decision.supplementDays();
    if (decision.outcome() == PreCheckOutcome.SUPPLEMENT) {
      if (decision.note() == null || decision.note().isBlank()) {
        problems.add("Hãy ghi rõ tác giả cần bổ sung những gì.");
      }
      if (days < 1 || days > 60) {
        problems.add("Thời hạn bổ sung phải từ 1 đến 60 ngày.");
      }
    }
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException(problems);
    }
    Instant now = clock.instant();
    switch (decision.outcome()) {
      case NOT_NEW -> {
        initiative.rejectAsNotNew(earlier.getId(), decision.note(), now);
        tellAuthor(initiative, "NOT_NEW", "Sáng kiến «" + initiative.getTitle() + "» trùng với sáng kiến đã có",
            "Trùng với sáng kiến «" + earlier.getTitle() + "» (mã " + earlier.getTrackingCode() + ")."
                + (earlier.getStatus() == InitiativeStatus.RECOGNISED ? " Xem sáng kiến đó trong danh sách sáng kiến"
                    + " được công nhận: " + PublicStatus.registryLink(earlier.getTrackingCode()) + "." : "")
                + (decision.note() == null ? "" : " " + decision.note()));
      }
      case SUPPLEMENT -> {
        LocalDate due = BusinessTime.today().plusDays(days);
        initiative.requestSupplement(decision.note().strip(), due);
        tellAuthor(initiative, "SUPPLEMENT", "Sáng kiến «" + initiative.getTitle() + "» cần bổ sung",
            decision.note().strip() + " Hạn bổ sung: ngày " + BusinessTime.format(due) + ".");
      }
      case COUNCIL -> initiative.sendToCouncil(decision.note());
    }
    return decision.outcome();
  }

  /** The author's supplement: the texts as corrected; the initiative goes back to the staff's check. */
  public void supplement(Long initiativeId, Supplement supplement) {
    Initiative initiative = find(initiativeId);
    if (initiative.getStatus() != InitiativeStatus.SUPPLEMENT_REQUESTED) {
      throw new InitiativeValidationException(List.of("Sáng kiến không ở trạng thái cần bổ sung."));
    }
    List<String> problems = new ArrayList<>();
    String title = text(supplement.title(), initiative.getTitle());
    String summary = text(supplement.summary(), initiative.getSummary());
    String description = text(supplement.description(), initiative.getDescription());
    String appliedAt = text(supplement.appliedAt(), initiative.getAppliedAt());
    String expectedBenefit = text(supplement.expectedBenefit(), initiative.getExpectedBenefit());
    InitiativeRules.checkLength(problems, title, "Tên sáng kiến", InitiativeRules.TITLE_MAX);
    InitiativeRules.checkLength(problems, summary, "Tóm tắt", InitiativeRules.SUMMARY_MAX);
    InitiativeRules.checkLength(problems, description, "Nội dung chi tiết", InitiativeRules.DESCRIPTION_MAX);
    InitiativeRules.checkLength(problems, appliedAt, "Nơi áp dụng", InitiativeRules.PLACE_MAX);
    InitiativeRules.checkLength(problems, expectedBenefit, "Hiệu quả dự kiến", InitiativeRules.TEXT_MAX);
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException(problems);
    }
    initiative.supplement(title, summary, description, appliedAt, expectedBenefit);
    novelty.textChanged(initiative.getId());
  }

  /** The supplement's deadline passed: the initiative is withdrawn and the author told. */
  public void withdraw(Long initiativeId) {
    Initiative initiative = find(initiativeId);
    if (initiative.getStatus() != InitiativeStatus.SUPPLEMENT_REQUESTED) {
      return;
    }
    initiative.end(InitiativeStatus.WITHDRAWN, clock.instant());
    tellAuthor(initiative, "WITHDRAWN", "Sáng kiến «" + initiative.getTitle() + "» đã bị rút",
        "Không nhận được phần bổ sung trước hạn ngày " + BusinessTime.format(initiative.getSupplementDue()) + ".");
  }

  /** A notice to the author, when the author has an account; the public page shows the status to the others. */
  void tellAuthor(Initiative initiative, String kind, String title, String body) {
    if (initiative.getSubmittedBy() != null) {
      notices.notifyUser(initiative.getSubmittedBy(), initiative.getReceivingUnitId(), kind, title, body,
          "initiative:" + initiative.getId(), "initiative:" + initiative.getId() + ":" + kind + ":"
              + initiative.getStatus());
    }
  }

  private static String text(String given, String current) {
    return given == null || given.isBlank() ? current : given.strip();
  }

  UnitView receiving(Initiative initiative) {
    return units.byId(initiative.getReceivingUnitId());
  }

  Initiative find(Long initiativeId) {
    return initiatives.findById(initiativeId)
        .orElseThrow(() -> new NotFoundException("Không có sáng kiến số " + initiativeId + "."));
  }

  /** The staff's decision. {@code note}: for a supplement, what is missing. */
  public record PreCheck(PreCheckOutcome outcome, String earlierTrackingCode, String note, Integer supplementDays) {
  }

  /** What the author corrects; a field not sent keeps its text (an emptied required one is refused on the way in). */
  public record Supplement(
      @Schema(description = "Tên sáng kiến", maxLength = InitiativeRules.TITLE_MAX) String title,
      @Schema(description = "Tóm tắt", maxLength = InitiativeRules.SUMMARY_MAX) String summary,
      @Schema(description = "Nội dung chi tiết", maxLength = InitiativeRules.DESCRIPTION_MAX) String description,
      @Schema(description = "Nơi áp dụng", maxLength = InitiativeRules.PLACE_MAX) String appliedAt,
      @Schema(description = "Hiệu quả dự kiến", maxLength = InitiativeRules.TEXT_MAX) String expectedBenefit) {
  }
}
