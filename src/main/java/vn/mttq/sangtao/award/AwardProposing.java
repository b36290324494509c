package vn.mttq.sangtao.award;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.unit.LineVisibility;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * A proposal recorded at the proposer's own level. Refused, with every problem named, when the nominee does not exist
 * or is not the proposer's, the award cannot be granted at or above the proposer, the evidence is not the nominee's,
 * or the nominee already has a proposal for the same award and year.
 */
@Component
@Transactional
class AwardProposing {

  private final AwardService awards;
  private final EvidenceCitation citation;
  private final AwardProposalRepository proposals;
  private final AwardEvidenceRepository evidence;
  private final AwardActionRepository actions;
  private final UnitService units;
  private final LineVisibility visibility;
  private final Clock clock;

  AwardProposing(AwardService awards, EvidenceCitation citation, AwardProposalRepository proposals,
      AwardEvidenceRepository evidence, AwardActionRepository actions, UnitService units, LineVisibility visibility,
      Clock clock) {
    this.awards = awards;
    this.citation = citation;
    this.proposals = proposals;
    this.evidence = evidence;
    this.actions = actions;
    this.units = units;
    this.visibility = visibility;
    this.clock = clock;
  }

  AwardProposalView propose(AwardRequest request, Long assessmentId, String userId) {
    List<String> problems = new ArrayList<>();
    UnitView proposer = awards.unit(request.proposerUnitCode(), "đơn vị đề nghị", problems);
    if (proposer != null && !proposer.frontCommittee() && !proposer.memberOrganisation()) {
      problems.add("«" + proposer.name() + "» không phải Ủy ban MTTQ hay tổ chức thành viên, nên không đề nghị khen"
          + " thưởng được.");
    }
    NomineeKind kind = request.nomineeKind() == null ? null
        : NomineeKind.parse(request.nomineeKind().strip()).orElse(null);
    if (kind == null) {
      problems.add("Hãy chọn đề nghị khen thưởng cho tập thể (COLLECTIVE) hay cá nhân (INDIVIDUAL).");
    }
    UnitView nominee = awards.unit(request.nomineeUnitCode(), kind == NomineeKind.INDIVIDUAL ? "đơn vị của cá nhân"
        : "tập thể được đề nghị", problems);
    if (proposer != null && nominee != null && !units.subtreeIds(proposer.code()).contains(nominee.id())) {
      problems.add("«" + nominee.name() + "» không thuộc «" + proposer.name() + "», nên «" + proposer.name()
          + "» không đề nghị khen thưởng cho " + (kind == NomineeKind.INDIVIDUAL ? "người của đơn vị này" : "đơn vị này")
          + " được.");
    }
    String name = AwardRules.blankToNull(request.nomineeName());
    if (kind == NomineeKind.INDIVIDUAL) {
      if (name == null) {
        problems.add("Hãy ghi họ và tên của cá nhân được đề nghị.");
      } else if (name.length() > AwardRules.NAME_MAX) {
        problems.add("Họ và tên dài quá " + AwardRules.NAME_MAX + " ký tự.");
      }
    } else {
      name = null;
    }
    String email = AwardRules.blankToNull(request.nomineeEmail());
    if (email != null && !AwardRules.isEmail(email)) {
      problems.add("Địa chỉ thư điện tử «" + email + "» không hợp lệ.");
    }
    AwardForm form = awards.awardForm(request.awardForm(), problems);
    if (form != null && proposer != null && units.lineage(proposer.code()).stream()
        .noneMatch(level -> AwardRules.mayGrant(level, form))) {
      problems.add("Không cấp nào từ «" + proposer.name() + "» trở lên được tặng «" + form.getName() + "».");
    }
    LocalDate today = BusinessTime.today(clock);
    int year = request.year() == null ? today.getYear() : request.year();
    String yearProblem = AwardRules.yearProblem(year, today);
    if (yearProblem != null) {
      problems.add(yearProblem);
    }
    String achievements = AwardRules.blankToNull(request.achievements());
    if (achievements == null) {
      problems.add("Hãy tóm tắt thành tích của " + (kind == NomineeKind.INDIVIDUAL ? "cá nhân" : "tập thể")
          + " được đề nghị.");
    } else if (achievements.length() > AwardRules.MAX_ACHIEVEMENTS) {
      problems.add("Tóm tắt thành tích dài quá " + AwardRules.MAX_ACHIEVEMENTS + " ký tự.");
    }
    List<AwardRequest.EvidenceRef> refs = request.evidence() == null ? List.of() : request.evidence().stream()
        .filter(Objects::nonNull).toList();
    if (request.evidence() != null && refs.size() < request.evidence().size()) {
      problems.add("Danh sách minh chứng có một mục trống; hãy xóa mục đó hoặc ghi minh chứng vào.");
    }
    List<EvidenceCitation.Cited> cited = kind == null || nominee == null ? List.of()
        : citation.cite(refs, kind, nominee, name, problems);
    if (kind == NomineeKind.INDIVIDUAL && name != null && nominee != null && problems.isEmpty()
        && cited.stream().noneMatch(EvidenceCitation.Cited::byInitiative)) {
      problems.add("Cá nhân được đề nghị phải là tác giả của ít nhất một sáng kiến được dẫn chứng (sáng kiến được"
          + " công nhận, được ứng dụng hoặc được Hội đồng Khoa học - Công nghệ tỉnh đánh giá).");
    }
    String activeKey = kind == null || nominee == null || form == null ? null
        : AwardRules.activeKey(kind, nominee.id(), name, form.getCode(), year);
    Optional<AwardProposal> existing = activeKey == null ? Optional.empty() : proposals.findByActiveKey(activeKey);
    if (existing.isPresent()) {
      problems.add("Đã có đề nghị «" + form.getName() + "» năm " + year + " cho " + (name != null ? name + " ("
          + nominee.name() + ")" : "«" + nominee.name() + "»") + " (hồ sơ số " + existing.get().getId() + ").");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Đề nghị khen thưởng chưa hợp lệ:", problems);
    }
    Instant now = clock.instant();
    AwardProposal proposal = proposals.saveAndFlush(new AwardProposal(proposer.id(), kind, nominee.id(), name, email,
        form.getCode(), year, achievements, activeKey, assessmentId, userId, now));
    cited.forEach(c -> evidence.save(new AwardEvidence(proposal.getId(), c.kind(), c.refId(), c.description())));
    actions.save(new AwardAction(proposal.getId(), proposer.id(), ActionKind.PROPOSED, userId, now, null));
    return awards.get(proposal.getId());
  }

  /** The proposal's process started: the levels above the proposer, which check and decide, are its line. */
  void started(Long proposalId, String processInstanceId) {
    AwardProposal proposal = awards.find(proposalId);
    proposal.started(processInstanceId);
    visibility.grant(processInstanceId, proposal.getProposerUnitId());
  }
}
