package vn.mttq.sangtao.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportRepository extends JpaRepository<Report, Long> {

  Optional<Report> findByPlanIdAndUnitIdAndPeriodAndPeriodYear(Long planId, Long unitId, ReportPeriod period,
      int periodYear);

  List<Report> findByPlanIdAndPeriodAndPeriodYear(Long planId, ReportPeriod period, int periodYear);

  List<Report> findByReceivingUnitIdAndPeriodAndPeriodYearOrderById(Long receivingUnitId, ReportPeriod period,
      int periodYear);

  List<Report> findByUnitIdAndPeriodAndPeriodYear(Long unitId, ReportPeriod period, int periodYear);

  List<Report> findByReceivingUnitIdInAndPeriodAndPeriodYear(Collection<Long> receivingUnitIds, ReportPeriod period,
      int periodYear);

  List<Report> findByUnitIdInAndStatusAndPeriodYearBetween(Collection<Long> unitIds, ReportStatus status,
      int fromYear, int toYear);

  @Query("select distinct r.planId, r.period, r.periodYear, r.fromYear, r.dueDate from Report r where r.unitId in :unitIds")
  List<Object[]> periodsOf(@Param("unitIds") Collection<Long> unitIds);
}
