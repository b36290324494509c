package vn.mttq.sangtao.overview;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.sangtao.shared.security.CurrentUser;

/**
 * The supervisor's overview, for the page Cockpit shows ("Tổng quan phong trào"): also answers the Cockpit session,
 * so a supervisor signed in there needs no second sign-in.
 */
@RestController
@Tag(name = "Tổng quan")
@RequestMapping("/api/overview")
class OverviewController {

  private final OverviewService overview;
  private final InstanceSearch search;
  private final OpenTasksByGroup openTasks;
  private final CurrentUser currentUser;

  OverviewController(OverviewService overview, InstanceSearch search, OpenTasksByGroup openTasks,
      CurrentUser currentUser) {
    this.overview = overview;
    this.search = search;
    this.openTasks = openTasks;
    this.currentUser = currentUser;
  }

  /** The process instances of a plan (by its number, "12/KH") or of units (by name) in the supervisor's line. */
  @GetMapping("/instances")
  InstanceSearch.Answer instances(@RequestParam(name = "q", required = false) String query,
      @RequestParam(required = false) String unit) {
    return search.search(overview.supervised(currentUser.groupIds(), currentUser.isAdministrator(), unit), query);
  }

  /** The open tasks of each group in the supervisor's line, for Cockpit's "Công việc" page. */
  @GetMapping("/task-groups")
  java.util.List<OpenTasksByGroup.GroupCount> taskGroups(@RequestParam(required = false) String unit) {
    return openTasks.of(overview.supervised(currentUser.groupIds(), currentUser.isAdministrator(), unit));
  }

  @GetMapping("/choices")
  SupervisorOverview.Choices choices(@RequestParam(required = false) String unit) {
    return overview.choices(currentUser.groupIds(), currentUser.isAdministrator(), unit);
  }

  @GetMapping
  SupervisorOverview get(@RequestParam(required = false) String unit, @RequestParam(required = false) Long plan,
      @RequestParam(required = false) String period, @RequestParam(required = false) Integer year) {
    return overview.overview(currentUser.groupIds(), currentUser.isAdministrator(), unit, plan, period, year);
  }
}
