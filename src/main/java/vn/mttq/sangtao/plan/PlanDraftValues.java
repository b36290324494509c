package vn.mttq.sangtao.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/** A saved plan under the draft form's field keys, to prefill a revision. */
@Component
@Transactional(readOnly = true)
class PlanDraftValues {

  private final PlanService plans;
  private final PlanRecipientRepository recipients;
  private final UnitService units;

  PlanDraftValues(PlanService plans, PlanRecipientRepository recipients, UnitService units) {
    this.plans = plans;
    this.recipients = recipients;
    this.units = units;
  }

  Map<String, Object> of(Long planId) {
    Plan plan = plans.find(planId);
    List<PlanRecipient> list = recipients.findByPlanIdOrderById(planId);
    Map<Long, UnitView> byId = units.byIds(list.stream().map(PlanRecipient::getUnitId).filter(Objects::nonNull)
        .toList());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(PlanDraftForm.TITLE, plan.getTitle());
    values.put(PlanDraftForm.YEAR, (long) plan.getYear());
    values.put(PlanDraftForm.SYMBOL, plan.getSymbol());
    values.put(PlanDraftForm.NUMBER, plan.getNumber() == null ? null : (long) plan.getNumber());
    values.put(PlanDraftForm.BASIS, plan.sections().basis());
    values.put(PlanDraftForm.PURPOSES, plan.sections().purposes());
    values.put(PlanDraftForm.PROPAGANDA_CONTENT, plan.sections().propagandaContent());
    values.put(PlanDraftForm.PROPAGANDA_AUDIENCE, plan.sections().propagandaAudience());
    values.put(PlanDraftForm.PROPAGANDA_FORMS, plan.sections().propagandaForms());
    values.put(PlanDraftForm.MODELS_CONTENT, plan.sections().modelsContent());
    values.put(PlanDraftForm.SUPPORT_CONTENT, plan.sections().supportContent());
    values.put(PlanDraftForm.SUMMARY_CONTENT, plan.sections().summaryContent());
    values.put(PlanDraftForm.HALF_YEAR_DUE, plan.regime().halfYearReportDue().toString());
    values.put(PlanDraftForm.ANNUAL_DUE, plan.regime().annualReportDue().toString());
    values.put(PlanDraftForm.SUMMARY_FROM_YEAR,
        plan.regime().summaryFromYear() == null ? null : (long) plan.regime().summaryFromYear());
    values.put(PlanDraftForm.SUMMARY_DUE,
        plan.regime().summaryReportDue() == null ? null : plan.regime().summaryReportDue().toString());
    values.put(PlanDraftForm.REMINDER_DAYS, plan.regime().reminderDays().stream().map(String::valueOf)
        .collect(Collectors.joining(", ")));
    values.put(PlanDraftForm.IMPLEMENTATION_DAYS, (long) plan.getImplementationDays());
    values.put(PlanDraftForm.IMPLEMENT_RECIPIENTS, codesOf(list, byId, RecipientKind.IMPLEMENT));
    values.put(PlanDraftForm.INFORMATION_RECIPIENTS, codesOf(list, byId, RecipientKind.INFORMATION));
    values.put(PlanDraftForm.REPORT_TO_RECIPIENTS, codesOf(list, byId, RecipientKind.REPORT_TO));
    values.put(PlanDraftForm.OTHER_RECIPIENTS, list.stream().filter(r -> r.getUnitId() == null)
        .map(r -> r.getBodyName() + r.getKind().mark()).collect(Collectors.joining("\n")));
    values.put(PlanDraftForm.ISSUER_TASKS, plan.sections().issuerTasks());
    values.put(PlanDraftForm.MEMBER_ORGANISATION_TASKS, plan.sections().memberOrganisationTasks());
    values.put(PlanDraftForm.SUBORDINATE_COMMITTEE_TASKS, plan.sections().subordinateCommitteeTasks());
    values.put(PlanDraftForm.RECIPIENT_TASKS, list.stream()
        .filter(r -> r.getKind() == RecipientKind.IMPLEMENT && r.getTaskText() != null)
        .map(r -> "- " + byId.get(r.getUnitId()).name() + ": " + r.getTaskText()).collect(Collectors.joining("\n")));
    return values;
  }

  private static String codesOf(List<PlanRecipient> list, Map<Long, UnitView> units, RecipientKind kind) {
    return list.stream().filter(r -> r.getKind() == kind && r.getUnitId() != null)
        .map(r -> units.get(r.getUnitId()).code()).collect(Collectors.joining(", "));
  }

}
