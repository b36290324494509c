package vn.mttq.sangtao.initiative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.security.AsSystem;
import vn.mttq.sangtao.shared.security.PersonNames;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.UnitService;

/**
 * The council of an initiative: who votes and until when, each member's vote (a row each), closing the vote, the
 * reminders; its appointment and its decision are {@link CouncilAppointment} and {@link CouncilDecision}. The model
 * reads it through {@link InitiativeReviewExpressions}.
 */
@Service
@Transactional
class CouncilService {

  static final String DECISION_KEY = "initiativeRecognition";
  static final int MIN_MEMBERS = 3;
  static final int DEFAULT_VOTING_DAYS = 10;
  static final String COUNCIL_LEAD = "Hội đồng chưa hợp lệ:";
  private static final String VOTE_LEAD = "Phiếu chưa hợp lệ:";
  private static final String CLOSE_LEAD = "Chưa kết thúc được việc bỏ phiếu:";
  private static final String CHAIR_LEAD = "Chưa chỉ định được chủ tịch hội đồng:";

  private final InitiativeReviewService review;
  private final CouncilMemberRepository members;
  private final CouncilVotingRepository votings;
  private final CouncilVoteRepository votes;
  private final CouncilMinutesRepository minutes;
  private final IdentityService identityService;
  private final NoticeService notices;
  private final RuntimeService runtimeService;
  private final UnitService units;
  private final Clock clock;

  CouncilService(InitiativeReviewService review, CouncilMemberRepository members, CouncilVotingRepository votings,
      CouncilVoteRepository votes, CouncilMinutesRepository minutes, IdentityService identityService,
      NoticeService notices, RuntimeService runtimeService, UnitService units, Clock clock) {
    this.review = review;
    this.members = members;
    this.votings = votings;
    this.votes = votes;
    this.minutes = minutes;
    this.identityService = identityService;
    this.notices = notices;
    this.runtimeService = runtimeService;
    this.units = units;
    this.clock = clock;
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

  /**
   * A member's vote, or recusal with a reason; one per member, only while the vote is open. A chair who withdraws
   * hands the chair to the first voting member in the order named, and the receiving committee's leaders are told
   * (they may name another, {@link #nameChair}).
   */
  public void vote(Long initiativeId, String memberId, Ballot ballot, String recusalReason) {
    CouncilMember member = checkVote(initiativeId, memberId, ballot, recusalReason);
    if (recusalReason != null) {
      member.recuse(recusalReason.strip());
      if (member.isChair()) {
        handOverChair(initiativeId, member);
      }
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

  private void handOverChair(Long initiativeId, CouncilMember withdrawing) {
    withdrawing.leaveChair();
    Initiative initiative = review.find(initiativeId);
    Optional<CouncilMember> next = members.findByInitiativeIdOrderByIdAsc(initiativeId).stream()
        .filter(m -> !m.isRecused()).findFirst();
    next.ifPresent(CouncilMember::takeChair);
    notices.notifyGroup(UnitGroups.leaders(units.byId(initiative.getReceivingUnitId()).code()),
        initiative.getReceivingUnitId(), "COUNCIL", "Chủ tịch hội đồng xét sáng kiến «" + initiative.getTitle()
            + "» đã rút lui",
        nameOf(withdrawing.getUserId()) + " rút lui: " + withdrawing.getRecusalReason() + " "
            + next.map(m -> nameOf(m.getUserId()) + " làm chủ tịch hội đồng thay.").orElse("")
            + " Lãnh đạo có thể chỉ định thành viên khác làm chủ tịch.",
        "initiative:" + initiativeId, "initiative:" + initiativeId + ":chair-withdrew:" + withdrawing.getUserId());
  }

  /** The receiving committee's leaders name another chair among the members still voting, while voting is open. */
  public void nameChair(Long initiativeId, String memberId) {
    List<CouncilMember> council = members.findByInitiativeIdOrderByIdAsc(initiativeId);
    CouncilMember named = council.stream().filter(m -> m.getUserId().equals(memberId)).findFirst().orElse(null);
    List<String> problems = new ArrayList<>();
    if (council.isEmpty()) {
      problems.add("Sáng kiến này chưa có hội đồng.");
    } else if (minutes.existsById(initiativeId) || voting(initiativeId).isClosed()) {
      problems.add("Hội đồng đã kết thúc bỏ phiếu.");
    } else if (named == null) {
      problems.add("«" + memberId + "» không phải thành viên hội đồng xét sáng kiến này.");
    } else if (named.isRecused()) {
      problems.add("Thành viên đã rút lui không làm chủ tịch hội đồng được.");
    }
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException(CHAIR_LEAD, problems);
    }
    council.forEach(CouncilMember::leaveChair);
    named.takeChair();
  }

  private String nameOf(String userId) {
    return java.util.Objects.requireNonNullElse(PersonNames.of(identityService, userId), userId);
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
}
