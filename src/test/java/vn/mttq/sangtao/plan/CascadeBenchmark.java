package vn.mttq.sangtao.plan;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.NationalTree;
import vn.mttq.sangtao.support.PostgresTestDatabase;
import vn.mttq.sangtao.unit.UnitImportService;

/**
 * The national cascade on PostgreSQL against the bare engine in the same run. Prints figures, asserts none:
 * {@code ./mvnw -Pbenchmark verify} (sizes: {@code -Dbenchmark.provinces=34 -Dbenchmark.communes=98}).
 *
 * <p>A synthetic tree (centre, provinces, communes, five member organisations at each) is imported; the centre
 * issues a plan; each province acknowledges, builds, approves and issues its own plan to its communes and member
 * organisations. Measured: the time until every unit two levels down has its acknowledge task, the rate of
 * completing those tasks, and the peak heap; then the bare engine starts the same number of instances of a
 * trivial process (start, service task, user task) and completes as many tasks.
 */
class CascadeBenchmark {

  private static final int PROVINCES = Integer.getInteger("benchmark.provinces", 34);
  private static final int COMMUNES = Integer.getInteger("benchmark.communes", 98);
  private static final String[] MEMBERS = NationalTree.MEMBERS;

  private ProcessEngine engine;
  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;

  @Test
  void nationalCascadeAgainstTheBareEngine() throws Exception {
    try (EmbeddedPostgres postgres = PostgresTestDatabase.startEmbedded();
        ConfigurableApplicationContext app = BenchmarkApp.start(postgres, false)) {
      engine = app.getBean(ProcessEngine.class);
      runtime = engine.getRuntimeService();
      tasks = engine.getTaskService();
      management = engine.getManagementService();
      String tree = syntheticTree();
      long units = tree.lines().count() - 1;
      long t = System.nanoTime();
      app.getBean(UnitImportService.class).importCsv(tree.getBytes(StandardCharsets.UTF_8));
      double importSeconds = BenchmarkApp.seconds(t);
      deployBareProcess();
      bareStarts(200);
      completeAll(tasks.createTaskQuery().processDefinitionKey("bareBenchmark").list());
      // the bare engine's starts: half before the cascade, half after it, so that the database and the JVM the
      // bare engine sees are on average those the cascade saw
      long expectedAcks = MEMBERS.length + (long) PROVINCES * (1 + COMMUNES + MEMBERS.length);
      int bareBefore = (int) expectedAcks / 2;
      t = System.nanoTime();
      bareStarts(bareBefore);
      double bareStartSeconds = BenchmarkApp.seconds(t);
      BenchmarkApp.resetPeakHeap();

      // the cascade
      t = System.nanoTime();
      PlanIssuanceStarter.Started centre = app.getBean(PlanIssuanceStarter.class).start(new PlanRequest("qg",
          "Kế hoạch toàn quốc", BusinessYear.next(), null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, List.of(), null, null), "admin");
      completeTaskOf(centre.processInstanceId(), Map.of("decision", "approve"));
      PlanCascadeService cascadeService = app.getBean(PlanCascadeService.class);
      runJobs();
      double provinceWork = 0;
      double[] steps = new double[4];
      for (int p = 1; p <= PROVINCES; p++) {
        long w = System.nanoTime();
        // found as the application finds it (plan and unit), not by a business-key pattern the database must scan
        String province = cascadeService.processInstanceOf(centre.plan().id(), province(p)).orElseThrow();
        completeTaskOf(province, Map.of("received", true));
        steps[0] += BenchmarkApp.seconds(w);
        long s = System.nanoTime();
        Task build = tasks.createTaskQuery().processInstanceId(province).singleResult();
        Map<String, Object> form = new HashMap<>(tasks.getVariablesLocal(build.getId()));
        form.put("informationRecipients", "");
        tasks.complete(build.getId(), form);
        steps[1] += BenchmarkApp.seconds(s);
        s = System.nanoTime();
        runJobs();
        steps[2] += BenchmarkApp.seconds(s);
        s = System.nanoTime();
        String issuance = runtime.createProcessInstanceQuery().superProcessInstanceId(province).singleResult().getId();
        completeTaskOf(issuance, Map.of("decision", "approve"));
        steps[3] += BenchmarkApp.seconds(s);
        provinceWork += BenchmarkApp.seconds(w);
        runJobs();
      }
      System.out.printf("provinces' steps: acknowledge %.2f s, build %.2f s, draft to approval %.2f s, approve %.2f s%n",
          steps[0], steps[1], steps[2], steps[3]);
      long acks = tasks.createTaskQuery().taskDefinitionKey(PlanImplementationProcess.USER_TASK_ACKNOWLEDGE).count()
          + PROVINCES;
      double cascadeSeconds = BenchmarkApp.seconds(t);
      long cascadeStarts = runtime.createProcessInstanceQuery().count()
          + engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();

      long peakHeap = BenchmarkApp.peakHeapBytes();

      // the bare engine's other half of the same number of starts
      t = System.nanoTime();
      bareStarts((int) expectedAcks - bareBefore);
      bareStartSeconds += BenchmarkApp.seconds(t);

      // completions, ours and the bare engine's in turns of 250, so that both see the same database and the same
      // state of the JVM (table growth, autovacuum, compilation) instead of one after the other
      List<Task> open = tasks.createTaskQuery().taskDefinitionKey(PlanImplementationProcess.USER_TASK_ACKNOWLEDGE)
          .list();
      List<Task> bareTasks = tasks.createTaskQuery().processDefinitionKey("bareBenchmark").list()
          .subList(0, open.size());
      double completeSeconds = 0;
      double bareCompleteSeconds = 0;
      for (int from = 0; from < open.size(); from += 250) {
        int to = Math.min(from + 250, open.size());
        t = System.nanoTime();
        for (Task task : open.subList(from, to)) {
          tasks.complete(task.getId(), Map.of("received", true));
        }
        completeSeconds += BenchmarkApp.seconds(t);
        t = System.nanoTime();
        completeAll(bareTasks.subList(from, to));
        bareCompleteSeconds += BenchmarkApp.seconds(t);
      }

      double cascadeRate = expectedAcks / cascadeSeconds;
      double bareStartRate = expectedAcks / bareStartSeconds;
      double completeRate = open.size() / completeSeconds;
      double bareCompleteRate = open.size() / bareCompleteSeconds;
      System.out.printf("%n=== Cascade benchmark (PostgreSQL, %d provinces x %d communes, %d units) ===%n",
          PROVINCES, COMMUNES, units);
      System.out.printf("unit import:                     %8.1f s%n", importSeconds);
      System.out.printf("acknowledge tasks created:       %8d (expected %d); process instances %d%n", acks,
          expectedAcks, cascadeStarts);
      System.out.printf("cascade until every ack task:    %8.1f s  (%6.1f units/s)%n", cascadeSeconds, cascadeRate);
      System.out.printf("bare engine, same starts:        %8.1f s  (%6.1f starts/s)%n", bareStartSeconds,
          bareStartRate);
      System.out.printf("cascade / bare time:             %8.2f x  (target <= 1.5)%n",
          cascadeSeconds / bareStartSeconds);
      System.out.printf("  of which the %d provinces' own steps (acknowledge, build, approve): %.1f s; the cascade"
          + " steps' starts: %.1f s (%.2f x bare)%n", PROVINCES, provinceWork, cascadeSeconds - provinceWork,
          (cascadeSeconds - provinceWork) / bareStartSeconds);
      System.out.printf("completing %d ack tasks:       %8.1f s  (%6.1f tasks/s)%n", open.size(), completeSeconds,
          completeRate);
      System.out.printf("bare engine, same completions:   %8.1f s  (%6.1f tasks/s)%n", bareCompleteSeconds,
          bareCompleteRate);
      System.out.printf("completion rate / bare rate:     %8.2f x  (target >= 0.9)%n", completeRate / bareCompleteRate);
      System.out.printf("peak heap during the cascade:    %8.0f MB (target <= 1024)%n", peakHeap / 1048576.0);
      System.out.flush();
      if (acks != expectedAcks) {
        throw new AssertionError("the cascade did not reach every unit: " + acks + " of " + expectedAcks);
      }
    }
  }

  private static String province(int p) {
    return NationalTree.province(p);
  }

  private static String syntheticTree() {
    return NationalTree.csv(PROVINCES, COMMUNES);
  }

  private void deployBareProcess() {
    engine.getRepositoryService().createDeployment().addModelInstance("bareBenchmark.bpmn",
        Bpmn.createExecutableProcess("bareBenchmark").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask().camundaExpression("${true}").userTask().camundaCandidateGroups("bench").endEvent().done())
        .deploy();
  }

  private void bareStarts(int count) {
    for (int i = 0; i < count; i++) {
      runtime.startProcessInstanceByKey("bareBenchmark", "bare-" + i, Map.of("unitCode", "bench-" + i));
    }
  }

  private void completeAll(List<Task> list) {
    list.forEach(task -> tasks.complete(task.getId()));
  }

  private void completeTaskOf(String processInstanceId, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    tasks.complete(task.getId(), variables);
  }

  private void runJobs() {
    EngineJobs.runDue(management);
  }

  /** A year whose default report dates are still ahead. */
  private static final class BusinessYear {
    static int next() {
      return vn.mttq.sangtao.shared.BusinessTime.today().getYear() + 1;
    }
  }
}
