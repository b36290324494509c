package vn.mttq.sangtao.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/** A committee's inspection visits to its subordinate units; they count in its reports. */
@Service
@Transactional
class InspectionService {

  /** The column's size (V6__reports.sql), also declared in the API contract. */
  static final int FINDINGS_MAX = 4_000;

  private final InspectionRepository inspections;
  private final UnitService units;
  private final Clock clock;

  InspectionService(InspectionRepository inspections, UnitService units, Clock clock) {
    this.clock = clock;
    this.inspections = inspections;
    this.units = units;
  }

  public InspectionView record(String inspectingCode, String inspectedCode, LocalDate visitDate, String findings,
      String userId) {
    List<String> problems = new ArrayList<>();
    Optional<UnitView> inspecting = inspectingCode == null ? Optional.empty() : units.find(inspectingCode.strip());
    Optional<UnitView> inspected = inspectedCode == null ? Optional.empty() : units.find(inspectedCode.strip());
    if (inspecting.isEmpty()) {
      problems.add("Không có đơn vị kiểm tra mã «" + inspectingCode + "».");
    } else if (!inspecting.get().frontCommittee()) {
      problems.add("«" + inspecting.get().name() + "» không phải Ủy ban MTTQ, không tổ chức kiểm tra.");
    }
    if (inspected.isEmpty()) {
      problems.add("Không có đơn vị được kiểm tra mã «" + inspectedCode + "».");
    } else if (inspecting.isPresent() && (inspected.get().id().equals(inspecting.get().id())
        || !units.subtreeIds(inspecting.get().code()).contains(inspected.get().id()))) {
      problems.add("«" + inspected.get().name() + "» không phải đơn vị cấp dưới của «" + inspecting.get().name()
          + "».");
    }
    if (visitDate == null) {
      problems.add("Hãy ghi ngày kiểm tra.");
    } else if (visitDate.isAfter(BusinessTime.today())) {
      problems.add("Ngày kiểm tra không được ở tương lai.");
    }
    if (findings == null || findings.isBlank()) {
      problems.add("Hãy ghi kết quả kiểm tra.");
    } else if (findings.length() > FINDINGS_MAX) {
      problems.add("Kết quả kiểm tra dài quá " + WholeNumbers.format(FINDINGS_MAX) + " ký tự.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa ghi được cuộc kiểm tra:", problems);
    }
    Inspection saved = inspections.save(new Inspection(inspecting.get().id(), inspected.get().id(), visitDate,
        findings.strip(), userId, clock.instant()));
    return new InspectionView(saved.getId(), inspecting.get().code(), inspected.get().code(), inspected.get().name(),
        visitDate, saved.getFindings());
  }

  @Transactional(readOnly = true)
  public List<InspectionView> by(String inspectingCode) {
    UnitView inspecting = units.get(inspectingCode);
    List<Inspection> found = inspections.findByInspectingUnitIdOrderByVisitDateDesc(inspecting.id());
    var byId = units.byIds(found.stream().map(Inspection::getInspectedUnitId).toList());
    return found.stream().map(i -> new InspectionView(i.getId(), inspecting.code(),
        byId.get(i.getInspectedUnitId()).code(), byId.get(i.getInspectedUnitId()).name(), i.getVisitDate(),
        i.getFindings())).toList();
  }

  /** An inspection visit as read. */
  public record InspectionView(Long id, String inspectingUnitCode, String inspectedUnitCode, String inspectedUnitName,
      LocalDate visitDate, String findings) {
  }
}
