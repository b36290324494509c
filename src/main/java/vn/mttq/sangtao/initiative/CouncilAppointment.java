package vn.mttq.sangtao.initiative;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.shared.security.AsSystem;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/** The receiving committee's leaders name the council of an initiative, and its voting days. */
@Component
@Transactional
class CouncilAppointment {

  /** The longest login name the engine keeps (ACT_ID_USER.ID_). */
  static final int USER_ID_MAX = 64;

  private final InitiativeReviewService review;
  private final CouncilMemberRepository members;
  private final CouncilVotingRepository votings;
  private final IdentityService identityService;
  private final UnitService units;
  private final Clock clock;

  CouncilAppointment(InitiativeReviewService review, CouncilMemberRepository members, CouncilVotingRepository votings,
      IdentityService identityService, UnitService units, Clock clock) {
    this.review = review;
    this.members = members;
    this.votings = votings;
    this.identityService = identityService;
    this.units = units;
    this.clock = clock;
  }

  /**
   * Names the council: at least three members, one of them the chair. A member who submitted the initiative, is one
   * of its authors by name, or belongs to the authoring collective is recused automatically; such a person cannot
   * be the chair.
   */
  List<CouncilMember> appoint(Long initiativeId, List<String> memberIds, String chairId, Integer votingDays,
      String userId) {
    Initiative initiative = review.find(initiativeId);
    Set<String> ids = new LinkedHashSet<>();
    memberIds.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
    List<String> problems = new ArrayList<>();
    if (initiative.getStatus() != InitiativeStatus.IN_COUNCIL) {
      problems.add("Sáng kiến chưa được chuyển hội đồng xét.");
    }
    if (!members.findByInitiativeIdOrderByIdAsc(initiativeId).isEmpty()) {
      problems.add("Hội đồng xét sáng kiến này đã được lập.");
    }
    if (ids.size() < CouncilService.MIN_MEMBERS) {
      problems.add("Hội đồng phải có ít nhất " + CouncilService.MIN_MEMBERS + " thành viên.");
    }
    if (ids.removeIf(id -> id.length() > USER_ID_MAX)) {
      problems.add("Có tên đăng nhập dài quá " + USER_ID_MAX + " ký tự; hãy kiểm tra lại danh sách thành viên.");
    }
    Map<String, User> users = AsSystem.call(identityService, () -> identityService.createUserQuery()
        .userIdIn(ids.toArray(String[]::new)).list()).stream().collect(Collectors.toMap(User::getId, u -> u));
    ids.stream().filter(id -> !users.containsKey(id))
        .forEach(id -> problems.add("Không có người dùng «" + id + "»."));
    String chair = chairId == null ? null : chairId.strip();
    if (chair == null || !ids.contains(chair)) {
      problems.add("Chủ tịch hội đồng phải là một trong các thành viên.");
    }
    int days = votingDays == null ? CouncilService.DEFAULT_VOTING_DAYS : votingDays;
    if (days < 1 || days > 60) {
      problems.add("Thời hạn bỏ phiếu phải từ 1 đến 60 ngày.");
    }
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException(CouncilService.COUNCIL_LEAD, problems);
    }
    Map<String, String> recusals = recusals(initiative, ids, users);
    if (recusals.containsKey(chair)) {
      throw new InitiativeValidationException(CouncilService.COUNCIL_LEAD, List.of("Người được chọn làm chủ tịch hội"
          + " đồng phải rút lui (" + lowerFirst(recusals.get(chair)) + "): hãy chọn chủ tịch khác."));
    }
    if (recusals.keySet().containsAll(ids)) {
      throw new InitiativeValidationException(CouncilService.COUNCIL_LEAD, List.of("Mọi thành viên đều phải rút"
          + " lui (là tác giả, người gửi hoặc thành viên tập thể tác giả): hãy chọn thành viên khác."));
    }
    Instant now = clock.instant();
    List<CouncilMember> council = new ArrayList<>();
    for (String id : ids) {
      council.add(members.save(new CouncilMember(initiativeId, id, id.equals(chair), recusals.get(id), now)));
    }
    votings.save(new CouncilVoting(initiativeId, LocalDate.ofInstant(now, BusinessTime.ZONE).plusDays(days),
        userId));
    return council;
  }

  /**
   * Who must step aside, and why: the one who submitted it, an author by name, and for a collective's initiative the
   * members of that collective (its unit's staff and leaders). Where an individual lives or works is no reason: a
   * citizen's ward is the committee that receives the initiative, and its own leaders judge it.
   */
  private Map<String, String> recusals(Initiative initiative, Set<String> ids, Map<String, User> users) {
    Set<String> collective = new HashSet<>();
    UnitView authorUnit = units.byId(initiative.getAuthorUnitId());
    if (initiative.getAuthorKind() == AuthorKind.COLLECTIVE) {
      for (String group : List.of(UnitGroups.staff(authorUnit.code()), UnitGroups.leaders(authorUnit.code()))) {
        AsSystem.call(identityService, () -> identityService.createUserQuery().memberOfGroup(group).list())
            .forEach(u -> collective.add(u.getId()));
      }
    }
    Set<String> authorNames = Arrays.stream(initiative.getAuthorNames().split("[,;\\n]")).map(Folding::fold)
        .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    Map<String, String> recusals = new LinkedHashMap<>();
    for (String id : ids) {
      if (id.equals(initiative.getSubmittedBy()) || isAuthor(authorNames, users.get(id))) {
        recusals.put(id, "Là tác giả hoặc người gửi sáng kiến.");
      } else if (collective.contains(id)) {
        recusals.put(id, "Thuộc tập thể tác giả («" + authorUnit.name() + "»).");
      }
    }
    return recusals;
  }

  private static String lowerFirst(String reason) {
    String text = reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** Whether the user's name, in Vietnamese or Western order, is one of the authors'. */
  private static boolean isAuthor(Set<String> authorNames, User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName();
    String last = user.getLastName() == null ? "" : user.getLastName();
    return authorNames.contains(Folding.fold(last + " " + first))
        || authorNames.contains(Folding.fold(first + " " + last));
  }
}
