package vn.mttq.sangtao.initiative;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.tasklist.TasklistFilters;

/**
 * The Tasklist filter "Hội đồng": the initiatives a council member is asked to score, shared with each member when
 * their scoring task is created (nobody else sees it in their list).
 */
@Component
@Order(31)
public class CouncilFilter implements ApplicationRunner {

  public static final String NAME = "Hội đồng";

  private final TasklistFilters filters;

  CouncilFilter(TasklistFilters filters) {
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    filters.ensure(NAME, "Sáng kiến tôi được mời chấm trong hội đồng xét sáng kiến", -10, "#15803d", false,
        filters.assignedToViewer().taskDefinitionKey(InitiativeReviewProcess.USER_TASK_VOTE));
  }

  /** Lets a council member see the filter. */
  void shareWith(String userId) {
    filters.shareWith(NAME, userId);
  }
}
