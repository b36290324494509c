package vn.mttq.sangtao.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

  long countByInspectingUnitIdAndVisitDateBetween(Long inspectingUnitId, LocalDate from, LocalDate to);

  List<Inspection> findByInspectingUnitIdOrderByVisitDateDesc(Long inspectingUnitId);
}
