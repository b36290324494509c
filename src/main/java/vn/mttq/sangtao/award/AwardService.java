package vn.mttq.sangtao.award;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Award proposals as others read them (the proposal with its evidence, trail and decision; the award forms; who may
 * grant what), and what the steps share. The steps are their own classes: {@link AwardProposing},
 * {@link ProposalCheck}, {@link ProposalDecision}, {@link ProposalRevision}, {@link AwardRevocation},
 * {@link AwardFromAssessment}; the rules without a database are {@link AwardRules}.
 */
@Service
@Transactional
class AwardService {

  private final AwardProposalRepository proposals;
  private final AwardEvidenceRepository evidence;
  private final AwardActionRepository actions;
  private final AwardDecisionRepository decisions;
  private final AwardFormRepository forms;
  private final UnitService units;
  private final AwardNotices notices;
  private final Clock clock;

  AwardService(AwardProposalRepository proposals, AwardEvidenceRepository evidence, AwardActionRepository actions,
      AwardDecisionRepository decisions, AwardFormRepository forms, UnitService units, AwardNotices notices,
      Clock clock) {
    this.proposals = proposals;
    this.evidence = evidence;
    this.actions = actions;
    this.decisions = decisions;
    this.forms = forms;
    this.units = units;
    this.notices = notices;
    this.clock = clock;
  }

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
    return forms.findById(formCode).map(form -> AwardRules.mayGrant(level, form)).orElse(false);
  }

  /** Whether the nominee already has a proposal for this award and year that was not withdrawn. */
  @Transactional(readOnly = true)
  public boolean hasStanding(NomineeKind kind, Long nomineeUnitId, String name, String formCode, int year) {
    return proposals.findByActiveKey(AwardRules.activeKey(kind, nomineeUnitId, kind == NomineeKind.INDIVIDUAL ? name : null,
        formCode, year)).isPresent();
  }

  /** The next level up: the nearest Front committee above the unit. */
  Optional<UnitView> nextLevel(UnitView level) {
    return units.lineage(level.code()).stream().skip(1).filter(UnitView::frontCommittee).findFirst();
  }

  UnitView level(AwardProposal proposal) {
    return units.byId(proposal.getCurrentUnitId());
  }

  /** Back to the proposer, with the reason, in the trail and in a notice. */
  void returnToProposer(AwardProposal proposal, String reason, String userId) {
    Long at = proposal.getCurrentUnitId();
    proposal.returnToProposer(reason, clock.instant());
    actions.save(new AwardAction(proposal.getId(), at, ActionKind.RETURNED, userId, clock.instant(), reason));
    notices.returned(get(proposal.getId()));
  }

  static void requireAtLevel(AwardProposal proposal, List<String> problems) {
    if (proposal.getStatus() != ProposalStatus.AT_LEVEL) {
      problems.add("Hồ sơ đang ở trạng thái «" + proposal.getStatus().label() + "», không xét được.");
    }
  }

  /** The unit of a code the proposal names, or a problem. */
  UnitView unit(String code, String what, List<String> problems) {
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

  /** The award form of a code, or a problem listing the forms. */
  AwardForm awardForm(String code, List<String> problems) {
    Optional<AwardForm> form = code == null ? Optional.empty() : forms.findById(code.strip());
    if (form.isEmpty()) {
      problems.add("Hình thức khen thưởng «" + code + "» không có: chọn " + forms.findAllByOrderBySortOrder().stream()
          .map(f -> f.getCode() + " (" + f.getName() + ")").collect(Collectors.joining(", ")) + ".");
    }
    return form.orElse(null);
  }

  AwardProposal find(Long proposalId) {
    return proposals.findById(proposalId)
        .orElseThrow(() -> new NotFoundException("Không có hồ sơ đề nghị khen thưởng số " + proposalId + "."));
  }
}
