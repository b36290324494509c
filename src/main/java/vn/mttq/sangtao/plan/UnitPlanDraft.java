package vn.mttq.sangtao.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.mttq.sangtao.shared.BusinessTime;

/**
 * A recipient's own plan as first proposed: the parent plan's title, year, regime and sections, and the basis line
 * citing it.
 */
final class UnitPlanDraft {

  private UnitPlanDraft() {
  }

  /** "Thực hiện Kế hoạch số 12/KH-MTTQ-BTT ngày 03/03/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam …". */
  static String basis(PlanView parent) {
    return "Thực hiện Kế hoạch số " + parent.numberAndSymbol() + " ngày " + BusinessTime.format(parent.issuedOn())
        + " của Ban Thường trực " + parent.issuingUnitName() + " về " + parent.title() + ".";
  }

  static Map<String, Object> prefill(PlanView parent, String unitName) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(PlanDraftForm.TITLE, parent.title() + " — " + unitName);
    values.put(PlanDraftForm.YEAR, (long) parent.year());
    values.put(PlanDraftForm.SYMBOL, PlanDraft.DEFAULT_SYMBOL);
    values.put(PlanDraftForm.BASIS, basis(parent));
    // the parent's sections as a start, for the unit to adapt to its own area
    PlanSections sections = parent.sections();
    java.util.function.BiConsumer<String, String> start = (field, text) -> {
      if (text != null) {
        values.put(field, text);
      }
    };
    start.accept(PlanDraftForm.PURPOSES, sections.purposes());
    start.accept(PlanDraftForm.PROPAGANDA_CONTENT, sections.propagandaContent());
    start.accept(PlanDraftForm.PROPAGANDA_AUDIENCE, sections.propagandaAudience());
    start.accept(PlanDraftForm.PROPAGANDA_FORMS, sections.propagandaForms());
    start.accept(PlanDraftForm.MODELS_CONTENT, sections.modelsContent());
    start.accept(PlanDraftForm.SUPPORT_CONTENT, sections.supportContent());
    start.accept(PlanDraftForm.SUMMARY_CONTENT, sections.summaryContent());
    values.put(PlanDraftForm.HALF_YEAR_DUE, parent.halfYearReportDue().toString());
    values.put(PlanDraftForm.ANNUAL_DUE, parent.annualReportDue().toString());
    if (parent.asksForSummary()) {
      values.put(PlanDraftForm.SUMMARY_FROM_YEAR, (long) parent.summaryFromYear());
      values.put(PlanDraftForm.SUMMARY_DUE, parent.summaryReportDue().toString());
    }
    values.put(PlanDraftForm.REMINDER_DAYS, parent.reportReminderDays().stream().map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(", ")));
    values.put(PlanDraftForm.IMPLEMENTATION_DAYS, (long) PlanDraft.DEFAULT_IMPLEMENTATION_DAYS);
    return values;
  }
}
