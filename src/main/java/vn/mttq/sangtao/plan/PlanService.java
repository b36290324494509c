package vn.mttq.sangtao.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Plans: returning and issuing them, and reading them. Drafting is {@link PlanDrafting}; a unit's own recorded plan,
 * a plan recorded from outside and the draft form's values are {@link PlanRecording}, {@link PlanRegistration} and
 * {@link PlanDraftValues}.
 */
@Service
@Transactional
public class PlanService {

  private final PlanRepository plans;
  private final PlanRecipientRepository recipients;
  private final UnitService units;

  private final Signers signers;
  private final Clock clock;

  PlanService(PlanRepository plans, PlanRecipientRepository recipients, UnitService units,
      Signers signers, Clock clock) {
    this.signers = signers;
    this.clock = clock;
    this.plans = plans;
    this.recipients = recipients;
    this.units = units;
  }

  /** The units that may implement a plan of this issuer on the given day: its subordinate committees and member organisations. */
  @Transactional(readOnly = true)
  public List<UnitView> implementers(String issuerCode, LocalDate day) {
    return units.children(issuerCode, day).stream().filter(u -> u.frontCommittee() || u.memberOrganisation())
        .toList();
  }

  /** The default recipients reported to ("b/c"): the committee above. */
  @Transactional(readOnly = true)
  public List<UnitView> defaultReportToRecipients(String issuerCode) {
    UnitView issuer = units.get(issuerCode);
    return issuer.parentCode() == null ? List.of() : List.of(units.get(issuer.parentCode()));
  }

  /** The default information recipients: the bodies below the issuer that receive plans for information. */
  @Transactional(readOnly = true)
  public List<UnitView> defaultInformationRecipients(String issuerCode, LocalDate day) {
    return units.children(issuerCode, day).stream().filter(UnitView::informationOnly).toList();
  }

  /** Whether the plan is a draft its staff are still writing (not yet sent to the leaders). */
  @Transactional(readOnly = true)
  public boolean isDraft(Long planId) {
    return find(planId).getStatus() == PlanStatus.DRAFT;
  }

  /** The draft saved stays with its staff: not sent to the leaders yet. */
  void keepAsDraft(Long planId) {
    find(planId).keepAsDraft(clock.instant());
  }

  /** Records that the plan's recipients reported to ("b/c") and for information were sent their notice. */
  public void markInformationRecipientsNotified(Long planId) {
    Instant now = clock.instant();
    recipients.findByPlanIdOrderById(planId).stream()
        .filter(r -> r.getUnitId() != null && r.getNotifiedAt() == null)
        .filter(r -> r.getKind() == RecipientKind.INFORMATION || r.getKind() == RecipientKind.REPORT_TO)
        .forEach(r -> r.markNotified(now));
  }

  /** The leaders return the plan to its drafters with a reason. */
  public PlanView returnForRevision(Long planId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new PlanValidationException(List.of("Hãy ghi lý do trả lại kế hoạch để cán bộ sửa."));
    }
    Plan plan = find(planId);
    if (plan.getStatus() == PlanStatus.ISSUED) {
      throw new PlanValidationException(List.of("Kế hoạch " + plan.getNumberAndSymbol() + " đã ban hành."));
    }
    plan.returnForRevision(reason.trim(), clock.instant());
    return view(plan);
  }

  /**
   * Issues an approved plan: gives it the number set by hand or the next free one of its issuer and year, and the
   * recipients' deadline. Issuing an issued plan again changes nothing (a retried step).
   */
  public PlanView issue(Long planId, String approverId) {
    Plan plan = find(planId);
    if (plan.getStatus() == PlanStatus.ISSUED) {
      return view(plan);
    }
    LocalDate today = BusinessTime.today(clock);
    List<String> problems = new ArrayList<>();
    ReportingRegime regime = plan.regime();
    if (regime.halfYearReportDue().isBefore(today) || regime.annualReportDue().isBefore(today)
        || regime.summaryReportDue() != null && regime.summaryReportDue().isBefore(today)) {
      problems.add("Hạn báo cáo của kế hoạch đã qua trong lúc chờ phê duyệt; hãy trả lại để cán bộ sửa hạn.");
    }
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
    int number = plan.getNumber() != null ? plan.getNumber() : plans.maxNumber(plan.getIssuingUnitId(), plan.getYear()) + 1;
    plan.issue(number, today, approverId, signers.nameOf(approverId), clock.instant());
    plans.flush();
    return view(plan);
  }

  /**
   * Issued plans never change again (a draft cannot be saved over an issued plan), so their views are kept: a
   * national cascade reads its plan once per recipient task.
   */
  private final IssuedPlanViews issuedViews = new IssuedPlanViews();

  /**
   * How many plans or programmes for the movement each unit made between two days: those it issued to its own
   * recipients and those it recorded (a unit without recipients); units with none are left out.
   */
  @Transactional(readOnly = true)
  public Map<Long, Long> issuedByEach(java.util.Collection<Long> unitIds, LocalDate from, LocalDate to) {
    Map<Long, Long> counts = new java.util.HashMap<>();
    if (!unitIds.isEmpty()) {
      plans.countIssuedByUnit(unitIds, from, to).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    }
    return counts;
  }

  /** How many plans a unit issued between two days, inclusive. */
  @Transactional(readOnly = true)
  public long issuedBy(Long unitId, LocalDate from, LocalDate to) {
    return plans.countByIssuingUnitIdAndStatusAndIssuerKeyAndIssuedOnBetween(unitId, PlanStatus.ISSUED, "", from, to);
  }

  @Transactional(readOnly = true)
  public PlanView get(Long planId) {
    return issuedViews.get(planId, units.treeVersion(), id -> view(find(id)));
  }

  /** The issuing committee's code, read from the plan row alone (a draft's view would load all its recipients). */
  public String issuingUnitCode(Long planId) {
    return units.byId(find(planId).getIssuingUnitId()).code();
  }

  /** Whether the plan was issued outside the system and recorded here. */
  @Transactional(readOnly = true)
  public boolean isRecorded(Long planId) {
    return find(planId).isRecorded();
  }

  Plan find(Long planId) {
    return plans.findById(planId).orElseThrow(() -> new NotFoundException("Không có kế hoạch số hiệu " + planId + "."));
  }

  PlanView view(Plan plan) {
    UnitView issuer = units.byId(plan.getIssuingUnitId());
    List<PlanRecipient> rows = recipients.findByPlanIdOrderById(plan.getId());
    Map<Long, UnitView> byId = units.byIds(rows.stream().map(PlanRecipient::getUnitId)
        .filter(java.util.Objects::nonNull).toList());
    List<PlanView.Recipient> list = rows.stream().map(r -> {
      if (r.getUnitId() == null) {
        return new PlanView.Recipient(null, r.getBodyName(), r.getKind(), null, false);
      }
      UnitView unit = byId.get(r.getUnitId());
      return new PlanView.Recipient(unit.code(), unit.name(), r.getKind(), r.getTaskText(),
          unit.memberOrganisation());
    }).toList();
    return new PlanView(plan.getId(), plan.getNumberAndSymbol(), plan.getStatus(), plan.getYear(), plan.getTitle(),
        issuer.code(), plan.getIssuerName() == null ? issuer.name() : plan.getIssuerName(), plan.getParentPlanId(),
        plan.sections().basis(), plan.getIssuedOn(),
        plan.regime().halfYearReportDue(), plan.regime().annualReportDue(), plan.getImplementationDays(),
        plan.getImplementationDue(), plan.getReturnReason(), list,
        plan.regime().reminderDays(), plan.regime().summaryFromYear(), plan.regime().summaryReportDue(),
        plan.sections(), plan.getSignerName(), plan.isRecorded(), plan.getIssuerName() != null);
  }
}
