package vn.mttq.sangtao.initiative;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.shared.security.AsSystem;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * The council of an initiative: its members and their recusals, each member's vote (a row each), closing the vote,
 * and the decision of {@code initiativeRecognition} kept as minutes. Read by the model as {@code council}.
 */
@Service("council")
@Transactional
public class CouncilService {

  static final String DECISION_KEY = "initiativeRecognition";
  static final int MIN_MEMBERS = 3;
  static final int DEFAULT_VOTING_DAYS = 10;
  private static final String COUNCIL_LEAD = "Hội đồng chưa hợp lệ:";
  private static final String VOTE_LEAD = "Phiếu chưa hợp lệ:";
  private static final String CLOSE_LEAD = "Chưa kết thúc được việc bỏ phiếu:";

  private final InitiativeReviewService review;
  private final CouncilMemberRepository members;
  private final CouncilVotingRepository votings;
  private final CouncilVoteRepository votes;
  private final CouncilMinutesRepository minutes;
  private final IdentityService identityService;
  private final DecisionService decisionService;
  private final UnitService units;
  private final NoticeService notices;
  private final org.camunda.bpm.engine.RuntimeService runtimeService;
  private final Clock clock;

  CouncilService(InitiativeReviewService review, CouncilMemberRepository members, CouncilVotingRepository votings,
      CouncilVoteRepository votes, CouncilMinutesRepository minutes, IdentityService identityService,
      DecisionService decisionService, UnitService units, NoticeService notices,
      org.camunda.bpm.engine.RuntimeService runtimeService, Clock clock) {
    this.clock = clock;
    this.runtimeService = runtimeService;
    this.review = review;
    this.members = members;
    this.votings = votings;
    this.votes = votes;
    this.minutes = minutes;
    this.identityService = identityService;
    this.decisionService = decisionService;
    this.units = units;
    this.notices = notices;
  }

  /**
   * Names the council: at least three members, one of them the chair. A member who submitted the initiative, is
   * one of its authors by name, or belongs to the author's unit is recused automatically.
   */
  public List<CouncilMember> appoint(Long initiativeId, List<String> memberIds, String chairId, Integer votingDays,
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
    if (ids.size() < MIN_MEMBERS) {
      problems.add("Hội đồng phải có ít nhất " + MIN_MEMBERS + " thành viên.");
    }
    Map<String, User> users = AsSystem.call(identityService, () -> identityService.createUserQuery()
        .userIdIn(ids.toArray(String[]::new)).list()).stream().collect(Collectors.toMap(User::getId, u -> u));
    ids.stream().filter(id -> !users.containsKey(id))
        .forEach(id -> problems.add("Không có người dùng «" + id + "»."));
    String chair = chairId == null ? null : chairId.strip();
    if (chair == null || !ids.contains(chair)) {
      problems.add("Chủ tịch hội đồng phải là một trong các thành viên.");
    }
    int days = votingDays == null ? DEFAULT_VOTING_DAYS : votingDays;
    if (days < 1 || days > 60) {
      problems.add("Thời hạn bỏ phiếu phải từ 1 đến 60 ngày.");
    }
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException(COUNCIL_LEAD, problems);
    }
    UnitView authorUnit = units.findById(initiative.getAuthorUnitId()).orElseThrow();
    Set<String> authorGroupMembers = new java.util.HashSet<>();
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
      throw new InitiativeValidationException(COUNCIL_LEAD, List.of("Mọi thành viên đều phải rút lui (là tác giả hoặc thuộc đơn vị"
          + " của tác giả): hãy chọn thành viên khác."));
    }
    votings.save(new CouncilVoting(initiativeId, BusinessTime.today().plusDays(days), userId));
    return council;
  }

  /** The members who vote: everyone named, less those recused when the council was named. */
  @Transactional(readOnly = true)
  public List<String> voters(Long initiativeId) {
    return members.findByInitiativeIdOrderByIdAsc(initiativeId).stream().filter(m -> !m.isRecused())
        .map(CouncilMember::getUserId).toList();
  }

  /** The last day of voting. */
  @Transactional(readOnly = true)
  public LocalDate votingDeadline(Long initiativeId) {
    return voting(initiativeId).getDeadline();
  }

  /** The end of the last day of voting, business time. */
  @Transactional(readOnly = true)
  public Date votingClosesAt(Long initiativeId) {
    return BusinessTime.after(voting(initiativeId).getDeadline());
  }

  /** 08:00 on the day before the last day of voting. */
  @Transactional(readOnly = true)
  public Date voteReminderAt(Long initiativeId) {
    return BusinessTime.at(voting(initiativeId).getDeadline().minusDays(1), 8, 0);
  }

  /** A member's vote, or recusal with a reason; one per member, only while the vote is open. */
  public void vote(Long initiativeId, String memberId, Ballot ballot, String recusalReason) {
    CouncilMember member = checkVote(initiativeId, memberId, ballot, recusalReason);
    if (recusalReason != null) {
      member.recuse(recusalReason.strip());
    } else {
      votes.save(new CouncilVote(initiativeId, memberId, ballot, clock.instant()));
    }
  }

  /** Refuses a vote that {@link #vote} would refuse, with the same Vietnamese problems; returns the member. */
  @Transactional(readOnly = true)
  public CouncilMember checkVote(Long initiativeId, String memberId, Ballot ballot, String recusalReason) {
    CouncilMember member = members.findByInitiativeIdOrderByIdAsc(initiativeId).stream()
        .filter(m -> m.getUserId().equals(memberId)).findFirst()
        .orElseThrow(() -> new InitiativeValidationException(VOTE_LEAD, List.of("«" + memberId
            + "» không phải thành viên hội đồng xét sáng kiến này.")));
    List<String> problems = new ArrayList<>();
    if (minutes.existsById(initiativeId) || voting(initiativeId).isClosed()) {
      problems.add("Hội đồng đã kết thúc bỏ phiếu, không nhận thêm phiếu.");
    } else if (member.isRecused()) {
      problems.add("Thành viên đã rút lui không bỏ phiếu.");
    } else if (votes.existsByInitiativeIdAndMemberUserId(initiativeId, memberId)) {
      problems.add("Thành viên này đã bỏ phiếu.");
    } else if (recusalReason != null) {
      if (recusalReason.isBlank()) {
        problems.add("Hãy ghi lý do rút lui.");
      }
    } else {
      for (Criterion criterion : Criterion.values()) {
        if (ballot.verdicts().get(criterion) == null) {
          problems.add("Hãy đánh giá tiêu chí «" + criterion.label() + "»: đạt hay không đạt.");
        }
      }
      if (ballot.score() != null && (ballot.score() < 0 || ballot.score() > 100)) {
        problems.add("Điểm phải từ 0 đến 100.");
      }
    }
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException(VOTE_LEAD, problems);
    }
    return member;
  }

  /** The chair ends the vote early, once at least two thirds of the voting members have voted. */
  public void close(Long initiativeId, String userId) {
    CouncilVoting voting = voting(initiativeId);
    List<CouncilMember> council = members.findByInitiativeIdOrderByIdAsc(initiativeId);
    if (council.stream().noneMatch(m -> m.isChair() && m.getUserId().equals(userId))) {
      throw new InitiativeValidationException(CLOSE_LEAD, List.of("Chỉ chủ tịch hội đồng được kết thúc bỏ phiếu."));
    }
    if (voting.isClosed() || minutes.existsById(initiativeId)) {
      throw new InitiativeValidationException(CLOSE_LEAD, List.of("Hội đồng đã kết thúc bỏ phiếu."));
    }
    Tally tally = Tally.of(council, votes.findByInitiativeIdOrderByIdAsc(initiativeId));
    if (tally.votesCast() * 3 < tally.eligibleMembers() * 2) {
      throw new InitiativeValidationException(CLOSE_LEAD, List.of("Mới có " + tally.votesCast() + " trong "
          + tally.eligibleMembers() + " thành viên bỏ phiếu: cần ít nhất hai phần ba mới kết thúc được."));
    }
    voting.close(userId, clock.instant());
    String processInstanceId = review.find(initiativeId).getProcessInstanceId();
    if (processInstanceId != null) {
      AsSystem.call(identityService, () -> runtimeService
          .createMessageCorrelation(InitiativeReviewProcess.MESSAGE_CLOSE_VOTING)
          .processInstanceId(processInstanceId).correlateWithResult());
    }
  }

  /** Reminds the members who have not voted yet. */
  public void remindVoters(Long initiativeId) {
    Initiative initiative = review.find(initiativeId);
    LocalDate deadline = voting(initiativeId).getDeadline();
    for (String member : voters(initiativeId)) {
      if (!votes.existsByInitiativeIdAndMemberUserId(initiativeId, member)) {
        notices.notifyUser(member, initiative.getReceivingUnitId(), "REMINDER",
            "Nhắc bỏ phiếu sáng kiến «" + initiative.getTitle() + "»",
            "Hạn bỏ phiếu là ngày " + BusinessTime.format(deadline) + ".", "initiative:" + initiativeId,
            "initiative:" + initiativeId + ":vote-reminder:" + member);
      }
    }
  }

  /**
   * Counts the votes, lets {@code initiativeRecognition} decide, keeps the minutes and tells the author. A second
   * call (a retried step) returns the decision already taken.
   */
  public CouncilMinutes decide(Long initiativeId) {
    return minutes.findById(initiativeId).orElseGet(() -> {
      Initiative initiative = review.find(initiativeId);
      Tally tally = Tally.of(members.findByInitiativeIdOrderByIdAsc(initiativeId),
          votes.findByInitiativeIdOrderByIdAsc(initiativeId));
      DmnDecisionResult result = decisionService.evaluateDecisionByKey(DECISION_KEY)
          .variables(tally.decisionInputs()).evaluate();
      List<Boolean> verdicts = result.collectEntries("recognised");
      boolean recognised = verdicts.equals(List.of(true));
      List<String> failed = result.<String>collectEntries("criterion").stream()
          .filter(java.util.Objects::nonNull).toList();
      String reasons = result.<String>collectEntries("reason").stream().collect(Collectors.joining(" "));
      Instant now = clock.instant();
      CouncilMinutes kept = minutes.save(new CouncilMinutes(initiativeId, tally, recognised,
          failed.isEmpty() ? null : String.join(",", failed), reasons, now));
      initiative.decide(recognised, now);
      review.tellAuthor(initiative, recognised ? "RECOGNISED" : "NOT_RECOGNISED",
          "Sáng kiến «" + initiative.getTitle() + "» " + (recognised ? "được công nhận" : "không được công nhận"),
          reasons);
      return kept;
    });
  }

  @Transactional(readOnly = true)
  public List<CouncilMember> members(Long initiativeId) {
    return members.findByInitiativeIdOrderByIdAsc(initiativeId);
  }

  @Transactional(readOnly = true)
  public List<CouncilVote> votes(Long initiativeId) {
    return votes.findByInitiativeIdOrderByIdAsc(initiativeId);
  }

  @Transactional(readOnly = true)
  public java.util.Optional<CouncilMinutes> minutes(Long initiativeId) {
    return minutes.findById(initiativeId);
  }

  private CouncilVoting voting(Long initiativeId) {
    return votings.findById(initiativeId).orElseThrow(() -> new InitiativeValidationException(COUNCIL_LEAD,
        List.of("Hội đồng xét sáng kiến này chưa được lập.")));
  }

  /** Whether the user's name, in Vietnamese or Western order, is one of the authors'. */
  private static boolean isAuthor(Set<String> authorNames, User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName();
    String last = user.getLastName() == null ? "" : user.getLastName();
    return authorNames.contains(Folding.fold(last + " " + first))
        || authorNames.contains(Folding.fold(first + " " + last));
  }
}
