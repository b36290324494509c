package vn.mttq.sangtao.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.security.AsSystem;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Recording a plan issued outside the system, with its own number, symbol, date and signer, so that the units it
 * reaches implement it like any other: a committee's plan issued on paper (recorded by its staff, with its own
 * recipients), or a plan a unit received from above or from a body outside the tree (recorded by that unit, which is
 * then its one implementing recipient). A plan of a past year is history: kept, with no tasks and no notices, and its
 * units are those that existed on its date; a plan of this year or a later one reaches its units through
 * {@code planIssuance}, their deadlines counted from today when it is entered late.
 */
@Service
public class PlanRegistration {

  private final PlanService plans;
  private final PlanDrafting drafting;
  private final PlanRepository repository;
  private final UnitService units;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Clock clock;

  PlanRegistration(PlanService plans, PlanDrafting drafting, PlanRepository repository, UnitService units,
      RuntimeService runtimeService, IdentityService identityService, Clock clock) {
    this.plans = plans;
    this.drafting = drafting;
    this.repository = repository;
    this.units = units;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.clock = clock;
  }

  /** The recorded plan and, for a plan still to carry out, the instance that carries it to its units. */
  public record Recorded(PlanView plan, String processInstanceId) {
  }

  /** The caller has been checked as staff of {@code request.recordingUnitCode()}. */
  @Transactional
  public Recorded record(RecordedPlanRequest request, String userId) {
    LocalDate today = BusinessTime.today(clock);
    List<String> problems = new ArrayList<>();
    PlanRequest content = request.plan();
    if (content == null) {
      throw new PlanValidationException(List.of("Thiếu nội dung kế hoạch (plan)."));
    }
    UnitView recorder = units.get(request.recordingUnitCode());
    LocalDate issuedOn = request.issuedOn();
    String outside = blankToNull(request.issuingBodyName());
    if (issuedOn == null) {
      problems.add("Ngày ban hành không được để trống.");
    } else if (issuedOn.isAfter(today)) {
      problems.add("Ngày ban hành (" + BusinessTime.format(issuedOn) + ") chưa tới; chỉ ghi nhận kế hoạch đã ban hành.");
    }
    if (content.number() == null) {
      problems.add("Số kế hoạch không được để trống (ví dụ 751 của «751/KH-MTTQ-BTT»).");
    }
    if (outside != null && content.issuingUnitCode() != null) {
      problems.add("Hãy chọn một: đơn vị ban hành trong hệ thống, hoặc cơ quan ban hành ngoài hệ thống.");
    } else if (outside == null && content.issuingUnitCode() == null) {
      problems.add("Hãy cho biết đơn vị ban hành (mã), hoặc tên cơ quan ban hành ngoài hệ thống.");
    }
    if (outside != null && outside.length() > PlanRules.BODY_NAME_LENGTH) {
      problems.add("Tên cơ quan ban hành dài quá " + PlanRules.BODY_NAME_LENGTH + " ký tự.");
    }
    String signer = blankToNull(request.signerName());
    if (signer != null && signer.length() > PlanRules.SIGNER_LENGTH) {
      problems.add("Tên người ký dài quá " + PlanRules.SIGNER_LENGTH + " ký tự.");
    }
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
    UnitView issuer = outside != null ? recorder : units.get(content.issuingUnitCode());
    boolean own = outside == null && issuer.code().equals(recorder.code());
    if (outside == null && !own && units.lineage(recorder.code()).stream().noneMatch(u -> u.code().equals(issuer.code()))) {
      throw new PlanValidationException(List.of("«" + issuer.name() + "» không phải đơn vị của bạn hay cấp trên của"
          + " đơn vị bạn; hãy ghi nhận kế hoạch mà đơn vị bạn ban hành hoặc nhận được."));
    }
    PlanDraft draft = content.toDraft(issuedOn.getYear());
    boolean history = draft.year() < today.getYear();
    LocalDate unitsOn = history ? issuedOn : today;
    for (UnitView unit : own ? List.of(issuer) : List.of(issuer, recorder)) {
      String problem = unit.validityProblem(unitsOn);
      if (problem != null) {
        throw new PlanValidationException(List.of(problem + (history ? "" : " Kế hoạch năm " + draft.year()
            + " không gửi tới đơn vị này được.")));
      }
    }
    if (outside != null && repository.findByIssuingUnitIdAndIssuerKeyAndYearAndNumber(recorder.id(), outside,
        draft.year(), draft.number()).isPresent()) {
      throw new PlanValidationException(List.of("Đã ghi nhận văn bản số " + draft.number() + "/" + draft.symbol()
          + " năm " + draft.year() + " của " + outside + "."));
    }
    Map<String, UnitView> implementers = own
        ? PlanDrafting.byCode(plans.implementers(issuer.code(), unitsOn))
        : PlanDrafting.byCode(List.of(recorder));
    Plan plan = drafting.save(null, own ? drafting.frontCommittee(issuer.code()) : issuer, request.parentPlanId(),
        outside == null ? draft : draft.withoutNumber(), userId, implementers,
        PlanRules.Dating.issuedOn(issuedOn, unitsOn), own);
    plan.recordIssued(draft.number(), issuedOn, outside, signer, userId, today, clock.instant());
    repository.flush();
    PlanView view = plans.view(plan);
    if (history) {
      return new Recorded(view, null);
    }
    String instance = AsSystem.call(identityService, () -> runtimeService.startProcessInstanceByKey(
        PlanIssuanceProcess.KEY, Map.of(PlanIssuanceProcess.VAR_PLAN_ID, view.id(),
            PlanIssuanceProcess.VAR_ISSUING_UNIT, view.issuingUnitCode(),
            PlanIssuanceProcess.VAR_APPROVED_BY, userId)).getId());
    return new Recorded(view, instance);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
