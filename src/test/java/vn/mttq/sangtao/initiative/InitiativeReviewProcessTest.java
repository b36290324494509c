package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.support.ProcessTest;

/**
 * {@code initiativeReview}: rejected as not new, the supplement loop and its deadline, the council with automatic
 * and voluntary recusal, quorum, the decision table's verdicts, the chair closing early, the S&T Council proposal.
 */
class InitiativeReviewProcessTest extends ProcessTest {

  private static final String AUTHOR = "dn-p-longkhanh-kp1.canbo";
  private static final String STAFF = "dn-p-longkhanh.canbo";
  private static final String LEADER = "dn-p-longkhanh.lanhdao";
  private static final List<String> MEMBERS = List.of("dn.lanhdao", "dn-p-binhloc.lanhdao", "dn-p-baovinh.lanhdao");

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  InitiativeService initiatives;

  @Autowired
  InitiativeSubmissions submissions;
  @Autowired
  CouncilService council;
  @Autowired
  CouncilAppointment appointment;
  @Autowired
  StCouncilService stCouncil;
  @Autowired
  NoticeService notices;

  @BeforeEach
  void inMarch2026() {
    moveClockTo(ZonedDateTime.parse("2026-03-02T09:00:00+07:00"));
  }

  private InitiativeView submit(String title, String description) {
    return submissions.submit(new InitiativeSubmission(title, "Tóm tắt: " + title, description, "POLITICAL_SYSTEM",
        "Công tác Mặt trận", "Khu phố 1", "Tiết kiệm thời gian", 0L, "INDIVIDUAL", "Nguyễn Thị Hoa",
        "dn-p-longkhanh-kp1", null, null, null, null), List.of(), SubmissionChannel.API, AUTHOR);
  }

  private ProcessInstance instanceOf(InitiativeView initiative) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(initiative.trackingCode())
        .singleResult();
  }

  private Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private void complete(Task task, String userId, Map<String, Object> values) {
    taskService.setAssignee(task.getId(), userId);
    taskService.complete(task.getId(), values);
  }

  private void preCheck(ProcessInstance instance, Map<String, Object> values) {
    complete(task(instance, InitiativeReviewProcess.USER_TASK_PRE_CHECK), STAFF, values);
  }

  private void toCouncil(ProcessInstance instance, List<String> members, String chair) {
    preCheck(instance, Map.of("outcome", "COUNCIL"));
    complete(task(instance, InitiativeReviewProcess.USER_TASK_NAME_COUNCIL), LEADER, Map.of(
        "councilMembers", String.join("\n", members), "councilChair", chair, "votingDays", 10L));
  }

  private Task voteTaskOf(ProcessInstance instance, String member) {
    return taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(InitiativeReviewProcess.USER_TASK_VOTE).taskAssignee(member).singleResult();
  }

  /** A ballot: each criterion met unless named in {@code notMet}. */
  private static Map<String, Object> ballot(Criterion... notMet) {
    Map<String, Object> values = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      boolean failed = List.of(notMet).contains(criterion);
      values.put(criterion.metField(), failed ? "notMet" : "met");
      values.put(criterion.commentField(), failed ? "Chưa đạt" : "Đạt");
    }
    values.put("score", 80L);
    return values;
  }

  private void vote(ProcessInstance instance, String member, Map<String, Object> ballot) {
    Task task = voteTaskOf(instance, member);
    taskService.complete(task.getId(), ballot);
  }

  private List<String> titlesTo(String user, InitiativeView initiative) {
    return notices.about("initiative:" + initiative.id()).stream().filter(n -> user.equals(n.recipientUser()))
        .map(NoticeService.NoticeView::title).toList();
  }

  @Test
  void staffSeeSimilarInitiativesAndRejectOneThatIsNotNew() {
    InitiativeView earlier = submit("Ứng dụng Zalo trong tuyên truyền ở khu phố",
        "Lập nhóm Zalo khu phố để tuyên truyền chủ trương, chính sách hằng tuần.");
    InitiativeView repeat = submit("ung dung zalo tuyen truyen khu pho",
        "lap nhom zalo khu pho tuyen truyen chu truong chinh sach hang tuan");
    ProcessInstance instance = instanceOf(repeat);
    Task check = task(instance, InitiativeReviewProcess.USER_TASK_PRE_CHECK);

    BpmnAwareTests.assertThat(check).hasCandidateGroup("dn-p-longkhanh.staff");
    assertThat(check.getName()).isEqualTo("Kiểm tra sáng kiến «ung dung zalo tuyen truyen khu pho» — "
        + repeat.trackingCode());
    assertThat((String) taskService.getVariableLocal(check.getId(), "similarInitiatives"))
        .contains(earlier.trackingCode()).contains("Ứng dụng Zalo trong tuyên truyền ở khu phố");
    assertThatThrownBy(() -> preCheck(instance, Map.of("outcome", "NOT_NEW")))
        .hasMessageContaining("Hãy ghi mã theo dõi của sáng kiến đã có");
    preCheck(instance, Map.of("outcome", "NOT_NEW", "earlierTrackingCode", earlier.trackingCode().toLowerCase()));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("endEvent_notNew");
    assertThat(initiatives.get(repeat.id()).status()).isEqualTo(InitiativeStatus.NOT_NEW);
    assertThat(titlesTo(AUTHOR, repeat)).containsExactly(
        "Sáng kiến «ung dung zalo tuyen truyen khu pho» trùng với sáng kiến đã có");
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).count()).isZero();
  }

  @Test
  void theAuthorSupplementsInTimeOnceAndIsWithdrawnWhenLate() {
    InitiativeView initiative = submit("Sổ theo dõi hộ khó khăn trên điện thoại", "Ghi chép sơ sài.");
    ProcessInstance instance = instanceOf(initiative);

    preCheck(instance, Map.of("outcome", "SUPPLEMENT", "note", "Bổ sung cách làm và nơi áp dụng.",
        "supplementDays", 5L));
    Task supplement = task(instance, InitiativeReviewProcess.USER_TASK_SUPPLEMENT);
    assertThat(supplement.getAssignee()).isEqualTo(AUTHOR);
    assertThat(supplement.getDueDate()).isEqualTo(java.util.Date.from(
        ZonedDateTime.parse("2026-03-07T17:00:00+07:00").toInstant()));
    assertThat(initiatives.publicStatus(initiative.trackingCode()).supplementRequest())
        .isEqualTo("Bổ sung cách làm và nơi áp dụng.");
    Map<String, Object> corrected = new HashMap<>(taskService.getVariablesLocal(supplement.getId()));
    corrected.put("description", "Mỗi tổ trưởng ghi hộ khó khăn vào biểu mẫu chung trên điện thoại, cập nhật hằng tuần.");
    taskService.complete(supplement.getId(), corrected);

    assertThat(task(instance, InitiativeReviewProcess.USER_TASK_PRE_CHECK)).isNotNull();
    assertThat(initiatives.get(initiative.id()).description()).startsWith("Mỗi tổ trưởng ghi hộ khó khăn");
    assertThat(initiatives.get(initiative.id()).status()).isEqualTo(InitiativeStatus.SUBMITTED);

    preCheck(instance, Map.of("outcome", "SUPPLEMENT", "note", "Bổ sung hiệu quả đã đạt.", "supplementDays", 3L));
    moveClockTo(ZonedDateTime.parse("2026-03-05T23:59:00+07:00"));
    assertThat(executeDueJobs(instance.getId())).isZero();
    moveClockTo(ZonedDateTime.parse("2026-03-06T00:00:00+07:00"));
    executeDueJobs(instance.getId());

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("endEvent_withdrawn");
    assertThat(initiatives.get(initiative.id()).status()).isEqualTo(InitiativeStatus.WITHDRAWN);
    assertThat(titlesTo(AUTHOR, initiative)).contains("Sáng kiến «Sổ theo dõi hộ khó khăn trên điện thoại» đã bị rút");
  }

  @Test
  void allFiveCriteriaMetByTheCouncilRecogniseTheInitiative() {
    InitiativeView initiative = submit("Bản tin Mặt trận qua loa truyền thanh thông minh", "Phát bản tin hằng tuần.");
    ProcessInstance instance = instanceOf(initiative);
    toCouncil(instance, MEMBERS, "dn.lanhdao");

    Task first = voteTaskOf(instance, "dn.lanhdao");
    assertThat(first.getName()).isEqualTo("Chấm sáng kiến «Bản tin Mặt trận qua loa truyền thanh thông minh» — "
        + initiative.trackingCode());
    assertThat(first.getDueDate()).isEqualTo(java.util.Date.from(
        ZonedDateTime.parse("2026-03-12T17:00:00+07:00").toInstant()));
    MEMBERS.forEach(member -> vote(instance, member, ballot()));
    executeDueJobs(instance.getId());

    CouncilMinutes minutes = council.minutes(initiative.id()).orElseThrow();
    assertThat(minutes.isRecognised()).isTrue();
    assertThat(minutes.getVotesCast()).isEqualTo(3);
    assertThat(minutes.getMembersPresent()).isEqualTo("dn-p-baovinh.lanhdao, dn-p-binhloc.lanhdao, dn.lanhdao");
    assertThat(minutes.getAverageScore()).isEqualByComparingTo("80.0");
    assertThat(initiatives.get(initiative.id()).status()).isEqualTo(InitiativeStatus.RECOGNISED);
    assertThat(titlesTo(AUTHOR, initiative)).contains(
        "Sáng kiến «Bản tin Mặt trận qua loa truyền thanh thông minh» được công nhận");
    assertThat(council.votes(initiative.id())).hasSize(3);

    complete(task(instance, InitiativeReviewProcess.USER_TASK_PROPOSE), LEADER, Map.of("propose", "no"));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("endEvent_recognised")
        .hasNotPassed(InitiativeReviewProcess.USER_TASK_ST_OPINION);
    assertThatThrownBy(() -> council.vote(initiative.id(), "dn.lanhdao", InitiativeForms.ballot(ballot()), null))
        .hasMessageContaining("Hội đồng đã kết thúc bỏ phiếu");
  }

  @Test
  void oneCriterionWithoutAMajorityIsEnoughToRefuseAndIsNamed() {
    InitiativeView initiative = submit("Quỹ khuyến học bằng heo đất", "Mỗi hộ một heo đất.");
    ProcessInstance instance = instanceOf(initiative);
    toCouncil(instance, MEMBERS, "dn.lanhdao");

    vote(instance, "dn.lanhdao", ballot());
    vote(instance, "dn-p-binhloc.lanhdao", ballot(Criterion.ECONOMY));
    vote(instance, "dn-p-baovinh.lanhdao", ballot(Criterion.ECONOMY));
    executeDueJobs(instance.getId());

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("endEvent_notRecognised");
    CouncilMinutes minutes = council.minutes(initiative.id()).orElseThrow();
    assertThat(minutes.isRecognised()).isFalse();
    assertThat(minutes.getFailedCriteria()).isEqualTo("ECONOMY");
    assertThat(minutes.getReasons()).startsWith("Tính kinh tế");
    assertThat(minutes.met(Criterion.ECONOMY)).isEqualTo(1);
    assertThat(initiatives.get(initiative.id()).status()).isEqualTo(InitiativeStatus.NOT_RECOGNISED);
  }

  @Test
  void withoutAQuorumByTheDeadlineTheInitiativeIsNotRecognised() {
    InitiativeView initiative = submit("Tủ đồ dùng chung của khu phố", "Góp đồ dùng ít khi cần.");
    ProcessInstance instance = instanceOf(initiative);
    List<String> four = List.of("dn.lanhdao", "dn-p-binhloc.lanhdao", "dn-p-baovinh.lanhdao", LEADER);
    toCouncil(instance, four, "dn.lanhdao");
    vote(instance, "dn.lanhdao", ballot());
    vote(instance, "dn-p-binhloc.lanhdao", ballot());

    assertThatThrownBy(() -> council.close(initiative.id(), "dn.lanhdao"))
        .hasMessage("Chưa kết thúc được việc bỏ phiếu: Mới có 2 trong 4 thành viên bỏ phiếu: cần ít nhất hai phần ba mới kết thúc được.");
    moveClockTo(ZonedDateTime.parse("2026-03-11T08:00:00+07:00"));
    executeDueJobs(instance.getId());
    assertThat(titlesTo("dn-p-baovinh.lanhdao", initiative)).containsExactly(
        "Nhắc bỏ phiếu sáng kiến «Tủ đồ dùng chung của khu phố»");
    assertThat(titlesTo("dn.lanhdao", initiative)).isEmpty();
    moveClockTo(ZonedDateTime.parse("2026-03-13T00:00:00+07:00"));
    executeDueJobs(instance.getId());

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("boundaryEvent_votingDeadline", "endEvent_notRecognised");
    CouncilMinutes minutes = council.minutes(initiative.id()).orElseThrow();
    assertThat(minutes.getFailedCriteria()).isEqualTo("QUORUM");
    assertThat(minutes.getEligibleMembers()).isEqualTo(4);
    assertThat(minutes.getVotesCast()).isEqualTo(2);
  }

  @Test
  void theSubmitterAndTheAuthoringCollectiveAreRecusedAutomaticallyAndAMemberMayRecuseWithAReason() {
    InitiativeView initiative = submissions.submit(new InitiativeSubmission("Sổ vàng người tốt việc tốt điện tử",
        "Tóm tắt: sổ vàng", "Ghi nhận gương người tốt.", "POLITICAL_SYSTEM", "Công tác Mặt trận", "Khu phố 1",
        "Tiết kiệm thời gian", 0L, "COLLECTIVE", "Ban công tác Mặt trận khu phố 1", "dn-p-longkhanh-kp1", null, null,
        null, null), List.of(), SubmissionChannel.API, AUTHOR);
    ProcessInstance instance = instanceOf(initiative);
    List<String> members = List.of(AUTHOR, "dn-p-longkhanh-kp1.lanhdao", "dn.lanhdao", "dn-p-binhloc.lanhdao",
        "dn-p-baovinh.lanhdao");
    preCheck(instance, Map.of("outcome", "COUNCIL"));
    Task name = task(instance, InitiativeReviewProcess.USER_TASK_NAME_COUNCIL);
    assertThatThrownBy(() -> complete(name, LEADER, Map.of("councilMembers", "dn.lanhdao\ndn-p-binhloc.lanhdao",
        "councilChair", "dn.lanhdao"))).hasMessageContaining("Hội đồng phải có ít nhất 3 thành viên.");
    complete(name, LEADER, Map.of("councilMembers", String.join(", ", members), "councilChair", "dn.lanhdao"));

    assertThat(council.members(initiative.id())).filteredOn(CouncilMember::isRecusalAutomatic)
        .extracting(CouncilMember::getUserId, CouncilMember::getRecusalReason).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(AUTHOR, "Là tác giả hoặc người gửi sáng kiến."),
            org.assertj.core.groups.Tuple.tuple("dn-p-longkhanh-kp1.lanhdao", "Thuộc tập thể tác giả («Ban công"
                + " tác Mặt trận khu phố 1, phường Long Khánh»)."));
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(InitiativeReviewProcess.USER_TASK_VOTE).list()).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("dn.lanhdao", "dn-p-binhloc.lanhdao", "dn-p-baovinh.lanhdao");
    assertThatThrownBy(() -> council.vote(initiative.id(), AUTHOR, InitiativeForms.ballot(ballot()), null))
        .hasMessage("Phiếu chưa hợp lệ: Thành viên đã rút lui không bỏ phiếu.");

    Task baovinh = voteTaskOf(instance, "dn-p-baovinh.lanhdao");
    assertThatThrownBy(() -> taskService.complete(baovinh.getId(), Map.of("recuse", true)))
        .hasMessageContaining("Hãy ghi lý do rút lui.");
    taskService.complete(baovinh.getId(), Map.of("recuse", true, "recusalReason", "Là người hướng dẫn tác giả."));
    vote(instance, "dn.lanhdao", ballot());
    assertThatThrownBy(() -> council.vote(initiative.id(), "dn.lanhdao", InitiativeForms.ballot(ballot()), null))
        .hasMessage("Phiếu chưa hợp lệ: Thành viên này đã bỏ phiếu.");
    vote(instance, "dn-p-binhloc.lanhdao", ballot());
    executeDueJobs(instance.getId());

    CouncilMinutes minutes = council.minutes(initiative.id()).orElseThrow();
    assertThat(minutes.getEligibleMembers()).isEqualTo(2);
    assertThat(minutes.isRecognised()).isTrue();
    assertThat(minutes.getMembersRecused()).contains(AUTHOR, "dn-p-longkhanh-kp1.lanhdao", "dn-p-baovinh.lanhdao");
  }

  @Test
  void theChairClosesOnceTwoThirdsVotedAndTheProvinceRecordsTheStCouncilsOpinion() {
    InitiativeView initiative = submit("Bản đồ số điểm sinh hoạt cộng đồng", "Đánh dấu các điểm sinh hoạt.");
    ProcessInstance instance = instanceOf(initiative);
    toCouncil(instance, MEMBERS, "dn.lanhdao");
    vote(instance, "dn.lanhdao", ballot());
    vote(instance, "dn-p-binhloc.lanhdao", ballot());

    assertThatThrownBy(() -> council.close(initiative.id(), "dn-p-binhloc.lanhdao"))
        .hasMessageContaining("Chỉ chủ tịch hội đồng được kết thúc bỏ phiếu.");
    council.close(initiative.id(), "dn.lanhdao");
    executeDueJobs(instance.getId());

    BpmnAwareTests.assertThat(instance).hasPassed("boundaryEvent_chairClosed")
        .isWaitingAt(InitiativeReviewProcess.USER_TASK_PROPOSE);
    assertThat(voteTaskOf(instance, "dn-p-baovinh.lanhdao")).as("the vote is over").isNull();
    complete(task(instance, InitiativeReviewProcess.USER_TASK_PROPOSE), LEADER, Map.of("propose", "yes"));
    Task opinion = task(instance, InitiativeReviewProcess.USER_TASK_ST_OPINION);
    BpmnAwareTests.assertThat(opinion).hasCandidateGroup("dn.staff");
    complete(opinion, "dn.canbo", Map.of("promising", "yes", "stNote", "Có thể phát triển thành đề tài cấp tỉnh."));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("endEvent_recognised");
    StCouncilOpinion recorded = stCouncil.opinion(initiative.id()).orElseThrow();
    assertThat(recorded.getPromising()).isTrue();
    assertThat(recorded.getNote()).isEqualTo("Có thể phát triển thành đề tài cấp tỉnh.");
    assertThat(LocalDate.of(2026, 3, 2)).isEqualTo(council.votingDeadline(initiative.id()).minusDays(10));
  }

  /** A login name longer than any the engine keeps is named as such, not looked up and echoed back. */
  @Test
  void aCouncilMemberWithAnOverlongLoginNameIsRefusedAsSuch() {
    InitiativeView initiative = submit("Sổ ghi chép điện tử", "Ghi chép họp tổ bằng điện thoại.");
    String overlong = "x".repeat(CouncilAppointment.USER_ID_MAX + 1);

    assertThatThrownBy(() -> appointment.appoint(initiative.id(), List.of("dn.lanhdao", "dn-p-binhloc.lanhdao",
        overlong), "dn.lanhdao", 7, "dn-p-longkhanh.lanhdao"))
        .isInstanceOf(InitiativeValidationException.class)
        .hasMessageContaining("Có tên đăng nhập dài quá 64 ký tự; hãy kiểm tra lại danh sách thành viên.")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(overlong));
    assertThat(council.members(initiative.id())).isEmpty();
  }
}
