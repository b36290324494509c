package vn.mttq.sangtao.shared.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The business columns Tasklist's filters show under each task ("Kế hoạch", "Đơn vị", "Kỳ"): copies of labels the
 * tables hold, task-local, set when the task is created and gone when it ends.
 */
public final class TaskColumns {

  public static final String PLAN = "taskPlan";
  public static final String UNIT = "taskUnit";
  public static final String PERIOD = "taskPeriod";

  /** The columns as a Tasklist filter lists them: variable name and Vietnamese label. */
  public static final List<Map<String, String>> FILTER_VARIABLES = List.of(
      Map.of("name", PLAN, "label", "Kế hoạch"),
      Map.of("name", UNIT, "label", "Đơn vị"),
      Map.of("name", PERIOD, "label", "Kỳ"));

  private TaskColumns() {
  }

  /** Sets the columns that apply; a null one is left out. */
  public static void set(DelegateTask task, String plan, String unit, String period) {
    if (plan != null) {
      task.setVariableLocal(PLAN, plan.startsWith("KH") ? plan : "KH số " + plan);
    }
    if (unit != null) {
      task.setVariableLocal(UNIT, unit);
    }
    if (period != null) {
      task.setVariableLocal(PERIOD, period);
    }
  }
}
