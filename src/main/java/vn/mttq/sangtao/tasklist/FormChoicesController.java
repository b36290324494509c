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
@RequestMapping("/api")
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

  /** A start form's pickers, for the signed-in person. */
  @GetMapping("/forms/{formKey}/choices")
  Map<String, Picker> startChoices(@PathVariable String formKey,
      @Parameter(description = "Giá trị hiện có của các trường khác trong biểu mẫu")
      @RequestParam Map<String, String> params) {
    return provider(formKey).choices(new FormChoiceContext(null, currentUser.id(), currentUser.groupIds(),
        given(params)));
  }

  /** The pickers of the form an open task shows, for whom the model names for the task. */
  @GetMapping("/tasks/{taskId}/choices")
  Map<String, Picker> taskChoices(@PathVariable String taskId,
      @Parameter(description = "Giá trị hiện có của các trường khác trong biểu mẫu")
      @RequestParam Map<String, String> params) {
    Map<String, String> given = given(params);
    String userId = currentUser.id();
    List<String> groups = currentUser.groupIds();
    return tasks.read(taskId.strip(), userId, groups, (formKey, task) -> {
      FormChoices choices = formKey == null ? null : byForm.get(formKey);
      return choices == null ? Map.<String, Picker>of()
          : choices.choices(new FormChoiceContext(task, userId, groups, given));
    });
  }

  private FormChoices provider(String formKey) {
    FormChoices choices = byForm.get(formKey);
    if (choices == null) {
      throw new NotFoundException("Biểu mẫu «" + formKey + "» không có danh sách để chọn.");
    }
    return choices;
  }

  private static Map<String, String> given(Map<String, String> params) {
    Map<String, String> given = new LinkedHashMap<>(params);
    given.forEach((name, value) -> {
      if (value != null && value.length() > GIVEN_MAX) {
        throw new BadInputException("Giá trị của trường «" + name + "» dài quá " + GIVEN_MAX + " ký tự.");
      }
    });
    return given;
  }
}
