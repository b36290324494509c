package vn.mttq.sangtao.award;

import java.util.List;

/**
 * A proposal as staff write it in the form {@code proposeAward} or send it to {@code POST /api/awards}. Evidence
 * names initiatives by tracking code and reports by id.
 */
public record AwardRequest(String proposerUnitCode, String nomineeKind, String nomineeUnitCode, String nomineeName,
    String nomineeEmail, String awardForm, Integer year, String achievements, List<EvidenceRef> evidence) {

  /** One piece of cited evidence: its kind and what names it (a tracking code, or a report's id). */
  public record EvidenceRef(String kind, String ref) {
  }
}
