package vn.mttq.sangtao.award;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.initiative.InitiativeEvidence;
import vn.mttq.sangtao.initiative.InitiativeFacts;
import vn.mttq.sangtao.report.ReportService;
import vn.mttq.sangtao.report.ReportStatus;
import vn.mttq.sangtao.report.ReportView;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * The evidence a proposal cites, checked against what the system knows: an initiative recognised, applied or judged
 * promising by the provincial Science and Technology Council, and for a collective an accepted report; each must be
 * the nominee's. Every problem is named; what passes is described as it was when cited.
 */
@Component
@Transactional(readOnly = true)
class EvidenceCitation {

  private final UnitService units;
  private final InitiativeEvidence initiatives;
  private final ReportService reports;

  EvidenceCitation(UnitService units, InitiativeEvidence initiatives, ReportService reports) {
    this.units = units;
    this.initiatives = initiatives;
    this.reports = reports;
  }

  /** What a cited piece of evidence showed; the initiative kinds are what an individual needs. */
  record Cited(EvidenceKind kind, Long refId, String description) {
    boolean byInitiative() {
      return kind != EvidenceKind.REPORT;
    }
  }

  List<Cited> cite(List<AwardRequest.EvidenceRef> refs, NomineeKind kind, UnitView nominee, String name,
      List<String> problems) {
    Set<Long> subtree = units.subtreeIds(nominee.code());
    String whose = kind == NomineeKind.INDIVIDUAL ? name == null ? "cá nhân được đề nghị" : name
        : "«" + nominee.name() + "»";
    Map<String, Cited> cited = new LinkedHashMap<>();
    for (AwardRequest.EvidenceRef ref : refs) {
      EvidenceKind evidenceKind = ref.kind() == null ? null : EvidenceKind.parse(ref.kind().strip()).orElse(null);
      String what = ref.ref() == null ? "" : ref.ref().strip();
      if (evidenceKind == null) {
        problems.add("Loại dẫn chứng «" + ref.kind() + "» không có: chọn RECOGNISED_INITIATIVE, APPLIED_INITIATIVE,"
            + " ST_COUNCIL_OPINION hoặc REPORT.");
        continue;
      }
      if (evidenceKind == EvidenceKind.REPORT) {
        citeReport(what, kind, subtree, nominee, problems)
            .ifPresent(c -> cited.putIfAbsent(c.kind() + ":" + c.refId(), c));
        continue;
      }
      Optional<InitiativeFacts> found = initiatives.byTrackingCode(what);
      if (found.isEmpty()) {
        problems.add("Không có sáng kiến mã «" + what + "».");
        continue;
      }
      InitiativeFacts initiative = found.get();
      boolean theirs = subtree.contains(initiative.authorUnitId())
          && (kind == NomineeKind.COLLECTIVE || initiative.authoredBy(name));
      switch (evidenceKind) {
        case RECOGNISED_INITIATIVE -> {
          if (!initiative.recognised()) {
            problems.add("Sáng kiến " + initiative.label() + " chưa được Hội đồng công nhận.");
          } else if (!theirs) {
            problems.add("Sáng kiến " + initiative.label() + " không phải của " + whose + ".");
          } else {
            cited.putIfAbsent(evidenceKind + ":" + initiative.id(), new Cited(evidenceKind, initiative.id(),
                "Sáng kiến " + initiative.label() + " được Hội đồng công nhận"
                    + (initiative.decidedAt() == null ? "" : " ngày " + BusinessTime.format(
                        initiative.decidedAt().atZone(BusinessTime.ZONE).toLocalDate())) + "."));
          }
        }
        case APPLIED_INITIATIVE -> {
          List<InitiativeEvidence.Application> applied = initiatives.applicationsOf(initiative.id());
          Optional<InitiativeEvidence.Application> application = theirs ? applied.stream().findFirst()
              : kind == NomineeKind.COLLECTIVE ? applied.stream().filter(a -> subtree.contains(a.unitId())).findFirst()
                  : Optional.empty();
          if (!theirs && application.isEmpty()) {
            problems.add("Sáng kiến " + initiative.label() + " không phải của " + whose
                + (kind == NomineeKind.COLLECTIVE ? " và không được đơn vị này ứng dụng." : "."));
          } else if (application.isEmpty()) {
            problems.add("Sáng kiến " + initiative.label() + " chưa được đơn vị nào ứng dụng.");
          } else {
            InitiativeEvidence.Application a = application.get();
            String unitName = units.findById(a.unitId()).map(UnitView::name).orElse("");
            cited.putIfAbsent(evidenceKind + ":" + a.id(), new Cited(evidenceKind, a.id(), "Sáng kiến "
                + initiative.label() + " được " + unitName + " ứng dụng từ ngày " + BusinessTime.format(a.appliedFrom())
                + (a.result() == null || a.result().isBlank() ? "." : ": " + a.result().strip())));
          }
        }
        case ST_COUNCIL_OPINION -> {
          if (!theirs) {
            problems.add("Sáng kiến " + initiative.label() + " không phải của " + whose + ".");
          } else if (initiative.promising() == null) {
            problems.add("Hội đồng Khoa học - Công nghệ tỉnh chưa có ý kiến về sáng kiến " + initiative.label() + ".");
          } else if (!initiative.promising()) {
            problems.add("Hội đồng Khoa học - Công nghệ tỉnh không đánh giá sáng kiến " + initiative.label()
                + " có triển vọng.");
          } else {
            cited.putIfAbsent(evidenceKind + ":" + initiative.id(), new Cited(evidenceKind, initiative.id(),
                "Sáng kiến " + initiative.label() + " được Hội đồng Khoa học - Công nghệ tỉnh đánh giá có triển vọng"
                    + " phát triển thành đề tài nghiên cứu khoa học."));
          }
        }
        default -> throw new IllegalStateException(evidenceKind.name());
      }
    }
    return List.copyOf(cited.values());
  }

  private Optional<Cited> citeReport(String what, NomineeKind kind, Set<Long> subtree, UnitView nominee,
      List<String> problems) {
    if (kind == NomineeKind.INDIVIDUAL) {
      problems.add("Báo cáo là kết quả của đơn vị, không dùng làm dẫn chứng cho cá nhân.");
      return Optional.empty();
    }
    Long id;
    try {
      id = Long.valueOf(what);
    } catch (NumberFormatException e) {
      problems.add("Số báo cáo «" + what + "» không hợp lệ.");
      return Optional.empty();
    }
    Optional<ReportView> found = reports.lookup(id);
    if (found.isEmpty()) {
      problems.add("Không có báo cáo số " + id + ".");
      return Optional.empty();
    }
    ReportView report = found.get();
    if (!subtree.contains(report.unitId())) {
      problems.add("Báo cáo số " + id + " là của «" + report.unitName() + "», không phải của «" + nominee.name()
          + "».");
      return Optional.empty();
    }
    if (report.status() != ReportStatus.ACCEPTED) {
      problems.add("Báo cáo số " + id + " chưa được cấp trên chấp nhận.");
      return Optional.empty();
    }
    String figures = report.figures().entrySet().stream().filter(e -> e.getValue() != null && e.getValue() > 0)
        .map(e -> e.getKey().label() + ": " + e.getValue()).collect(Collectors.joining("; "));
    return Optional.of(new Cited(EvidenceKind.REPORT, id, report.subject() + (figures.isEmpty() ? "." : " — "
        + figures + ".")));
  }
}
