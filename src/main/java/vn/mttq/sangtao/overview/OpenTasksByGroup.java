package vn.mttq.sangtao.overview;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.security.AsSystem;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * The open tasks offered to each group of the supervisor's line (the staff and leaders of their unit and of every
 * unit below), as Cockpit's "Công việc" page lists them. The engine's own report counts every group and may only be
 * read by who reads every task; the groups outside the line are left out here.
 */
@Component
class OpenTasksByGroup {

  /** As Cockpit reads a row of the report: the group's id (Cockpit shows its name) and its open tasks. */
  record GroupCount(String groupName, int taskCount) {
  }

  private final TaskService tasks;
  private final IdentityService identityService;
  private final UnitService units;

  OpenTasksByGroup(TaskService tasks, IdentityService identityService, UnitService units) {
    this.tasks = tasks;
    this.identityService = identityService;
    this.units = units;
  }

  List<GroupCount> of(UnitView supervised) {
    Set<String> line = units.byIds(units.subtreeIds(supervised.code())).values().stream().map(UnitView::code)
        .collect(Collectors.toSet());
    return AsSystem.call(identityService, () -> tasks.createTaskReport().taskCountByCandidateGroup()).stream()
        .filter(row -> row.getGroupName() != null
            && UnitGroups.unitCodeOf(row.getGroupName()).filter(line::contains).isPresent())
        .map(row -> new GroupCount(row.getGroupName(), row.getTaskCount()))
        .toList();
  }
}
