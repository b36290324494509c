package vn.mttq.sangtao.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every way in to one task through the engine REST API, tried over HTTP by users who are not its own (and by an
 * anonymous caller, as null): reading it, its variables and form, claiming, assigning, delegating, completing and
 * submitting its form with forged answers, setting variables, adding candidates, throwing errors, commenting and
 * attaching. Each is refused (400, 401, 403 or 404) without naming the task, none of them finds it in a task list, and
 * nothing in the engine or the tables changes. Then the task's own user claims it and gives it back.
 *
 * <p>The leaders of the units above (supervisors) read the task, as they read its process instance, and do nothing
 * else with it: every way of working on it is refused them too.
 */
public final class TaskOutsiders {

  private final TestRestTemplate rest;
  private final JdbcTemplate jdbc;

  public TaskOutsiders(TestRestTemplate rest, JdbcTemplate jdbc) {
    this.rest = rest;
    this.jdbc = jdbc;
  }

  /** What an outsider could change: tasks and their assignees, links, comments, variables, records moved. */
  public Map<String, Object> rows() {
    return jdbc.queryForMap("""
        select (select count(*) from act_ru_task) tasks,
               (select string_agg(coalesce(assignee_, '-'), ',' order by id_) from act_ru_task) assignees,
               (select count(*) from act_ru_identitylink) links,
               (select count(*) from act_hi_comment) comments,
               (select count(*) from act_hi_attachment) attachments,
               (select count(*) from act_ru_variable) variables,
               (select count(*) from act_hi_procinst) instances,
               (select count(*) from report where status <> 'OPEN') reports_in,
               (select count(*) from initiative where status <> 'SUBMITTED') initiatives_moved,
               (select count(*) from award_action) award_actions,
               (select count(*) from assessment where status <> 'EDITING') assessments_moved""");
  }

  /** The outsiders try the task with no answers; then {@code owner} claims it and gives it back. */
  public void onlyItsOwnUserWorksOn(Task task, String owner, List<String> outsiders) {
    onlyItsOwnUserWorksOn(task, owner, outsiders, "{}");
  }

  /**
   * The same, completing and submitting with {@code forgedVariables} (a JSON object of engine REST variables), the
   * answers the task's own user would give. An assigned task stays with its assignee: it is not claimed back.
   */
  public void onlyItsOwnUserWorksOn(Task task, String owner, List<String> outsiders, String forgedVariables) {
    onlyItsOwnUserWorksOn(task, owner, outsiders, List.of(), forgedVariables);
  }

  /** The same, with supervisors who read the task and are refused the rest. */
  public void onlyItsOwnUserWorksOn(Task task, String owner, List<String> outsiders, List<String> supervisors,
      String forgedVariables) {
    String path = "/engine-rest/task/" + task.getId();
    String forged = "{\"variables\":" + forgedVariables + "}";
    Map<String, Object> before = rows();
    for (String user : supervisors) {
      Http supervisor = Http.as(rest, user);
      assertThat(supervisor.get(path).getStatusCode().value()).as(user + " reads " + task.getName()).isEqualTo(200);
      assertThat(supervisor.get("/engine-rest/task?processInstanceId=" + task.getProcessInstanceId()).getBody())
          .as(user + " lists the tasks of " + task.getName()).contains(task.getId());
      for (ResponseEntity<String> answer : works(supervisor, user, path, forged)) {
        assertThat(answer.getStatusCode().value()).as(user + " on " + task.getName() + ": " + answer.getBody())
            .isIn(400, 403, 404);
      }
    }
    for (String user : outsiders) {
      Http outsider = Http.as(rest, user);
      List<ResponseEntity<String>> answers = new java.util.ArrayList<>(List.of(outsider.get(path),
          outsider.get(path + "/variables"), outsider.get(path + "/form-variables"), outsider.get(path + "/comment"),
          outsider.get(path + "/attachment")));
      answers.addAll(works(outsider, user, path, forged));
      for (ResponseEntity<String> answer : answers) {
        assertThat(answer.getStatusCode().value()).as(user + " on " + task.getName() + ": " + answer.getBody())
            .isIn(400, 401, 403, 404);
        assertThat(String.valueOf(answer.getBody())).doesNotContain(task.getName());
      }
      if (user != null) {
        assertThat(outsider.get("/engine-rest/task?processInstanceId=" + task.getProcessInstanceId()).getBody())
            .as(user + " lists the tasks of " + task.getName()).isEqualTo("[]");
      }
    }
    assertThat(rows()).as(task.getName()).isEqualTo(before);

    if (task.getAssignee() == null) {
      Http own = Http.as(rest, owner);
      assertThat(own.post(path + "/claim", "{\"userId\":\"" + owner + "\"}").getStatusCode().value())
          .as(owner + " claims " + task.getName()).isEqualTo(204);
      assertThat(own.post(path + "/unclaim", "{}").getStatusCode().value()).isEqualTo(204);
    }
  }

  /** Every way of working on the task: claiming, handing on, completing, changing, commenting, attaching. */
  private static List<ResponseEntity<String>> works(Http caller, String user, String path, String forged) {
    return List.of(
        caller.post(path + "/claim", "{\"userId\":\"" + user + "\"}"),
        caller.post(path + "/assignee", "{\"userId\":\"" + user + "\"}"),
        caller.post(path + "/delegate", "{\"userId\":\"" + user + "\"}"),
        caller.post(path + "/complete", forged),
        caller.post(path + "/submit-form", forged),
        caller.post(path + "/variables", "{\"modifications\":{\"x\":{\"value\":1}}}"),
        caller.post(path + "/identity-links", "{\"userId\":\"" + user + "\",\"type\":\"candidate\"}"),
        caller.post(path + "/bpmnError", "{\"errorCode\":\"ERR_ANY\"}"),
        caller.post(path + "/comment/create", "{\"message\":\"xen ngang\"}"),
        caller.attach(path + "/attachment/create", "x.pdf", "%PDF-1.4".getBytes()));
  }
}
