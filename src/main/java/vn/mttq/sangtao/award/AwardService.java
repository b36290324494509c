package vn.mttq.sangtao.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.initiative.InitiativeEvidence;
import vn.mttq.sangtao.initiative.InitiativeFacts;
import vn.mttq.sangtao.report.ReportService;
import vn.mttq.sangtao.report.ReportStatus;
import vn.mttq.sangtao.report.ReportView;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.LineVisibility;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Award proposals: who may propose whom for what, the evidence they cite, the checks and decisions at each level
 * until the level entitled to grant the award decides, and the trail of it all. Read by the model as
 * {@code awards}.
 */
@Service("awards")
@Transactional
public class AwardService {

  static final int MAX_ACHIEVEMENTS = 4000;

  private final AwardProposalRepository proposals;
  private final AwardEvidenceRepository evidence;
  private final AwardActionRepository actions;
  private final AwardDecisionRepository decisions;
  private final AwardFormRepository forms;
  private final UnitService units;
  private final InitiativeEvidence initiatives;
  private final ReportService reports;
  private final AwardNotices notices;
  private final LineVisibility visibility;

  AwardService(AwardProposalRepository proposals, AwardEvidenceRepository evidence, AwardActionRepository actions,
      AwardDecisionRepository decisions, AwardFormRepository forms, UnitService units, InitiativeEvidence initiatives,
      ReportService reports, AwardNotices notices, LineVisibility visibility) {
    this.visibility = visibility;
    this.proposals = proposals;
    this.evidence = evidence;
    this.actions = actions;
    this.decisions = decisions;
    this.forms = forms;
    this.units = units;
    this.initiatives = initiatives;
    this.reports = reports;
    this.notices = notices;
  }

  // ---- proposing ----

  /**
   * Records a proposal at the proposer's own level. Refused, with every problem named, when the nominee does not
   * exist or is not the proposer's, the award cannot be granted at or above the proposer, the evidence is not the
   * nominee's, or the nominee already has a proposal for the same award and year.
   */
  public AwardProposalView propose(AwardRequest request, Long assessmentId, String userId) {
    List<String> problems = new ArrayList<>();
    UnitView proposer = unit(request.proposerUnitCode(), "đơn vị đề nghị", problems);
    if (proposer != null && !proposer.frontCommittee() && !proposer.memberOrganisation()) {
      problems.add("«" + proposer.name() + "» không phải Ủy ban MTTQ hay tổ chức thành viên, nên không đề nghị khen"
          + " thưởng được.");
    }
    NomineeKind kind = request.nomineeKind() == null ? null
        : NomineeKind.parse(request.nomineeKind().strip()).orElse(null);
    if (kind == null) {
      problems.add("Hãy chọn đề nghị khen thưởng cho tập thể (COLLECTIVE) hay cá nhân (INDIVIDUAL).");
    }
    UnitView nominee = unit(request.nomineeUnitCode(), kind == NomineeKind.INDIVIDUAL ? "đơn vị của cá nhân"
        : "tập thể được đề nghị", problems);
    if (proposer != null && nominee != null && !units.subtreeIds(proposer.code()).contains(nominee.id())) {
      problems.add("«" + nominee.name() + "» không thuộc «" + proposer.name() + "», nên «" + proposer.name()
          + "» không đề nghị khen thưởng cho " + (kind == NomineeKind.INDIVIDUAL ? "người của đơn vị này" : "đơn vị này")
          + " được.");
    }
    String name = blankToNull(request.nomineeName());
    if (kind == NomineeKind.INDIVIDUAL) {
      if (name == null) {
        problems.add("Hãy ghi họ và tên của cá nhân được đề nghị.");
      } else if (name.length() > 200) {
        problems.add("Họ và tên dài quá 200 ký tự.");
      }
    } else {
      name = null;
    }
    String email = blankToNull(request.nomineeEmail());
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add("Địa chỉ thư điện tử «" + email + "» không hợp lệ.");
    }
    AwardForm form = awardForm(request.awardForm(), problems);
    if (form != null && proposer != null && units.lineage(proposer.code()).stream()
        .noneMatch(level -> mayGrant(level, form))) {
      problems.add("Không cấp nào từ «" + proposer.name() + "» trở lên được tặng «" + form.getName() + "».");
    }
    int year = request.year() == null ? BusinessTime.today().getYear() : request.year();
    if (year < 2000 || year > BusinessTime.today().getYear() + 1) {
      problems.add("Năm khen thưởng phải từ 2000 đến " + (BusinessTime.today().getYear() + 1) + ".");
    }
    String achievements = blankToNull(request.achievements());
    if (achievements == null) {
      problems.add("Hãy tóm tắt thành tích của " + (kind == NomineeKind.INDIVIDUAL ? "cá nhân" : "tập thể")
          + " được đề nghị.");
    } else if (achievements.length() > MAX_ACHIEVEMENTS) {
      problems.add("Tóm tắt thành tích dài quá " + MAX_ACHIEVEMENTS + " ký tự.");
    }
    List<AwardRequest.EvidenceRef> refs = request.evidence() == null ? List.of() : request.evidence().stream()
        .filter(java.util.Objects::nonNull).toList();
    if (request.evidence() != null && refs.size() < request.evidence().size()) {
      problems.add("Danh sách minh chứng có một mục trống; hãy xóa mục đó hoặc ghi minh chứng vào.");
    }
    List<Cited> cited = kind == null || nominee == null ? List.of() : cite(refs, kind, nominee, name, problems);
    if (kind == NomineeKind.INDIVIDUAL && name != null && nominee != null && problems.isEmpty()
        && cited.stream().noneMatch(Cited::byInitiative)) {
      problems.add("Cá nhân được đề nghị phải là tác giả của ít nhất một sáng kiến được dẫn chứng (sáng kiến được"
          + " công nhận, được ứng dụng hoặc được Hội đồng Khoa học - Công nghệ tỉnh đánh giá).");
    }
    String activeKey = kind == null || nominee == null || form == null ? null
        : activeKey(kind, nominee.id(), name, form.getCode(), year);
    Optional<AwardProposal> existing = activeKey == null ? Optional.empty() : proposals.findByActiveKey(activeKey);
    if (existing.isPresent()) {
      problems.add("Đã có đề nghị «" + form.getName() + "» năm " + year + " cho " + (name != null ? name + " ("
          + nominee.name() + ")" : "«" + nominee.name() + "»") + " (hồ sơ số " + existing.get().getId() + ").");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Đề nghị khen thưởng chưa hợp lệ:", problems);
    }
    Instant now = Instant.now();
    AwardProposal proposal = proposals.saveAndFlush(new AwardProposal(proposer.id(), kind, nominee.id(), name, email,
        form.getCode(), year, achievements, activeKey, assessmentId, userId, now));
    cited.forEach(c -> evidence.save(new AwardEvidence(proposal.getId(), c.kind(), c.refId(), c.description())));
    actions.save(new AwardAction(proposal.getId(), proposer.id(), ActionKind.PROPOSED, userId, now, null));
    return get(proposal.getId());
  }

  void started(Long proposalId, String processInstanceId) {
    AwardProposal proposal = find(proposalId);
    proposal.started(processInstanceId);
    // the levels above the proposer, which check and decide, are its line
    visibility.grant(processInstanceId, proposal.getProposerUnitId());
  }

  /** What a cited piece of evidence showed; the initiative kinds are what an individual needs. */
  private record Cited(EvidenceKind kind, Long refId, String description) {
    boolean byInitiative() {
      return kind != EvidenceKind.REPORT;
    }
  }

  private List<Cited> cite(List<AwardRequest.EvidenceRef> refs, NomineeKind kind, UnitView nominee, String name,
      List<String> problems) {
    Set<Long> subtree = units.subtreeIds(nominee.code());
    String whose = kind == NomineeKind.INDIVIDUAL ? name == null ? "cá nhân được đề nghị" : name
        : "«" + nominee.name() + "»";
    Map<String, Cited> cited = new LinkedHashMap<>();
    for (AwardRequest.EvidenceRef ref : refs) {
      EvidenceKind evidenceKind = ref.kind() == null ? null : EvidenceKind.parse(ref.kind().strip()).orElse(null);
      String what = ref.ref() == null ? "" : ref.ref().strip();
      if (evidenceKind == null) {
        problems.add("Loại dẫn chứng «" + ref.kind() + "» không có: chọn RECOGNISED_INITIATIVE, APPLIED_INITIATIVE,"
            + " ST_COUNCIL_OPINION hoặc REPORT.");
        continue;
      }
      if (evidenceKind == EvidenceKind.REPORT) {
        citeReport(what, kind, subtree, nominee, problems).ifPresent(c -> cited.putIfAbsent(c.kind() + ":" + c.refId(), c));
        continue;
      }
      Optional<InitiativeFacts> found = initiatives.byTrackingCode(what);
      if (found.isEmpty()) {
        problems.add("Không có sáng kiến mã «" + what + "».");
        continue;
      }
      InitiativeFacts initiative = found.get();
      boolean theirs = subtree.contains(initiative.authorUnitId())
          && (kind == NomineeKind.COLLECTIVE || initiative.authoredBy(name));
      switch (evidenceKind) {
        case RECOGNISED_INITIATIVE -> {
          if (!initiative.recognised()) {
            problems.add("Sáng kiến " + initiative.label() + " chưa được Hội đồng công nhận.");
          } else if (!theirs) {
            problems.add("Sáng kiến " + initiative.label() + " không phải của " + whose + ".");
          } else {
            cited.putIfAbsent(evidenceKind + ":" + initiative.id(), new Cited(evidenceKind, initiative.id(),
                "Sáng kiến " + initiative.label() + " được Hội đồng công nhận"
                    + (initiative.decidedAt() == null ? "" : " ngày " + BusinessTime.format(
                        initiative.decidedAt().atZone(BusinessTime.ZONE).toLocalDate())) + "."));
          }
        }
        case APPLIED_INITIATIVE -> {
          List<InitiativeEvidence.Application> applied = initiatives.applicationsOf(initiative.id());
          Optional<InitiativeEvidence.Application> application = theirs ? applied.stream().findFirst()
              : kind == NomineeKind.COLLECTIVE ? applied.stream().filter(a -> subtree.contains(a.unitId())).findFirst()
                  : Optional.empty();
          if (!theirs && application.isEmpty()) {
            problems.add("Sáng kiến " + initiative.label() + " không phải của " + whose
                + (kind == NomineeKind.COLLECTIVE ? " và không được đơn vị này ứng dụng." : "."));
          } else if (application.isEmpty()) {
            problems.add("Sáng kiến " + initiative.label() + " chưa được đơn vị nào ứng dụng.");
          } else {
            InitiativeEvidence.Application a = application.get();
            String unitName = units.findById(a.unitId()).map(UnitView::name).orElse("");
            cited.putIfAbsent(evidenceKind + ":" + a.id(), new Cited(evidenceKind, a.id(), "Sáng kiến "
                + initiative.label() + " được " + unitName + " ứng dụng từ ngày " + BusinessTime.format(a.appliedFrom())
                + (a.result() == null || a.result().isBlank() ? "." : ": " + a.result().strip())));
          }
        }
        case ST_COUNCIL_OPINION -> {
          if (!theirs) {
            problems.add("Sáng kiến " + initiative.label() + " không phải của " + whose + ".");
          } else if (initiative.promising() == null) {
            problems.add("Hội đồng Khoa học - Công nghệ tỉnh chưa có ý kiến về sáng kiến " + initiative.label() + ".");
          } else if (!initiative.promising()) {
            problems.add("Hội đồng Khoa học - Công nghệ tỉnh không đánh giá sáng kiến " + initiative.label()
                + " có triển vọng.");
          } else {
            cited.putIfAbsent(evidenceKind + ":" + initiative.id(), new Cited(evidenceKind, initiative.id(),
                "Sáng kiến " + initiative.label() + " được Hội đồng Khoa học - Công nghệ tỉnh đánh giá có triển vọng"
                    + " phát triển thành đề tài nghiên cứu khoa học."));
          }
        }
        default -> throw new IllegalStateException(evidenceKind.name());
      }
    }
    return List.copyOf(cited.values());
  }

  private Optional<Cited> citeReport(String what, NomineeKind kind, Set<Long> subtree, UnitView nominee,
      List<String> problems) {
    if (kind == NomineeKind.INDIVIDUAL) {
      problems.add("Báo cáo là kết quả của đơn vị, không dùng làm dẫn chứng cho cá nhân.");
      return Optional.empty();
    }
    Long id;
    try {
      id = Long.valueOf(what);
    } catch (NumberFormatException e) {
      problems.add("Số báo cáo «" + what + "» không hợp lệ.");
      return Optional.empty();
    }
    Optional<ReportView> found = reports.lookup(id);
    if (found.isEmpty()) {
      problems.add("Không có báo cáo số " + id + ".");
      return Optional.empty();
    }
    ReportView report = found.get();
    if (!subtree.contains(report.unitId())) {
      problems.add("Báo cáo số " + id + " là của «" + report.unitName() + "», không phải của «" + nominee.name()
          + "».");
      return Optional.empty();
    }
    if (report.status() != ReportStatus.ACCEPTED) {
      problems.add("Báo cáo số " + id + " chưa được cấp trên chấp nhận.");
      return Optional.empty();
    }
    String figures = report.figures().entrySet().stream().filter(e -> e.getValue() != null && e.getValue() > 0)
        .map(e -> e.getKey().label() + ": " + e.getValue()).collect(Collectors.joining("; "));
    return Optional.of(new Cited(EvidenceKind.REPORT, id, report.subject() + (figures.isEmpty() ? "." : " — "
        + figures + ".")));
  }

  // ---- at each level ----

  /** The staff of the level the proposal is at, who check it. */
  @Transactional(readOnly = true)
  public String staff(Long proposalId) {
    return UnitGroups.staff(level(find(proposalId)).code());
  }

  /** The leaders of the level the proposal is at, who decide, forward or return it. */
  @Transactional(readOnly = true)
  public String leaders(Long proposalId) {
    return UnitGroups.leaders(level(find(proposalId)).code());
  }

  /** The proposer's staff, who revise a returned proposal. */
  @Transactional(readOnly = true)
  public String proposerStaff(Long proposalId) {
    return UnitGroups.staff(units.findById(find(proposalId).getProposerUnitId()).orElseThrow().code());
  }

  /** The staff's check: complete (to the leaders) or returned to the proposer with what is missing. */
  public boolean check(Long proposalId, Boolean complete, String comment, String userId) {
    AwardProposal proposal = find(proposalId);
    List<String> problems = new ArrayList<>();
    requireAtLevel(proposal, problems);
    if (complete == null) {
      problems.add("Hãy chọn hồ sơ đã đủ để trình lãnh đạo, hay trả lại đơn vị đề nghị.");
    } else if (!complete && blankToNull(comment) == null) {
      problems.add("Hãy ghi rõ lý do trả lại và những gì cần bổ sung.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa kiểm tra xong hồ sơ:", problems);
    }
    if (complete) {
      actions.save(new AwardAction(proposalId, proposal.getCurrentUnitId(), ActionKind.CHECKED, userId, Instant.now(),
          blankToNull(comment)));
    } else {
      returnToProposer(proposal, comment.strip(), userId);
    }
    return complete;
  }

  /** What the leaders of a level did. */
  public enum Outcome {
    APPROVED, FORWARDED, RETURNED
  }

  /**
   * The leaders' decision: approve (only where this level may grant the award; with the decision's number and
   * date, today unless given), forward to the next level up, or return to the proposer with a reason.
   */
  public Outcome decide(Long proposalId, String decision, String comment, String decisionNumber,
      LocalDate decisionDate, String userId) {
    AwardProposal proposal = find(proposalId);
    List<String> problems = new ArrayList<>();
    requireAtLevel(proposal, problems);
    Outcome outcome = decision == null ? null : switch (decision.strip()) {
      case "approve" -> Outcome.APPROVED;
      case "forward" -> Outcome.FORWARDED;
      case "return" -> Outcome.RETURNED;
      default -> null;
    };
    UnitView level = level(proposal);
    AwardForm form = forms.findById(proposal.getAwardForm()).orElseThrow();
    Optional<UnitView> next = nextLevel(level);
    if (outcome == null) {
      problems.add("Hãy chọn quyết định khen thưởng, đề nghị cấp trên, hoặc trả lại đơn vị đề nghị.");
    } else if (outcome == Outcome.APPROVED) {
      if (!mayGrant(level, form)) {
        problems.add("«" + level.name() + "» không được tặng «" + form.getName() + "»; hãy đề nghị cấp trên.");
      }
      String number = blankToNull(decisionNumber);
      if (number == null) {
        problems.add("Hãy ghi số quyết định khen thưởng (ví dụ 25/QĐ-MTTQ-BTT).");
      } else if (!number.matches("[\\p{L}0-9][\\p{L}0-9./ -]{0,59}")) {
        problems.add("Số quyết định «" + number + "» chỉ gồm chữ, số, dấu gạch ngang, gạch chéo, dấu chấm.");
      }
      if (decisionDate != null && decisionDate.isAfter(BusinessTime.today())) {
        problems.add("Ngày ký quyết định (" + BusinessTime.format(decisionDate) + ") chưa đến.");
      }
    } else if (outcome == Outcome.FORWARDED && next.isEmpty()) {
      problems.add("«" + level.name() + "» là cấp cao nhất, không còn cấp trên để đề nghị.");
    } else if (outcome == Outcome.RETURNED && blankToNull(comment) == null) {
      problems.add("Hãy ghi rõ lý do trả lại.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa xét được đề nghị khen thưởng:", problems);
    }
    Instant now = Instant.now();
    if (decisionDate == null) {
      decisionDate = BusinessTime.today();
    }
    switch (outcome) {
      case APPROVED -> {
        decisions.save(new AwardDecision(proposalId, level.id(), decisionNumber.strip(), decisionDate, form.getCode(),
            userId, now));
        proposal.decided(now);
        actions.save(new AwardAction(proposalId, level.id(), ActionKind.DECIDED, userId, now,
            "Quyết định số " + decisionNumber.strip() + " ngày " + BusinessTime.format(decisionDate)
                + (blankToNull(comment) == null ? "" : ". " + comment.strip())));
      }
      case FORWARDED -> {
        actions.save(new AwardAction(proposalId, level.id(), ActionKind.FORWARDED, userId, now,
            "Đề nghị " + next.get().name() + (blankToNull(comment) == null ? "" : ". " + comment.strip())));
        proposal.forwardTo(next.get().id(), now);
      }
      case RETURNED -> returnToProposer(proposal, comment.strip(), userId);
      default -> throw new IllegalStateException();
    }
    return outcome;
  }

  /**
   * Tells the proposer and the nominee of the decision (in-app and by e-mail); its own step, so a mail failure is
   * retried and then becomes an incident while the decision stands.
   */
  public void announce(Long proposalId) {
    notices.decided(get(proposalId));
  }

  /** The proposer resubmits a returned proposal (with its summary of achievements revised) or withdraws it. */
  public boolean revise(Long proposalId, Boolean resubmit, String achievements, String userId) {
    AwardProposal proposal = find(proposalId);
    List<String> problems = new ArrayList<>();
    if (proposal.getStatus() != ProposalStatus.RETURNED) {
      problems.add("Hồ sơ đang ở trạng thái «" + proposal.getStatus().label() + "», không sửa được.");
    }
    if (resubmit == null) {
      problems.add("Hãy chọn gửi lại hồ sơ hay rút đề nghị.");
    }
    String text = blankToNull(achievements);
    if (Boolean.TRUE.equals(resubmit) && text != null && text.length() > MAX_ACHIEVEMENTS) {
      problems.add("Tóm tắt thành tích dài quá " + MAX_ACHIEVEMENTS + " ký tự.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa gửi lại được hồ sơ:", problems);
    }
    Instant now = Instant.now();
    if (resubmit) {
      proposal.resubmit(text == null ? proposal.getAchievements() : text, now);
      actions.save(new AwardAction(proposalId, proposal.getProposerUnitId(), ActionKind.RESUBMITTED, userId, now,
          null));
    } else {
      proposal.withdraw(now);
      actions.save(new AwardAction(proposalId, proposal.getProposerUnitId(), ActionKind.WITHDRAWN, userId, now,
          null));
    }
    return resubmit;
  }

  /** Revokes a granted award (a declaration proved false), with the reason; the record stays. */
  public AwardProposalView revoke(Long proposalId, String reason, String userId) {
    AwardProposal proposal = find(proposalId);
    Optional<AwardDecision> decision = decisions.findByProposalId(proposalId);
    List<String> problems = new ArrayList<>();
    if (decision.isEmpty()) {
      problems.add("Hồ sơ số " + proposalId + " chưa có quyết định khen thưởng.");
    } else if (decision.get().getRevokedAt() != null) {
      problems.add("Khen thưởng này đã bị thu hồi ngày " + BusinessTime.format(decision.get().getRevokedAt()
          .atZone(BusinessTime.ZONE).toLocalDate()) + ".");
    }
    if (blankToNull(reason) == null) {
      problems.add("Hãy ghi rõ lý do thu hồi.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa thu hồi được khen thưởng:", problems);
    }
    Instant now = Instant.now();
    decision.get().revoke(reason.strip(), userId, now);
    actions.save(new AwardAction(proposalId, decision.get().getDecidingUnitId(), ActionKind.REVOKED, userId, now,
        reason.strip()));
    return get(proposal.getId());
  }

  // ---- reading ----

  @Transactional(readOnly = true)
  public AwardProposalView get(Long proposalId) {
    AwardProposal p = find(proposalId);
    List<AwardAction> trail = actions.findByProposalIdOrderById(proposalId);
    Optional<AwardDecision> decision = decisions.findByProposalId(proposalId);
    List<Long> ids = new ArrayList<>(List.of(p.getProposerUnitId(), p.getNomineeUnitId(), p.getCurrentUnitId()));
    trail.forEach(a -> ids.add(a.getUnitId()));
    decision.ifPresent(d -> ids.add(d.getDecidingUnitId()));
    Map<Long, UnitView> byId = units.byIds(ids);
    Map<String, String> formNames = formNames();
    UnitView proposer = byId.get(p.getProposerUnitId());
    UnitView nominee = byId.get(p.getNomineeUnitId());
    UnitView current = byId.get(p.getCurrentUnitId());
    return new AwardProposalView(p.getId(), proposer.code(), proposer.name(), p.getNomineeKind(),
        p.getNomineeKind().label(), nominee.code(), nominee.name(), p.getNomineeName(), p.getNomineeEmail(),
        p.getAwardForm(),
        formNames.get(p.getAwardForm()), p.getAwardYear(), p.getAchievements(), p.getStatus(), p.getStatus().label(),
        current.code(), current.name(), p.getReturnReason(), p.getProcessInstanceId(),
        evidence.findByProposalIdOrderById(proposalId).stream().map(e -> new AwardProposalView.Evidence(e.getKind(),
            e.getKind().label(), e.getRefId(), e.getDescription())).toList(),
        trail.stream().map(a -> new AwardProposalView.Action(a.getAction().name(), a.getAction().label(),
            byId.get(a.getUnitId()).name(), a.getActor(), a.getActedAt(), a.getComment())).toList(),
        decision.map(d -> new AwardProposalView.Decision(d.getDecisionNumber(), d.getDecisionDate(), d.getAwardForm(),
            formNames.get(d.getAwardForm()), byId.get(d.getDecidingUnitId()).code(),
            byId.get(d.getDecidingUnitId()).name(), d.getDecidedBy(), d.getRevokedAt(), d.getRevokeReason()))
            .orElse(null));
  }

  /** The award forms, in order: code and name. */
  @Transactional(readOnly = true)
  public Map<String, String> formNames() {
    Map<String, String> names = new LinkedHashMap<>();
    forms.findAllByOrderBySortOrder().forEach(f -> names.put(f.getCode(), f.getName()));
    return names;
  }

  /** Whether the unit's committee (or organisation) may decide the award form with this code. */
  @Transactional(readOnly = true)
  public boolean mayGrant(UnitView level, String formCode) {
    return forms.findById(formCode).map(form -> mayGrant(level, form)).orElse(false);
  }

  /** Whether the nominee already has a proposal for this award and year that was not withdrawn. */
  @Transactional(readOnly = true)
  public boolean hasStanding(NomineeKind kind, Long nomineeUnitId, String name, String formCode, int year) {
    return proposals.findByActiveKey(activeKey(kind, nomineeUnitId, kind == NomineeKind.INDIVIDUAL ? name : null,
        formCode, year)).isPresent();
  }

  /**
   * An award granted by a committee's approved assessment: the proposal is recorded as the committee's own,
   * citing the assessment, and decided at once under the assessment's decision. Returns the proposal's id, or null
   * when the nominee meanwhile got a standing proposal for the same award and year.
   */
  public Long grantFromAssessment(Long assessmentId, UnitView committee, NomineeKind kind, Long nomineeUnitId,
      String name, String formCode, int year, String evidenceText, Long candidateId, String decisionNumber,
      LocalDate decisionDate, String editorId, String approverId) {
    String activeKey = activeKey(kind, nomineeUnitId, kind == NomineeKind.INDIVIDUAL ? name : null, formCode, year);
    if (proposals.findByActiveKey(activeKey).isPresent()) {
      return null;
    }
    Instant now = Instant.now();
    AwardProposal proposal = proposals.saveAndFlush(new AwardProposal(committee.id(), kind, nomineeUnitId,
        kind == NomineeKind.INDIVIDUAL ? name : null, null, formCode, year,
        evidenceText.length() > MAX_ACHIEVEMENTS ? evidenceText.substring(0, MAX_ACHIEVEMENTS - 1) + "…"
            : evidenceText, activeKey, assessmentId, editorId, now));
    evidence.save(new AwardEvidence(proposal.getId(), EvidenceKind.ASSESSMENT, candidateId,
        evidenceText.length() > 1000 ? evidenceText.substring(0, 999) + "…" : evidenceText));
    actions.save(new AwardAction(proposal.getId(), committee.id(), ActionKind.PROPOSED, editorId, now,
        "Theo đợt đánh giá số " + assessmentId));
    decisions.save(new AwardDecision(proposal.getId(), committee.id(), decisionNumber, decisionDate, formCode,
        approverId, now));
    proposal.decided(now);
    actions.save(new AwardAction(proposal.getId(), committee.id(), ActionKind.DECIDED, approverId, now,
        "Quyết định số " + decisionNumber + " ngày " + BusinessTime.format(decisionDate)));
    notices.decided(get(proposal.getId()));
    return proposal.getId();
  }

  /** Whether the unit's committee (or organisation) may decide this award. */
  static boolean mayGrant(UnitView level, AwardForm form) {
    return (level.frontCommittee() || level.memberOrganisation()) && form.grantingTypes().contains(level.type());
  }

  /** The next level up: the nearest Front committee above the unit. */
  private Optional<UnitView> nextLevel(UnitView level) {
    return units.lineage(level.code()).stream().skip(1).filter(UnitView::frontCommittee).findFirst();
  }

  private UnitView level(AwardProposal proposal) {
    return units.findById(proposal.getCurrentUnitId()).orElseThrow();
  }

  private void returnToProposer(AwardProposal proposal, String reason, String userId) {
    Long at = proposal.getCurrentUnitId();
    proposal.returnToProposer(reason, Instant.now());
    actions.save(new AwardAction(proposal.getId(), at, ActionKind.RETURNED, userId, Instant.now(), reason));
    notices.returned(get(proposal.getId()));
  }

  private static void requireAtLevel(AwardProposal proposal, List<String> problems) {
    if (proposal.getStatus() != ProposalStatus.AT_LEVEL) {
      problems.add("Hồ sơ đang ở trạng thái «" + proposal.getStatus().label() + "», không xét được.");
    }
  }

  private UnitView unit(String code, String what, List<String> problems) {
    if (code == null || code.isBlank()) {
      problems.add("Hãy ghi mã " + what + ".");
      return null;
    }
    Optional<UnitView> unit = units.find(code.strip());
    if (unit.isEmpty()) {
      problems.add("Không có đơn vị mã «" + code.strip() + "».");
    }
    return unit.orElse(null);
  }

  private AwardForm awardForm(String code, List<String> problems) {
    Optional<AwardForm> form = code == null ? Optional.empty() : forms.findById(code.strip());
    if (form.isEmpty()) {
      problems.add("Hình thức khen thưởng «" + code + "» không có: chọn " + forms.findAllByOrderBySortOrder().stream()
          .map(f -> f.getCode() + " (" + f.getName() + ")").collect(Collectors.joining(", ")) + ".");
    }
    return form.orElse(null);
  }

  static String activeKey(NomineeKind kind, Long nomineeUnitId, String name, String form, int year) {
    return kind + ":" + nomineeUnitId + ":" + (name == null ? "" : Folding.fold(name)) + ":" + form + ":" + year;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  AwardProposal find(Long proposalId) {
    return proposals.findById(proposalId)
        .orElseThrow(() -> new NotFoundException("Không có hồ sơ đề nghị khen thưởng số " + proposalId + "."));
  }

  /** Evidence lines as the form sends them: tracking codes or report ids separated by commas, spaces or lines. */
  static List<AwardRequest.EvidenceRef> refs(EvidenceKind kind, String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank())
        .map(s -> new AwardRequest.EvidenceRef(kind.name(), s)).toList();
  }
}
