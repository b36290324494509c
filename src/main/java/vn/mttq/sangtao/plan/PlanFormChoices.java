package vn.mttq.sangtao.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.process.FormChoiceContext;
import vn.mttq.sangtao.shared.process.FormChoices;
import vn.mttq.sangtao.shared.process.Picker;
import vn.mttq.sangtao.shared.process.Picker.Choice;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * The plan's form by names: the committee issuing it (one of those the person is staff of), the units that
 * implement it (the committees below and the member organisations, each kind tickable at once), those reported to
 * (the committees above) and those told for information.
 */
@Component
class PlanFormChoices implements FormChoices {

  static final String FORM = "draftPlan";
  static final String COMMITTEES_BELOW = "Ủy ban MTTQ cấp dưới";
  static final String MEMBER_ORGANISATIONS = "Tổ chức thành viên";
  static final String ABOVE = "Cấp trên";
  static final String RESIDENTIAL_AREAS = "Ban công tác Mặt trận ở khu dân cư";
  static final String OTHERS_BELOW = "Đơn vị khác bên dưới";

  private final PlanService plans;
  private final UnitService units;
  private final Clock clock;

  PlanFormChoices(PlanService plans, UnitService units, Clock clock) {
    this.plans = plans;
    this.units = units;
    this.clock = clock;
  }

  @Override
  public String formKey() {
    return FORM;
  }

  @Override
  public Map<String, Picker> choices(FormChoiceContext context) {
    LocalDate today = BusinessTime.today(clock);
    List<UnitView> issuers = context.task() != null
        ? List.of(units.get(plans.get(PlanIssuanceProcess.PLAN_ID.from(context.task())).issuingUnitCode()))
        : context.unitsWhere(UnitGroups.STAFF_SUFFIX).stream().map(units::find).flatMap(Optional::stream)
            .filter(UnitView::frontCommittee).filter(u -> u.isValidOn(today)).toList();
    Map<String, Picker> pickers = new LinkedHashMap<>();
    pickers.put(PlanIssuanceProcess.VAR_ISSUING_UNIT, Picker.one(issuers.stream()
        .map(u -> Choice.of(u.code(), u.name(), null, null)).toList()));
    Optional<UnitView> issuer = context.namedOrOnly(PlanIssuanceProcess.VAR_ISSUING_UNIT, issuers, UnitView::code);
    if (issuer.isEmpty()) {
      return pickers;
    }
    pickers.putAll(recipients(issuer.get().code(), today));
    return pickers;
  }

  /** The three lists of recipients of a plan the unit issues. */
  Map<String, Picker> recipients(String code, LocalDate today) {
    Map<String, Picker> pickers = new LinkedHashMap<>();
    List<Choice> implementers = plans.implementers(code, today).stream()
        .map(u -> unit(u, groupOf(u))).toList();
    pickers.put(PlanDraftForm.IMPLEMENT_RECIPIENTS, Picker.several(", ",
        "Chưa chọn đơn vị nào: kế hoạch gửi tới tất cả các đơn vị bên dưới.", sorted(implementers)));
    List<UnitView> above = new ArrayList<>(units.lineage(code));
    above.removeIf(u -> u.code().equals(code) || !u.frontCommittee());
    pickers.put(PlanDraftForm.REPORT_TO_RECIPIENTS, Picker.several(", ",
        "Chưa chọn: kế hoạch báo cáo (b/c) Ban Thường trực cấp trên trực tiếp.",
        above.stream().map(u -> unit(u, ABOVE)).toList()));
    List<Choice> information = new ArrayList<>(above.stream().map(u -> unit(u, ABOVE)).toList());
    information.addAll(sorted(units.children(code, today).stream()
        .map(u -> unit(u, groupOf(u))).toList()));
    pickers.put(PlanDraftForm.INFORMATION_RECIPIENTS, Picker.several(", ",
        "Chưa chọn: kế hoạch gửi để biết tới các đơn vị nhận để biết bên dưới (nếu có).", information));
    return pickers;
  }

  private static String groupOf(UnitView unit) {
    if (unit.frontCommittee()) {
      return "RESIDENTIAL_AREA".equals(unit.type()) ? RESIDENTIAL_AREAS : COMMITTEES_BELOW;
    }
    return unit.memberOrganisation() ? MEMBER_ORGANISATIONS : OTHERS_BELOW;
  }

  private static Choice unit(UnitView unit, String group) {
    return Choice.of(unit.code(), unit.name(), unit.typeName(), group);
  }

  /** Grouped by kind, each group in Vietnamese alphabetical order. */
  private static List<Choice> sorted(List<Choice> choices) {
    List<String> order = List.of(ABOVE, COMMITTEES_BELOW, RESIDENTIAL_AREAS, MEMBER_ORGANISATIONS, OTHERS_BELOW);
    return choices.stream().sorted(java.util.Comparator.comparing((Choice c) -> order.indexOf(c.group()))
        .thenComparing(Choice::label, vn.mttq.sangtao.shared.Folding.VIETNAMESE)).toList();
  }
}
