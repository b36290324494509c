package vn.mttq.sangtao.initiative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/** Lists of initiatives for staff and for the public registry. */
@Component
@Transactional(readOnly = true)
class InitiativeSearch {

  private final InitiativeRepository initiatives;
  private final InitiativeApplicationRepository applications;
  private final UnitService units;

  InitiativeSearch(InitiativeRepository initiatives, InitiativeApplicationRepository applications,
      UnitService units) {
    this.initiatives = initiatives;
    this.applications = applications;
    this.units = units;
  }

  /**
   * Initiatives by status, receiving committee's subtree ({@code unitCode}), content area and year, newest first.
   * Codes that mean nothing are refused with a Vietnamese message.
   */
  org.springframework.data.domain.Page<InitiativeListItem> search(String status, String unitCode,
      String contentArea, Integer year, int page, int size) {
    return search(status, unitCode, contentArea, year, null, page, size);
  }

  /** As above, narrowed to one tracking code when one is given (written in any case, with or without spaces). */
  org.springframework.data.domain.Page<InitiativeListItem> search(String status, String unitCode,
      String contentArea, Integer year, String trackingCode, int page, int size) {
    List<String> problems = new ArrayList<>();
    InitiativeStatus parsedStatus = null;
    if (status != null && !status.isBlank()) {
      parsedStatus = java.util.Arrays.stream(InitiativeStatus.values()).filter(s -> s.name().equals(status.strip()))
          .findFirst().orElse(null);
      if (parsedStatus == null) {
        problems.add("Trạng thái «" + status + "» không có.");
      }
    }
    ContentArea area = null;
    if (contentArea != null && !contentArea.isBlank()) {
      area = ContentArea.parse(contentArea.strip()).orElse(null);
      if (area == null) {
        problems.add("Nội dung «" + contentArea + "» không phải một trong năm nội dung của phong trào.");
      }
    }
    java.util.Set<Long> subtree = null;
    if (unitCode != null && !unitCode.isBlank()) {
      if (units.find(unitCode.strip()).isEmpty()) {
        problems.add("Không có đơn vị mã «" + unitCode + "».");
      } else {
        subtree = units.subtreeIds(unitCode.strip());
      }
    }
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException("Điều kiện tìm kiếm chưa hợp lệ:", problems);
    }
    String code = trackingCode == null || trackingCode.isBlank() ? null
        : java.util.Objects.requireNonNullElse(TrackingCodes.normalise(trackingCode), trackingCode.strip());
    var found = initiatives.findAll(new InitiativeQuery(parsedStatus, subtree, area, year, code).specification(),
        org.springframework.data.domain.PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, 100)),
            org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id")));
    Map<Long, UnitView> byId = units.byIds(found.stream()
        .flatMap(i -> java.util.stream.Stream.of(i.getAuthorUnitId(), i.getReceivingUnitId())).toList());
    return found.map(i -> new InitiativeListItem(i.getId(), i.getTrackingCode(), i.getTitle(), i.getSummary(),
        i.getContentArea(), i.getContentArea().label(), i.getAuthorKind(), i.getAuthorNames(),
        byId.get(i.getAuthorUnitId()).name(), byId.get(i.getReceivingUnitId()).code(),
        byId.get(i.getReceivingUnitId()).name(), i.getStatus(), i.getStatus().label(), i.getSubmittedYear(),
        i.getDecidedAt() == null ? null
            : BusinessTime.format(i.getDecidedAt().atZone(BusinessTime.ZONE).toLocalDate()),
        applications.countByInitiativeId(i.getId())));
  }
}
