package vn.mttq.sangtao.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.unit.UnitView;

/** A plan sent to {@code POST /api/plans}; what is left out takes the same defaults as the draft form. */
public record PlanRequest(
    @Schema(description = "Đơn vị ban hành (mã)", maxLength = UnitView.CODE_LENGTH) String issuingUnitCode,
    @Schema(description = "Tên kế hoạch", maxLength = PlanRules.TITLE_LENGTH) String title,
    @Schema(description = "Năm của kế hoạch (mặc định năm nay)", minimum = "" + PlanRules.MIN_YEAR, maximum = "" + PlanRules.MAX_YEAR) Integer year,
    @Schema(description = "Ký hiệu (mặc định KH-MTTQ-BTT)", maxLength = PlanRules.SYMBOL_LENGTH) String symbol,
    @Schema(description = "Số kế hoạch (mặc định số tiếp theo của đơn vị trong năm)", minimum = "1") Integer number,
    @Schema(description = "Căn cứ", maxLength = PlanRules.BASIS_LENGTH) String basis,
    @Schema(description = "Mục đích, yêu cầu", maxLength = PlanRules.LONG_TEXT) String purposes,
    @Schema(description = "Nội dung tuyên truyền", maxLength = PlanRules.LONG_TEXT) String propagandaContent,
    @Schema(description = "Đối tượng tuyên truyền", maxLength = PlanRules.SHORT_TEXT) String propagandaAudience,
    @Schema(description = "Hình thức tuyên truyền", maxLength = PlanRules.SHORT_TEXT) String propagandaForms,
    @Schema(description = "Xây dựng mô hình, điển hình", maxLength = PlanRules.LONG_TEXT) String modelsContent,
    @Schema(description = "Hỗ trợ, nhân rộng", maxLength = PlanRules.LONG_TEXT) String supportContent,
    @Schema(description = "Sơ kết, tổng kết", maxLength = PlanRules.LONG_TEXT) String summaryContent,
    @Schema(description = "Hạn báo cáo 6 tháng (mặc định 07/06 của năm)") LocalDate halfYearReportDue,
    @Schema(description = "Hạn báo cáo năm (mặc định 12/11 của năm)") LocalDate annualReportDue,
    @Schema(description = "Thời hạn xây dựng kế hoạch của đơn vị (ngày sau khi ban hành)", minimum = "1",
        maximum = "" + PlanRules.MAX_IMPLEMENTATION_DAYS) Integer implementationDays,
    @ArraySchema(arraySchema = @Schema(description = "Đơn vị thực hiện (mã)"),
        schema = @Schema(maxLength = UnitView.CODE_LENGTH)) List<String> implementRecipients,
    @ArraySchema(arraySchema = @Schema(description = "Nơi nhận để biết (mã)"),
        schema = @Schema(maxLength = UnitView.CODE_LENGTH)) List<String> informationRecipients,
    @Schema(description = "Nhiệm vụ của các tổ chức thành viên", maxLength = PlanRules.LONG_TEXT)
    String memberOrganisationTasks,
    @Schema(description = "Nhiệm vụ của Ủy ban MTTQ cấp dưới", maxLength = PlanRules.LONG_TEXT)
    String subordinateCommitteeTasks,
    @Schema(description = "Năm bắt đầu giai đoạn tổng kết (không có: không tổng kết giai đoạn)")
    Integer summaryFromYear,
    @Schema(description = "Hạn báo cáo tổng kết giai đoạn") LocalDate summaryReportDue,
    @ArraySchema(arraySchema = @Schema(description = "Nhắc trước hạn báo cáo (số ngày, tối đa "
        + PlanRules.MAX_REMINDERS + " lần)"), schema = @Schema(minimum = "1", maximum = "" + PlanRules.MAX_REMINDER_DAYS))
    List<Integer> reportReminderDays,
    @ArraySchema(arraySchema = @Schema(description = "Nơi nhận để báo cáo, «b/c» (mã; mặc định Ủy ban MTTQ cấp trên)"),
        schema = @Schema(maxLength = UnitView.CODE_LENGTH)) List<String> reportToRecipients,
    @ArraySchema(arraySchema = @Schema(description = "Nơi nhận ngoài hệ thống (tên cơ quan; «(b/c)» sau tên khi"
        + " báo cáo), ví dụ «Ban Thường vụ Thành ủy (b/c)»"), schema = @Schema(maxLength = PlanRules.BODY_NAME_LENGTH))
    List<String> otherRecipients,
    @Schema(description = "Nhiệm vụ của Ban Thường trực đơn vị ban hành", maxLength = PlanRules.LONG_TEXT)
    String issuerTasks,
    @Schema(description = "Nhiệm vụ riêng của từng đơn vị thực hiện, theo mã đơn vị (thêm vào nhiệm vụ chung)",
        additionalPropertiesSchema = String.class) Map<String, String> recipientTasks) {

  /** A request with the default recipients reported to and no own paragraphs. */
  public PlanRequest(String issuingUnitCode, String title, Integer year, String symbol, Integer number,
      String basis, String purposes, String propagandaContent, String propagandaAudience, String propagandaForms,
      String modelsContent, String supportContent, String summaryContent, LocalDate halfYearReportDue,
      LocalDate annualReportDue, Integer implementationDays, List<String> implementRecipients,
      List<String> informationRecipients, String memberOrganisationTasks, String subordinateCommitteeTasks,
      Integer summaryFromYear, LocalDate summaryReportDue, List<Integer> reportReminderDays) {
    this(issuingUnitCode, title, year, symbol, number, basis, purposes, propagandaContent, propagandaAudience,
        propagandaForms, modelsContent, supportContent, summaryContent, halfYearReportDue, annualReportDue,
        implementationDays, implementRecipients, informationRecipients, memberOrganisationTasks,
        subordinateCommitteeTasks, summaryFromYear, summaryReportDue, reportReminderDays, null, null, null, null);
  }

  /** A request without a phase summary and with the default reminders. */
  public PlanRequest(String issuingUnitCode, String title, Integer year, String symbol, Integer number,
      String basis, String purposes, String propagandaContent, String propagandaAudience, String propagandaForms,
      String modelsContent, String supportContent, String summaryContent, LocalDate halfYearReportDue,
      LocalDate annualReportDue, Integer implementationDays, List<String> implementRecipients,
      List<String> informationRecipients, String memberOrganisationTasks, String subordinateCommitteeTasks) {
    this(issuingUnitCode, title, year, symbol, number, basis, purposes, propagandaContent, propagandaAudience,
        propagandaForms, modelsContent, supportContent, summaryContent, halfYearReportDue, annualReportDue,
        implementationDays, implementRecipients, informationRecipients, memberOrganisationTasks,
        subordinateCommitteeTasks, null, null, null);
  }

  PlanDraft toDraft() {
    return toDraft(BusinessTime.today().getYear());
  }

  /** The draft, of the given year when the request names none. */
  PlanDraft toDraft(int defaultYear) {
    int y = year == null ? defaultYear : year;
    return new PlanDraft(title, y, symbol == null ? PlanDraft.DEFAULT_SYMBOL : symbol, number, basis, purposes,
        propagandaContent, propagandaAudience, propagandaForms, modelsContent, supportContent, summaryContent,
        halfYearReportDue == null ? PlanDraft.defaultHalfYearDue(y) : halfYearReportDue,
        annualReportDue == null ? PlanDraft.defaultAnnualDue(y) : annualReportDue,
        implementationDays == null ? PlanDraft.DEFAULT_IMPLEMENTATION_DAYS : implementationDays,
        implementRecipients, informationRecipients, memberOrganisationTasks, subordinateCommitteeTasks,
        summaryFromYear, summaryReportDue,
        reportReminderDays == null || reportReminderDays.isEmpty() ? PlanDraft.DEFAULT_REMINDER_DAYS
            : reportReminderDays, reportToRecipients, otherRecipients, issuerTasks, recipientTasks);
  }
}
