package vn.mttq.sangtao.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.LineVisibility;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Carries an issued plan to its recipients, a batch at a time (each batch its own transaction, so a national plan
 * never holds thousands of instances in one), and follows each recipient's implementation.
 */
@Service
@Transactional
class PlanCascadeService {

  /** Recipients started per cascade step. */
  public static final int BATCH_SIZE = 100;

  private final PlanService planService;
  private final PlanDrafting drafting;
  private final PlanRecording recording;
  private final PlanImplementationRepository implementations;
  private final UnitService units;
  private final RuntimeService runtimeService;
  private final NoticeService notices;
  private final LineVisibility visibility;
  private final PendingImplementations pending;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  PlanCascadeService(PlanService planService, PlanDrafting drafting, PlanRecording recording,
      PlanImplementationRepository implementations, UnitService units, RuntimeService runtimeService, NoticeService notices, LineVisibility visibility,
      PendingImplementations pending, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.clock = clock;
    this.visibility = visibility;
    this.pending = pending;
    this.planService = planService;
    this.drafting = drafting;
    this.recording = recording;
    this.implementations = implementations;
    this.units = units;
    this.runtimeService = runtimeService;
    this.notices = notices;
  }

  /**
   * Starts {@code planImplementation} for up to {@code batchSize} implementing recipients that have none yet; returns
   * whether recipients remain. The unique (plan, unit) row makes a retried batch start nobody twice.
   */
  public boolean cascadeBatch(Long planId, int batchSize) {
    PlanView plan = planService.get(planId);
    if (plan.status() != PlanStatus.ISSUED) {
      throw new IllegalStateException("Plan " + planId + " is not issued");
    }
    List<Long> unitIds = implementations.unitsWithoutImplementation(planId, PageRequest.of(0, batchSize));
    Map<Long, UnitView> byId = units.byIds(unitIds);
    pending.insert(planId, unitIds, plan.implementationDue(), clock.instant());
    for (PlanImplementation implementation : implementations.findByPlanIdAndUnitIdInOrderById(planId, unitIds)) {
      UnitView unit = byId.get(implementation.getUnitId());
      String processInstanceId = runtimeService.startProcessInstanceByKey(PlanImplementationProcess.KEY,
          plan.businessKey() + " — " + unit.code(),
          Map.of(PlanImplementationProcess.VAR_IMPLEMENTATION_ID, implementation.getId(),
              PlanImplementationProcess.VAR_PLAN_ID, planId)).getId();
      implementation.started(processInstanceId);
      visibility.grant(processInstanceId, unit.code());
    }
    if (!unitIds.isEmpty()) {
      events.publishEvent(new RecipientsStarted(planId, unitIds.size()));
    }
    return !implementations.unitsWithoutImplementation(planId, PageRequest.of(0, 1)).isEmpty();
  }

  /**
   * Sends a notice to each recipient in the tree that is reported to ("b/c") or receives the plan for information;
   * a retry sends none twice. Bodies outside the tree receive the paper document.
   */
  public void notifyInformationRecipients(Long planId) {
    PlanView plan = planService.get(planId);
    for (PlanView.Recipient recipient : plan.recipients()) {
      boolean reported = recipient.kind() == RecipientKind.REPORT_TO;
      if (recipient.unitCode() == null || !reported && recipient.kind() != RecipientKind.INFORMATION) {
        continue;
      }
      UnitView unit = units.get(recipient.unitCode());
      notices.notifyGroup(UnitGroups.leaders(unit.code()), unit.id(), "PLAN_RECEIVED",
          plan.reference() + (reported ? " (b/c)" : " (để biết)"),
          "«" + plan.title() + "» của " + plan.issuingUnitName() + ", ban hành ngày "
              + BusinessTime.format(plan.issuedOn()) + (reported ? "; gửi để báo cáo." : "; gửi để biết."),
          "plan:" + plan.id(), "plan:" + plan.id() + ":information:" + unit.code());
    }
    planService.markInformationRecipientsNotified(planId);
  }

  /** The unit confirms it received the plan: only a ticked "Đơn vị đã nhận kế hoạch" confirms it. */
  public void acknowledge(Long implementationId, Boolean received, String userId) {
    if (!Boolean.TRUE.equals(received)) {
      throw new PlanValidationException(List.of("Hãy đánh dấu «Đơn vị đã nhận kế hoạch» để xác nhận đã nhận."));
    }
    find(implementationId).acknowledge(userId, clock.instant());
  }

  /**
   * Saves the unit's own plan from the build form: a committee with recipients of its own gets a draft to issue
   * through {@code planIssuance}; any other unit's plan is recorded. Returns whether it must be issued.
   */
  public boolean buildOwnPlan(Long implementationId, PlanDraft draft, String userId) {
    PlanImplementation implementation = find(implementationId);
    UnitView unit = units.byId(implementation.getUnitId());
    boolean issues = unit.frontCommittee() && !planService.implementers(unit.code(), BusinessTime.today()).isEmpty();
    PlanView own = issues
        ? drafting.submitDraft(implementation.getOwnPlanId(), unit.code(), implementation.getPlanId(), draft, userId)
        : recording.record(unit.code(), implementation.getPlanId(), draft, userId);
    implementation.acknowledge(userId, clock.instant());
    implementation.ownPlan(own.id());
    return issues;
  }

  public void complete(Long implementationId, boolean issued) {
    find(implementationId).complete(issued ? ImplementationStatus.PLAN_ISSUED : ImplementationStatus.RECORDED,
        clock.instant());
  }

  @Transactional(readOnly = true)
  public ImplementationView implementation(Long implementationId) {
    PlanImplementation implementation = find(implementationId);
    UnitView unit = units.byId(implementation.getUnitId());
    return new ImplementationView(implementation.getId(), implementation.getPlanId(), unit.code(), unit.name(),
        implementation.getStatus(), implementation.getDueDate(), implementation.getOwnPlanId());
  }

  /** The {@code planImplementation} instance of a recipient unit, if the cascade has reached it. */
  @Transactional(readOnly = true)
  public Optional<String> processInstanceOf(Long planId, String unitCode) {
    return implementations.findByPlanIdAndUnitId(planId, units.get(unitCode).id())
        .map(PlanImplementation::getProcessInstanceId);
  }

  /** The {@code planImplementation} instances the cascade of a plan has started. */
  @Transactional(readOnly = true)
  public List<String> processInstancesOf(Long planId) {
    return implementations.findByPlanIdIn(List.of(planId)).stream().map(PlanImplementation::getProcessInstanceId)
        .toList();
  }

  /** Counts per state and the overdue units for the whole subtree below a plan. */
  @Transactional(readOnly = true)
  public PlanProgress progress(Long planId) {
    PlanView plan = planService.get(planId);
    LocalDate today = BusinessTime.today();
    List<PlanImplementation> all = new ArrayList<>();
    Set<Long> frontier = Set.of(planId);
    int levels = 0;
    while (!frontier.isEmpty()) {
      List<PlanImplementation> level = new ArrayList<>();
      for (List<Long> chunk : chunks(List.copyOf(frontier), 1000)) {
        level.addAll(implementations.findByPlanIdIn(chunk));
      }
      if (!level.isEmpty()) {
        levels++;
      }
      all.addAll(level);
      frontier = level.stream().map(PlanImplementation::getOwnPlanId).filter(Objects::nonNull)
          .collect(Collectors.toSet());
    }
    Map<ImplementationStatus, Long> byStatus = new EnumMap<>(ImplementationStatus.class);
    for (ImplementationStatus status : ImplementationStatus.values()) {
      byStatus.put(status, 0L);
    }
    all.forEach(i -> byStatus.merge(i.getStatus(), 1L, Long::sum));
    List<PlanImplementation> late = all.stream().filter(i -> isOverdue(i, today)).toList();
    Map<Long, UnitView> lateUnits = units.byIds(late.stream().map(PlanImplementation::getUnitId).toList());
    Map<Long, String> numbers = new HashMap<>();
    List<PlanProgress.Unit> overdueUnits = late.stream()
        .map(i -> new PlanProgress.Unit(lateUnits.get(i.getUnitId()).code(), lateUnits.get(i.getUnitId()).name(),
            numbers.computeIfAbsent(i.getPlanId(), id -> planService.get(id).numberAndSymbol()), i.getDueDate(),
            i.getStatus()))
        .sorted(Comparator.comparing(PlanProgress.Unit::dueDate).thenComparing(PlanProgress.Unit::unitCode))
        .toList();
    return new PlanProgress(plan.id(), plan.numberAndSymbol(), plan.title(), levels, all.size(), byStatus,
        overdueUnits.size(), overdueUnits);
  }

  private static boolean isOverdue(PlanImplementation implementation, LocalDate today) {
    boolean open = implementation.getStatus() == ImplementationStatus.PENDING
        || implementation.getStatus() == ImplementationStatus.ACKNOWLEDGED;
    return open && implementation.getDueDate().isBefore(today);
  }

  private static <T> List<List<T>> chunks(List<T> list, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < list.size(); from += size) {
      chunks.add(list.subList(from, Math.min(list.size(), from + size)));
    }
    return chunks;
  }

  private PlanImplementation find(Long implementationId) {
    return implementations.findById(implementationId)
        .orElseThrow(() -> new NotFoundException("Không có việc triển khai số " + implementationId + "."));
  }

  /** One recipient's implementation of a plan. */
  public record ImplementationView(Long id, Long planId, String unitCode, String unitName,
      ImplementationStatus status, LocalDate dueDate, Long ownPlanId) {
  }
}
