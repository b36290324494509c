package vn.mttq.sangtao.initiative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/** A unit that applies a recognised initiative records it, with the day it began and what came of it. */
@Component
@Transactional
class InitiativeApplications {

  /** The column's size (V5__councils.sql), also declared in the API contract. */
  static final int RESULT_MAX = 2_000;

  private final InitiativeService service;
  private final InitiativeApplicationRepository applications;
  private final UnitService units;
  private final Clock clock;

  InitiativeApplications(InitiativeService service, InitiativeApplicationRepository applications,
      UnitService units, Clock clock) {
    this.service = service;
    this.applications = applications;
    this.units = units;
    this.clock = clock;
  }

  /** A unit records that it applies a recognised initiative; once per unit. */
  void record(Long initiativeId, String unitCode, java.time.LocalDate appliedFrom, String result,
      String userId) {
    Initiative initiative = service.find(initiativeId);
    List<String> problems = new ArrayList<>();
    if (initiative.getStatus() != InitiativeStatus.RECOGNISED) {
      problems.add("Chỉ ghi nhận áp dụng được sáng kiến đã được công nhận.");
    }
    Optional<UnitView> unit = unitCode == null ? Optional.empty() : units.find(unitCode.strip());
    if (unit.isEmpty()) {
      problems.add("Không có đơn vị mã «" + unitCode + "».");
    } else if (applications.existsByInitiativeIdAndUnitId(initiativeId, unit.get().id())) {
      problems.add("«" + unit.get().name() + "» đã được ghi nhận áp dụng sáng kiến này.");
    }
    if (appliedFrom == null) {
      problems.add("Hãy ghi ngày bắt đầu áp dụng.");
    } else if (appliedFrom.isAfter(BusinessTime.today(clock))) {
      problems.add("Ngày bắt đầu áp dụng không được ở tương lai.");
    }
    if (result != null && result.length() > RESULT_MAX) {
      problems.add("Kết quả áp dụng dài quá " + WholeNumbers.format(RESULT_MAX) + " ký tự.");
    }
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException("Chưa ghi nhận được việc áp dụng:", problems);
    }
    applications.save(new InitiativeApplication(initiativeId, unit.get().id(), appliedFrom,
        result == null || result.isBlank() ? null : result.strip(), userId, clock.instant()));
  }
}
