package vn.mttq.sangtao.plan;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.mttq.sangtao.unit.UnitView;

/**
 * A plan issued outside the system, sent to {@code POST /api/plans/recorded} to be recorded with its own number and
 * date: by a unit of the tree on paper ({@code plan.issuingUnitCode}, the recording unit itself or a unit above it),
 * or by a body outside the tree ({@code issuingBodyName}: the Central Committee, the Party committee).
 */
public record RecordedPlanRequest(
    @Schema(description = "Đơn vị ghi nhận kế hoạch (mã): đơn vị mà người gửi là cán bộ", maxLength = UnitView.CODE_LENGTH)
    String recordingUnitCode,
    @Schema(description = "Cơ quan ban hành ngoài hệ thống (tên), khi kế hoạch không do một đơn vị trong hệ thống ban"
        + " hành; khi đó để trống plan.issuingUnitCode", maxLength = PlanRules.BODY_NAME_LENGTH)
    String issuingBodyName,
    @Schema(description = "Ngày ban hành ghi trên văn bản") LocalDate issuedOn,
    @Schema(description = "Người ký (TM. Ban Thường trực)", maxLength = PlanRules.SIGNER_LENGTH) String signerName,
    @Schema(description = "Kế hoạch cấp trên mà kế hoạch này thực hiện (số hiệu trong hệ thống)") Long parentPlanId,
    @Schema(description = "Nội dung kế hoạch như văn bản ghi; số kế hoạch là bắt buộc, năm mặc định là năm ban hành")
    PlanRequest plan) {
}
