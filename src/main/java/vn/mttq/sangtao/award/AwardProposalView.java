package vn.mttq.sangtao.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A proposal as staff and the API read it, with its evidence, its trail and its decision. */
record AwardProposalView(Long id, String proposerUnitCode, String proposerUnitName, NomineeKind nomineeKind,
    String nomineeKindLabel, String nomineeUnitCode, String nomineeUnitName, String nomineeName, String nomineeEmail, String awardForm,
    String awardFormName, int year, String achievements, ProposalStatus status, String statusLabel,
    String currentUnitCode, String currentUnitName, String returnReason, String processInstanceId,
    List<Evidence> evidence, List<Action> trail, Decision decision) {

  /** "Ông/Bà Nguyễn Văn A (Ủy ban MTTQ Việt Nam phường Bình Lộc)" or the collective's name. */
  public String nominee() {
    return nomineeKind == NomineeKind.INDIVIDUAL ? nomineeName + " (" + nomineeUnitName + ")" : nomineeUnitName;
  }

  /** "Giấy khen năm 2026 — Nguyễn Văn A (…)". */
  public String subject() {
    return awardFormName + " năm " + year + " — " + nominee();
  }

  public record Evidence(EvidenceKind kind, String kindLabel, Long refId, String description) {
  }

  public record Action(String action, String actionLabel, String unitName, String actor, Instant at,
      String comment) {
  }

  public record Decision(String decisionNumber, LocalDate decisionDate, String awardForm, String awardFormName,
      String decidingUnitCode, String decidingUnitName, String decidedBy, Instant revokedAt, String revokeReason) {
  }
}
