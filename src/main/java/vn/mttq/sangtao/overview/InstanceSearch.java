package vn.mttq.sangtao.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.shared.security.AsSystem;
import vn.mttq.sangtao.shared.web.BadInputException;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * A supervisor finds the process instances of a plan or of a unit as people name them: a plan's number as written
 * ("12/KH", "12/KH-MTTQ-BTT") or a unit's name with or without diacritics ("long khanh"), never the business key
 * with its em dashes. Running and finished instances alike, only those of units at or below the supervisor's unit.
 */
@Component
class InstanceSearch {

  static final int MAX_RESULTS = 50;
  static final int MAX_UNITS = 10;
  static final int QUERY_MAX = 100;
  private static final String DASH = " — ";

  private final HistoryService history;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final IdentityService identityService;
  private final UnitService units;

  InstanceSearch(HistoryService history, TaskService tasks, RepositoryService repository,
      IdentityService identityService, UnitService units) {
    this.history = history;
    this.tasks = tasks;
    this.repository = repository;
    this.identityService = identityService;
    this.units = units;
  }

  /** One instance found: what it is about, where it stands, and where Cockpit shows it while it runs. */
  record Found(String instanceId, String businessKey, String processName, String unitName, String state,
      String startedAt, String endedAt, long openTasks, String cockpitLink) {
  }

  /** What was looked for, how it was read, and what was found (at most {@value #MAX_RESULTS}, newest first). */
  record Answer(String query, String readAs, List<Found> instances, boolean more) {
  }

  Answer search(UnitView root, String query) {
    String text = query == null ? "" : query.strip();
    if (text.length() < 2) {
      throw new BadInputException("Hãy gõ ít nhất 2 ký tự: số kế hoạch (ví dụ 12/KH) hoặc tên đơn vị.");
    }
    if (text.length() > QUERY_MAX) {
      throw new BadInputException("Nội dung tìm dài quá " + QUERY_MAX + " ký tự.");
    }
    Map<Long, UnitView> below = units.byIds(units.subtreeIds(root.code()));
    Map<String, UnitView> byCode = below.values().stream()
        .collect(Collectors.toMap(UnitView::code, u -> u, (a, b) -> a, LinkedHashMap::new));
    Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
    String readAs;
    if (text.matches("\\d+\\s*/.*")) {
      // a plan's number: its instances' business keys begin with it
      String number = text.replaceAll("\\s+", "").replace("%", "").replace("_", "");
      readAs = "Số kế hoạch bắt đầu bằng «" + number + "»";
      AsSystem.call(identityService, () -> history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKeyLike(number + "%").orderByProcessInstanceStartTime().desc()
          .listPage(0, MAX_RESULTS * 4)).forEach(i -> found.putIfAbsent(i.getId(), i));
    } else {
      String folded = Folding.fold(text);
      List<UnitView> named = byCode.values().stream().filter(u -> Folding.fold(u.name()).contains(folded))
          .sorted(Comparator.comparing(UnitView::name, Folding.VIETNAMESE)).limit(MAX_UNITS).toList();
      readAs = named.isEmpty() ? "Không có đơn vị nào tên có «" + text + "» thuộc " + root.name() + "."
          : "Đơn vị: " + named.stream().map(InstanceSearch::named).collect(Collectors.joining("; "));
      for (UnitView unit : named) {
        AsSystem.call(identityService, () -> history.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKeyLike("%" + DASH + unit.code()).orderByProcessInstanceStartTime().desc()
            .listPage(0, MAX_RESULTS)).forEach(i -> found.putIfAbsent(i.getId(), i));
      }
    }
    List<HistoricProcessInstance> mine = found.values().stream()
        .filter(i -> byCode.containsKey(lastCode(i.getBusinessKey())))
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime).reversed()).toList();
    Map<String, String> names = new LinkedHashMap<>();
    List<Found> answer = new ArrayList<>();
    for (HistoricProcessInstance i : mine.stream().limit(MAX_RESULTS).toList()) {
      String name = names.computeIfAbsent(i.getProcessDefinitionId(), id -> {
        ProcessDefinition definition = AsSystem.call(identityService,
            () -> repository.getProcessDefinition(id));
        return definition.getName() == null ? definition.getKey() : definition.getName();
      });
      boolean running = i.getEndTime() == null;
      long open = running ? AsSystem.call(identityService, () -> tasks.createTaskQuery()
          .processInstanceId(i.getId()).count()) : 0;
      answer.add(new Found(i.getId(), i.getBusinessKey(), name, byCode.get(lastCode(i.getBusinessKey())).name(),
          state(i), BusinessTime.format(i.getStartTime().toInstant()),
          i.getEndTime() == null ? null : BusinessTime.format(i.getEndTime().toInstant()), open,
          running ? "#/process-instance/" + i.getId() + "/runtime" : null));
    }
    return new Answer(text, readAs, answer, mine.size() > MAX_RESULTS);
  }

  /** A unit's name, with the day it ended when it no longer exists (two units of one name before and after a merger). */
  private static String named(UnitView unit) {
    java.time.LocalDate today = BusinessTime.today();
    return unit.validTo() != null && unit.validTo().isBefore(today)
        ? unit.name() + " (đến " + BusinessTime.format(unit.validTo()) + ")" : unit.name();
  }

  private static String state(HistoricProcessInstance instance) {
    return switch (instance.getState() == null ? "" : instance.getState()) {
      case HistoricProcessInstance.STATE_ACTIVE -> "Đang chạy";
      case HistoricProcessInstance.STATE_SUSPENDED -> "Tạm dừng";
      case HistoricProcessInstance.STATE_COMPLETED -> "Đã xong";
      case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED, HistoricProcessInstance.STATE_INTERNALLY_TERMINATED ->
          "Đã hủy";
      default -> instance.getEndTime() == null ? "Đang chạy" : "Đã xong";
    };
  }

  /** The unit a business key ends with ("12/KH-MTTQ-BTT (2026) — dn — dn-p-longkhanh" → "dn-p-longkhanh"). */
  static String lastCode(String businessKey) {
    if (businessKey == null) {
      return "";
    }
    int at = businessKey.lastIndexOf(DASH);
    return at < 0 ? "" : businessKey.substring(at + DASH.length()).strip();
  }

}
