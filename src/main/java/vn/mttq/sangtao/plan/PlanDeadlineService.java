package vn.mttq.sangtao.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * The deadline of the recipients' own plans, watched once per issued plan rather than once per recipient: the
 * reminders and the escalation go to every recipient still at work, in one step. Its moments are read by the
 * {@code planDeadlineWatch} model ({@code ${planDeadlines.firstReminder(planId)}}): 3 and 1 days before the deadline
 * and the day after it, at 08:00 business time.
 */
@Service("planDeadlines")
@Transactional
public class PlanDeadlineService {

  private static final List<ImplementationStatus> OPEN =
      List.of(ImplementationStatus.PENDING, ImplementationStatus.ACKNOWLEDGED);

  private final PlanService planService;
  private final PlanImplementationRepository implementations;
  private final UnitService units;
  private final NoticeService notices;

  PlanDeadlineService(PlanService planService, PlanImplementationRepository implementations, UnitService units,
      NoticeService notices) {
    this.planService = planService;
    this.implementations = implementations;
    this.units = units;
    this.notices = notices;
  }

  @Transactional(readOnly = true)
  public Date firstReminder(Long planId) {
    return at(due(planId).minusDays(PlanDeadlineWatchProcess.FIRST_REMINDER_DAYS));
  }

  @Transactional(readOnly = true)
  public Date lastReminder(Long planId) {
    return at(due(planId).minusDays(PlanDeadlineWatchProcess.LAST_REMINDER_DAYS));
  }

  @Transactional(readOnly = true)
  public Date overdue(Long planId) {
    return at(due(planId).plusDays(1));
  }

  /**
   * Reminds the staff of every recipient whose own plan is not done yet; returns how many there are. The notice
   * counts the days actually left (a reminder that fires late after a stop says so); a retry sends none twice.
   */
  public int remindOpen(Long planId, int reminderDays) {
    PlanView plan = planService.get(planId);
    List<PlanImplementation> open = implementations.findByPlanIdAndStatusIn(planId, OPEN);
    long daysLeft = ChronoUnit.DAYS.between(BusinessTime.today(), plan.implementationDue());
    if (daysLeft < 0) {
      return open.size();
    }
    String title = daysLeft == 0
        ? "Hôm nay là hạn xây dựng kế hoạch thực hiện " + plan.numberAndSymbol()
        : "Còn " + daysLeft + " ngày để xây dựng kế hoạch thực hiện " + plan.numberAndSymbol();
    String body = "Hạn là ngày " + BusinessTime.format(plan.implementationDue()) + ".";
    Map<Long, UnitView> byId = units.byIds(open.stream().map(PlanImplementation::getUnitId).toList());
    for (PlanImplementation implementation : open) {
      UnitView unit = byId.get(implementation.getUnitId());
      notices.notifyGroup(UnitGroups.staff(unit.code()), unit.id(), "REMINDER", title, body, "plan:" + planId,
          "implementation:" + implementation.getId() + ":reminder:" + reminderDays);
    }
    return open.size();
  }

  /**
   * Tells the issuing committee's leaders which recipients have not built their plan by the deadline (one notice
   * listing them), and each of those recipients' staff that it is overdue.
   */
  public void escalateOverdue(Long planId) {
    PlanView plan = planService.get(planId);
    List<PlanImplementation> open = implementations.findByPlanIdAndStatusIn(planId, OPEN);
    if (open.isEmpty()) {
      return;
    }
    Map<Long, UnitView> byId = units.byIds(open.stream().map(PlanImplementation::getUnitId).toList());
    String due = "Hạn là ngày " + BusinessTime.format(plan.implementationDue()) + ".";
    for (PlanImplementation implementation : open) {
      UnitView unit = byId.get(implementation.getUnitId());
      notices.notifyGroup(UnitGroups.staff(unit.code()), unit.id(), "ESCALATION",
          "Quá hạn: " + unit.name() + " chưa xây dựng kế hoạch thực hiện " + plan.numberAndSymbol(), due,
          "plan:" + planId, "implementation:" + implementation.getId() + ":overdue");
    }
    String names = open.stream().map(i -> byId.get(i.getUnitId()).name()).sorted().collect(Collectors.joining("; "));
    UnitView issuer = units.get(plan.issuingUnitCode());
    notices.notifyGroup(UnitGroups.leaders(issuer.code()), issuer.id(), "ESCALATION",
        open.size() + " đơn vị chưa xây dựng kế hoạch thực hiện " + plan.numberAndSymbol(), names + ". " + due,
        "plan:" + planId, "plan:" + planId + ":overdue");
  }

  private LocalDate due(Long planId) {
    return planService.get(planId).implementationDue();
  }

  /** A moment of a business day, at the hour notices go out. */
  static Date at(LocalDate day) {
    return BusinessTime.at(day, PlanDeadlineWatchProcess.NOTICE_HOUR, 0);
  }
}
