package vn.mttq.sangtao.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.initiative.AuthorKind;
import vn.mttq.sangtao.initiative.InitiativeEvidence;
import vn.mttq.sangtao.initiative.InitiativeFacts;
import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.report.ReportService;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/** The facts of every collective and person below a committee over the years (plans, people reached, initiatives
 * recognised and applied), ranked by {@link AssessmentRanking}. */
@Component
@Transactional
class AssessmentFacts {

  private final UnitService units;
  private final PlanService plans;
  private final ReportService reports;
  private final InitiativeEvidence initiatives;

  AssessmentFacts(UnitService units, PlanService plans, ReportService reports, InitiativeEvidence initiatives) {
    this.units = units;
    this.plans = plans;
    this.reports = reports;
    this.initiatives = initiatives;
  }

  /** The facts of every collective and person below the committee over the years, ranked. */
  List<AssessmentRanking.Candidate> rank(UnitView committee, int from, int to) {
    LocalDate first = LocalDate.of(from, 1, 1);
    LocalDate last = LocalDate.of(to, 12, 31);
    Set<Long> below = units.subtreeIds(committee.code());
    below.remove(committee.id());
    Map<Long, UnitView> byId = units.byIds(below);
    List<UnitView> collectives = byId.values().stream()
        .filter(u -> u.frontCommittee() || u.memberOrganisation())
        .filter(u -> (u.validFrom() == null || !u.validFrom().isAfter(last))
            && (u.validTo() == null || !u.validTo().isBefore(first)))
        .toList();
    Map<Long, Long> planCounts = plans.issuedByEach(below, first, last);
    Map<Long, Long> participants = reports.participants(below, from, to);
    List<InitiativeFacts> recognised = initiatives.recognisedIn(below, BusinessTime.at(first, 0, 0).toInstant(),
        BusinessTime.at(last.plusDays(1), 0, 0).toInstant());
    List<InitiativeEvidence.Application> applications = initiatives.applicationsInvolving(below, first, last);

    List<AssessmentRanking.CollectiveFacts> collectiveFacts = new ArrayList<>();
    for (UnitView unit : collectives) {
      Set<Long> subtree = units.subtreeIds(unit.code());
      long applied = applications.stream()
          .filter(a -> subtree.contains(a.unitId()) || subtree.contains(a.authorUnitId())).count();
      long recognisedHere = recognised.stream().filter(i -> subtree.contains(i.authorUnitId())).count();
      collectiveFacts.add(new AssessmentRanking.CollectiveFacts(unit.id(), unit.name(),
          planCounts.getOrDefault(unit.id(), 0L), participants.getOrDefault(unit.id(), 0L), recognisedHere, applied));
    }

    Map<Long, Long> applicationsPerInitiative = applications.stream()
        .collect(Collectors.groupingBy(InitiativeEvidence.Application::initiativeId, Collectors.counting()));
    Map<String, List<InitiativeFacts>> byPerson = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (InitiativeFacts initiative : recognised) {
      if (initiative.authorKind() != AuthorKind.INDIVIDUAL || initiative.authorNames().isEmpty()) {
        continue;
      }
      String name = initiative.authorNames().get(0);
      String key = initiative.authorUnitId() + ":" + Folding.fold(name);
      byPerson.computeIfAbsent(key, k -> new ArrayList<>()).add(initiative);
      names.putIfAbsent(key, name);
    }
    List<AssessmentRanking.IndividualFacts> individualFacts = new ArrayList<>();
    byPerson.forEach((key, theirs) -> {
      List<InitiativeFacts> applied = theirs.stream()
          .filter(i -> applicationsPerInitiative.getOrDefault(i.id(), 0L) > 0).toList();
      long count = applied.stream().mapToLong(i -> applicationsPerInitiative.get(i.id())).sum();
      boolean promising = theirs.stream().anyMatch(i -> Boolean.TRUE.equals(i.promising()));
      Long unitId = theirs.get(0).authorUnitId();
      individualFacts.add(new AssessmentRanking.IndividualFacts(unitId, byId.get(unitId).name(), names.get(key),
          applied.size(), count, promising, applied.stream().map(InitiativeFacts::label).toList()));
    });
    return AssessmentRanking.rank(collectiveFacts, individualFacts);
  }
}
