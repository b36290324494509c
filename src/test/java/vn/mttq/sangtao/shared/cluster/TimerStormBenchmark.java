package vn.mttq.sangtao.shared.cluster;

import java.time.Duration;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.NodeProcess;
import vn.mttq.sangtao.support.PostgresTestDatabase;
import vn.mttq.sangtao.support.TimerStorm;

/**
 * Report reminders due at the same moment, drained by one node and then by two nodes (each a JVM of its own) on one
 * PostgreSQL, against the bare engine's trivial timers drained the same way in the same run; each node drains a
 * smaller storm first, so that a fresh JVM is not measured cold. Prints figures, asserts none: {@code ./mvnw -Pbenchmark verify -Dit.test=TimerStormBenchmark -Dbenchmark.timers=1000}.
 */
class TimerStormBenchmark {

  private static final int TIMERS = Integer.getInteger("benchmark.timers", 1_000);
  private static final int WARM_UP = Math.max(100, TIMERS / 5);
  private static final Duration LIMIT = Duration.ofMinutes(15);
  /** e.g. "0,1": node A held to CPU 0, node B to CPU 1 (a core per node, the database and this JVM anywhere). */
  private static final String[] NODE_CPUS = System.getProperty("benchmark.node-cpus", ",").split(",", -1);
  private static final String NODE_ARG = System.getProperty("benchmark.node-arg", "--sangtao.benchmark=1");

  @Test
  void aStormOfTimersOnOneNodeAndOnTwo() throws Exception {
    try (EmbeddedPostgres postgres = PostgresTestDatabase.startEmbedded()) {
      JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
      try (NodeProcess a = NodeProcess.launchOn(cpus(0), "storm-a", postgres, NODE_ARG).awaitReady(Duration.ofMinutes(5));
          ConfigurableApplicationContext setup = BenchmarkApp.start(postgres, true)) {
        deployBareTimers(setup.getBean(RepositoryService.class));
        RuntimeService runtime = setup.getBean(RuntimeService.class);

        storm(setup, db, "warm-a", WARM_UP, a);
        bare(runtime, db, "bare-warm-a", WARM_UP);
        Drain oneNode = storm(setup, db, "one", TIMERS, a);
        double bareOne = bare(runtime, db, "bare-one", TIMERS);

        try (NodeProcess b = NodeProcess.launchOn(cpus(1), "storm-b", postgres, NODE_ARG).awaitReady(Duration.ofMinutes(5))) {
          storm(setup, db, "warm-b", WARM_UP, a, b);
          bare(runtime, db, "bare-warm-b", WARM_UP);
          Drain twoNodes = storm(setup, db, "two", TIMERS, a, b);
          double bareTwo = bare(runtime, db, "bare-two", TIMERS);

          System.out.printf("%n=== Timer storm benchmark (PostgreSQL, %,d timers due at once) ===%n", TIMERS);
          System.out.printf("report reminders, one node:   %s%n", oneNode.outcome());
          System.out.printf("report reminders, two nodes:  %s%n", twoNodes.outcome());
          System.out.printf("bare engine timers, one node: %8.1f/s%n", bareOne);
          System.out.printf("bare engine timers, two nodes:%8.1f/s%n", bareTwo);
          System.out.printf("two nodes / one node:         %8.2f x reminders (target >= 1.6), %.2f x bare engine%n",
              twoNodes.outcome().rate() / oneNode.outcome().rate(), bareTwo / bareOne);
          System.out.printf("reminders / bare engine:      %8.2f x on one node, %.2f x on two%n",
              oneNode.outcome().rate() / bareOne, twoNodes.outcome().rate() / bareTwo);
          System.out.printf("machine CPU per reminder:     %8.1f ms on one node, %.1f ms on two (%d cores, database"
              + " included)%n", oneNode.cpuMsPerTimer(), twoNodes.cpuMsPerTimer(), Runtime.getRuntime().availableProcessors());
          System.out.printf("  of it in the node JVMs:     %8.1f ms on one node, %.1f ms on two%n",
              oneNode.nodeCpuMsPerTimer(), twoNodes.nodeCpuMsPerTimer());
          System.out.printf("  in this test's JVM:         %8.1f ms on one node, %.1f ms on two%n",
              oneNode.testCpuMsPerTimer(), twoNodes.testCpuMsPerTimer());
          System.out.printf("  the rest (the database):    %8.1f ms on one node, %.1f ms on two%n",
              oneNode.restCpuMsPerTimer(), twoNodes.restCpuMsPerTimer());
          System.out.printf("nodes held to CPUs:           %s%n", NODE_CPUS[0].isEmpty() ? "no (every node on every CPU)"
              : "node A on " + cpus(0) + ", node B on " + cpus(1));
          System.out.flush();
        }
      }
    }
  }

  private static String cpus(int node) {
    return node < NODE_CPUS.length && !NODE_CPUS[node].isBlank() ? NODE_CPUS[node].trim() : null;
  }

  private static Drain storm(ConfigurableApplicationContext setup, JdbcTemplate db, String batch, int timers,
      NodeProcess... nodes) throws Exception {
    TimerStorm storm = TimerStorm.open(setup, batch, timers);
    MachineCpu cpu = MachineCpu.now();
    double nodesBefore = nodesCpuMs(nodes);
    double testBefore = testCpuMs();
    long fired = System.nanoTime();
    storm.fire(db);
    TimerStorm.Outcome outcome = storm.await(db, fired, LIMIT);
    return new Drain(outcome, cpu.msSince() / timers, (nodesCpuMs(nodes) - nodesBefore) / timers,
        (testCpuMs() - testBefore) / timers);
  }

  private static double nodesCpuMs(NodeProcess... nodes) {
    return java.util.Arrays.stream(nodes).mapToDouble(node -> node.cpuTime().toNanos() / 1e6).sum();
  }

  private static double testCpuMs() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
  }

  /** A drained storm and the CPU it took per timer: the whole machine, the node JVMs, this test's JVM. */
  private record Drain(TimerStorm.Outcome outcome, double cpuMsPerTimer, double nodeCpuMsPerTimer,
      double testCpuMsPerTimer) {

    double restCpuMsPerTimer() {
      return cpuMsPerTimer - nodeCpuMsPerTimer - testCpuMsPerTimer;
    }
  }

  private static void deployBareTimers(RepositoryService repository) {
    repository.createDeployment().addModelInstance("bareTimers.bpmn", Bpmn.createExecutableProcess("bareTimers")
        .camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent().timerWithDate("2099-01-01T00:00:00Z")
        .endEvent().done()).deploy();
  }

  /** The bare engine's timers of one batch, made due at once: how many ended per second. */
  private static double bare(RuntimeService runtime, JdbcTemplate db, String batch, int timers)
      throws InterruptedException {
    for (int i = 0; i < timers; i++) {
      runtime.startProcessInstanceByKey("bareTimers", batch + "-" + i);
    }
    long fired = System.nanoTime();
    db.update("update act_ru_job set duedate_ = now() where type_ = 'timer' and process_instance_id_ in"
        + " (select proc_inst_id_ from act_ru_execution where business_key_ like ?)", batch + "-%");
    long end = fired + LIMIT.toNanos();
    String ended = "select count(*) from act_hi_procinst where business_key_ like ? and end_time_ is not null";
    while (db.queryForObject(ended, Long.class, batch + "-%") < timers && System.nanoTime() < end) {
      Thread.sleep(200); // the nodes work on their own; a cheap count polled until the deadline
    }
    return timers / ((System.nanoTime() - fired) / 1e9);
  }

  /**
   * The machine's busy CPU time (all processes: the nodes, the database, this JVM), from Linux's /proc/stat: what a
   * timer costs whichever node runs it, so that a machine whose cores are all busy still tells whether two nodes do
   * more work per timer than one.
   */
  private record MachineCpu(long busyTicks) {

    static MachineCpu now() {
      try {
        String[] fields = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim()
            .split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
          busy += Long.parseLong(fields[i]);
        }
        return new MachineCpu(busy);
      } catch (java.io.IOException | RuntimeException notLinux) {
        return new MachineCpu(-1);
      }
    }

    /** Busy milliseconds since this reading (NaN where /proc/stat cannot be read); Linux counts 100 ticks a second. */
    double msSince() {
      MachineCpu later = now();
      return busyTicks < 0 || later.busyTicks < 0 ? Double.NaN : (later.busyTicks - busyTicks) * 10.0;
    }
  }
}
