package vn.mttq.sangtao.award;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.mttq.sangtao.unit.UnitView;

/**
 * A proposal as staff write it in the form {@code proposeAward} or send it to {@code POST /api/awards}. Evidence
 * names initiatives by tracking code and reports by id.
 */
public record AwardRequest(
    @Schema(description = "Đơn vị đề nghị (mã)", maxLength = UnitView.CODE_LENGTH) String proposerUnitCode,
    @Schema(description = "Tập thể (COLLECTIVE) hay cá nhân (INDIVIDUAL)", allowableValues = {"COLLECTIVE",
        "INDIVIDUAL"}) String nomineeKind,
    @Schema(description = "Tập thể được đề nghị, hoặc đơn vị của cá nhân (mã)", maxLength = UnitView.CODE_LENGTH)
    String nomineeUnitCode,
    @Schema(description = "Họ và tên của cá nhân được đề nghị", maxLength = AwardRules.NAME_MAX)
    String nomineeName,
    @Schema(description = "Thư điện tử của cá nhân được đề nghị", maxLength = AwardRules.EMAIL_MAX)
    String nomineeEmail,
    @Schema(description = "Hình thức khen thưởng (mã, xem GET /api/awards/forms)", allowableValues = {
        "COMMENDATION", "CERTIFICATE", "MERIT", "CREATIVE_VIETNAMESE"}) String awardForm,
    @Schema(description = "Năm khen thưởng (mặc định năm nay)") Integer year,
    @Schema(description = "Tóm tắt thành tích", maxLength = AwardRules.MAX_ACHIEVEMENTS) String achievements,
    @Schema(description = "Minh chứng") List<EvidenceRef> evidence) {

  /** One piece of cited evidence: its kind and what names it (a tracking code, or a report's id). */
  public record EvidenceRef(
      @Schema(description = "Loại minh chứng", allowableValues = {"RECOGNISED_INITIATIVE", "APPLIED_INITIATIVE",
          "ST_COUNCIL_OPINION", "REPORT"}) String kind,
      @Schema(description = "Mã theo dõi của sáng kiến, hoặc số của báo cáo") String ref) {
  }
}
