package vn.mttq.sangtao.tasklist;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.sangtao.shared.process.FormChoiceContext;
import vn.mttq.sangtao.shared.process.FormChoices;
import vn.mttq.sangtao.shared.process.Picker;
import vn.mttq.sangtao.shared.security.CurrentUser;
import vn.mttq.sangtao.shared.security.NamedTasks;
import vn.mttq.sangtao.shared.web.BadInputException;
import vn.mttq.sangtao.shared.web.NotFoundException;

/**
 * The pickers of a form (units, people, initiatives, reports by name), as Tasklist shows them in place of fields
 * that carry codes. A task's pickers are read only by whom the model names for the task; a start form's are the
 * signed-in person's own (the units they work for and what lies below).
 */
@RestController
@Tag(name = "Biểu mẫu")
@RequestMapping("/api/forms")
class FormChoicesController {

  /** The longest value of another field a form sends along (a unit code, a person's name). */
  static final int GIVEN_MAX = 200;

  private final Map<String, FormChoices> byForm = new LinkedHashMap<>();
  private final NamedTasks tasks;
  private final CurrentUser currentUser;

  FormChoicesController(List<FormChoices> choices, NamedTasks tasks, CurrentUser currentUser) {
    choices.forEach(c -> byForm.put(c.formKey(), c));
    this.tasks = tasks;
    this.currentUser = currentUser;
  }

  @GetMapping("/{formKey}/choices")
  Map<String, Picker> choices(@PathVariable String formKey,
      @Parameter(description = "Mã việc đang mở (không có khi là biểu mẫu bắt đầu)")
      @RequestParam(name = "task", required = false) String taskId,
      @Parameter(description = "Giá trị hiện có của các trường khác trong biểu mẫu")
      @RequestParam Map<String, String> params) {
    FormChoices choices = byForm.get(formKey);
    if (choices == null) {
      throw new NotFoundException("Biểu mẫu «" + formKey + "» không có danh sách để chọn.");
    }
    Map<String, String> given = new LinkedHashMap<>(params);
    given.remove("task");
    given.forEach((name, value) -> {
      if (value != null && value.length() > GIVEN_MAX) {
        throw new BadInputException("Giá trị của trường «" + name + "» dài quá " + GIVEN_MAX + " ký tự.");
      }
    });
    String userId = currentUser.id();
    List<String> groups = currentUser.groupIds();
    if (taskId == null || taskId.isBlank()) {
      return choices.choices(new FormChoiceContext(null, userId, groups, given));
    }
    return tasks.read(taskId.strip(), formKey, userId, groups,
        task -> choices.choices(new FormChoiceContext(task, userId, groups, given)));
  }
}
