package vn.mttq.sangtao.initiative;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
   * Names the council: at least three members, one of them the chair. A member who submitted the initiative, is
   * one of its authors by name, or belongs to the author's unit is recused automatically.
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
    UnitView authorUnit = units.byId(initiative.getAuthorUnitId());
    Set<String> authorGroupMembers = new HashSet<>();
    for (String group : List.of(UnitGroups.staff(authorUnit.code()), UnitGroups.leaders(authorUnit.code()))) {
      AsSystem.call(identityService, () -> identityService.createUserQuery().memberOfGroup(group).list())
          .forEach(u -> authorGroupMembers.add(u.getId()));
    }
    Set<String> authorNames = Arrays.stream(initiative.getAuthorNames().split("[,;\\n]")).map(Folding::fold)
        .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    Instant now = clock.instant();
    List<CouncilMember> council = new ArrayList<>();
    for (String id : ids) {
      User user = users.get(id);
      String recusal = null;
      if (id.equals(initiative.getSubmittedBy()) || isAuthor(authorNames, user)) {
        recusal = "Là tác giả hoặc người gửi sáng kiến.";
      } else if (authorGroupMembers.contains(id)) {
        recusal = "Thuộc đơn vị của tác giả («" + authorUnit.name() + "»).";
      }
      council.add(members.save(new CouncilMember(initiativeId, id, id.equals(chair), recusal, now)));
    }
    if (council.stream().allMatch(CouncilMember::isRecused)) {
      throw new InitiativeValidationException(CouncilService.COUNCIL_LEAD, List.of("Mọi thành viên đều phải rút"
          + " lui (là tác giả hoặc thuộc đơn vị của tác giả): hãy chọn thành viên khác."));
    }
    votings.save(new CouncilVoting(initiativeId, LocalDate.ofInstant(now, BusinessTime.ZONE).plusDays(days),
        userId));
    return council;
  }

  /** Whether the user's name, in Vietnamese or Western order, is one of the authors'. */
  private static boolean isAuthor(Set<String> authorNames, User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName();
    String last = user.getLastName() == null ? "" : user.getLastName();
    return authorNames.contains(Folding.fold(last + " " + first))
        || authorNames.contains(Folding.fold(first + " " + last));
  }
}
