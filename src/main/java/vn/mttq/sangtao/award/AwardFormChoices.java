package vn.mttq.sangtao.award;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.mttq.sangtao.initiative.InitiativeEvidence;
import vn.mttq.sangtao.initiative.InitiativeFacts;
import vn.mttq.sangtao.report.ReportService;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.shared.process.FormChoiceContext;
import vn.mttq.sangtao.shared.process.FormChoices;
import vn.mttq.sangtao.shared.process.Picker;
import vn.mttq.sangtao.shared.process.Picker.Choice;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * The award proposal by names: the proposing unit (one the person is staff of), the nominee's unit (the proposer or
 * a unit up to two levels below it), and the evidence as lists of what the system knows of the nominee: its
 * recognised, applied and promising initiatives, and for a collective its accepted reports.
 */
@Component
class AwardFormChoices implements FormChoices {

  static final String FORM = "proposeAward";

  private final UnitService units;
  private final InitiativeEvidence initiatives;
  private final ReportService reports;
  private final Clock clock;

  AwardFormChoices(UnitService units, InitiativeEvidence initiatives, ReportService reports, Clock clock) {
    this.units = units;
    this.initiatives = initiatives;
    this.reports = reports;
    this.clock = clock;
  }

  @Override
  public String formKey() {
    return FORM;
  }

  @Override
  public Map<String, Picker> choices(FormChoiceContext context) {
    LocalDate today = BusinessTime.today(clock);
    List<UnitView> proposers = context.unitsWhere(UnitGroups.STAFF_SUFFIX).stream().map(units::find)
        .flatMap(Optional::stream).filter(u -> u.frontCommittee() || u.memberOrganisation())
        .filter(u -> u.isValidOn(today)).sorted(java.util.Comparator.comparing(UnitView::name, Folding.VIETNAMESE))
        .toList();
    Map<String, Picker> pickers = new LinkedHashMap<>();
    pickers.put("proposerUnitCode", Picker.one(proposers.stream().map(u -> Choice.of(u.code(), u.name(), null, null))
        .toList()));
    Optional<UnitView> proposer = context.namedOrOnly("proposerUnitCode", proposers, UnitView::code);
    if (proposer.isEmpty()) {
      return pickers;
    }
    List<UnitView> nominees = new ArrayList<>(List.of(proposer.get()));
    for (UnitView child : units.children(proposer.get().code(), today)) {
      nominees.add(child);
      nominees.addAll(units.children(child.code(), today));
    }
    pickers.put("nomineeUnitCode", Picker.one(nominees.stream().map(u -> Choice.of(u.code(), u.name(),
        u.typeName(), u.code().equals(proposer.get().code()) ? "Đơn vị đề nghị"
            : units.find(u.parentCode()).map(p -> "Thuộc " + p.name()).orElse(null))).toList()));
    Optional<UnitView> nominee = context.named("nomineeUnitCode", nominees, UnitView::code);
    if (nominee.isEmpty()) {
      return pickers;
    }
    boolean individual = context.given("nomineeKind").map("INDIVIDUAL"::equals).orElse(false);
    String name = context.given("nomineeName").orElse(null);
    String none = "Hệ thống chưa ghi nhận sáng kiến nào như vậy của " + (individual ? name == null
        ? "cá nhân được đề nghị (hãy ghi họ và tên trước)" : name : "«" + nominee.get().name() + "»") + ".";
    Set<Long> subtree = units.subtreeIds(nominee.get().code());
    List<InitiativeFacts> recognised = initiatives.recognisedIn(subtree, Instant.EPOCH, clock.instant()).stream()
        .filter(i -> !individual || i.authoredBy(name)).toList();
    pickers.put("recognisedInitiatives", Picker.several(", ", none, recognised.stream()
        .map(i -> initiative(i, "công nhận ngày " + BusinessTime.format(i.decidedAt().atZone(BusinessTime.ZONE)
            .toLocalDate()))).toList()));
    pickers.put("stCouncilOpinions", Picker.several(", ", none, recognised.stream()
        .filter(i -> Boolean.TRUE.equals(i.promising()))
        .map(i -> initiative(i, "Hội đồng Khoa học - Công nghệ tỉnh đánh giá có triển vọng")).toList()));
    Map<Long, Choice> applied = new LinkedHashMap<>();
    for (InitiativeEvidence.Application a : initiatives.applicationsInvolving(subtree, LocalDate.of(1900, 1, 1),
        LocalDate.of(9999, 12, 31))) {
      initiatives.byId(a.initiativeId())
          .filter(i -> individual ? subtree.contains(i.authorUnitId()) && i.authoredBy(name)
              : subtree.contains(i.authorUnitId()) || subtree.contains(a.unitId()))
          .ifPresent(i -> applied.putIfAbsent(i.id(), initiative(i, "được "
              + units.findById(a.unitId()).map(UnitView::name).orElse("một đơn vị") + " ứng dụng từ ngày "
              + BusinessTime.format(a.appliedFrom()))));
    }
    pickers.put("appliedInitiatives", Picker.several(", ", none, List.copyOf(applied.values())));
    pickers.put("reportIds", Picker.several(", ", individual
        ? "Báo cáo là kết quả của đơn vị, không dùng làm dẫn chứng cho cá nhân."
        : "Hệ thống chưa có báo cáo nào của «" + nominee.get().name() + "» được cấp trên chấp nhận.", individual ? List.of()
        : reports.acceptedOf(subtree).stream().map(r -> Choice.of(String.valueOf(r.id()), r.periodLabel() + " — "
            + r.unitName(), "KH số " + r.planNumber() + " · đã được chấp nhận", null)).toList()));
    return pickers;
  }

  private static Choice initiative(InitiativeFacts i, String detail) {
    return Choice.of(i.trackingCode(), i.title(), i.trackingCode() + " · " + detail, null);
  }
}
