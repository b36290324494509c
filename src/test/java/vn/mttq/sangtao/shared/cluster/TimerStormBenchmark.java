package vn.mttq.sangtao.shared.cluster;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.NodeCpu;
import vn.mttq.sangtao.support.NodeProcess;
import vn.mttq.sangtao.support.PostgresTestDatabase;
import vn.mttq.sangtao.support.TimerStorm;

/**
 * Report reminders due at the same moment, drained by one node and then by two nodes (each a JVM of its own) on one
 * PostgreSQL, against the bare engine's trivial timers drained the same way in the same run. Both nodes start
 * together and drain a warm-up storm together, so that neither is measured cold; for one node, node B is paused
 * (SIGSTOP: started, warm, taking no job), then let run on for two. Prints figures, asserts none: {@code ./mvnw -Pbenchmark
 * verify -Dit.test=TimerStormBenchmark -Dbenchmark.timers=1000}; {@code -Dbenchmark.node-cores=0.5} gives each node
 * half a core (as each node of a cluster has a machine of its own, the database its own), {@code
 * -Dbenchmark.node-cpus=0,1} holds node A to CPU 0 and node B to CPU 1.
 */
class TimerStormBenchmark {

  private static final int TIMERS = Integer.getInteger("benchmark.timers", 1_000);
  private static final int WARM_UP = Math.max(100, TIMERS / 5);
  private static final Duration LIMIT = Duration.ofMinutes(15);
  /** e.g. "0,1": node A held to CPU 0, node B to CPU 1 (a core per node, the database and this JVM anywhere). */
  private static final String[] NODE_CPUS = System.getProperty("benchmark.node-cpus", ",").split(",", -1);
  /**
   * e.g. "0.5": each node's JVM given half a core's CPU time (a control group's quota), as a node with a small machine
   * of its own, the rest of the machine left to the database and this JVM.
   */
  private static final Double NODE_CORES = System.getProperty("benchmark.node-cores", "").isBlank() ? null
      : Double.valueOf(System.getProperty("benchmark.node-cores"));
  /**
   * The nodes run with the engine's metrics on, as in production (their job acquisition counters are read), and with
   * {@code -Dbenchmark.node-args} (separated by spaces: settings to try, JVM options).
   */
  private static final String[] NODE_ARGS = java.util.stream.Stream.concat(
      java.util.stream.Stream.of("--camunda.bpm.metrics.enabled=true"),
      java.util.Arrays.stream(System.getProperty("benchmark.node-args", "").split("\\s+")).filter(a -> !a.isBlank()))
      .toArray(String[]::new);
  private static final String[] ACQUISITION = {"camunda_job_acquisition_attempt_total",
      "camunda_job_acquired_success_total", "camunda_job_acquired_failure_total", "camunda_job_execution_rejected_total"};

  @Test
  void aStormOfTimersOnOneNodeAndOnTwo() throws Exception {
    try (EmbeddedPostgres postgres = PostgresTestDatabase.startEmbedded()) {
      JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
      try (NodeProcess a = NodeProcess.launchOn(placement(0), "storm-a", postgres, NODE_ARGS);
          NodeProcess b = NodeProcess.launchOn(placement(1), "storm-b", postgres, NODE_ARGS)) {
        a.awaitReady(Duration.ofMinutes(5));
        b.awaitReady(Duration.ofMinutes(5));
        try (ConfigurableApplicationContext setup = BenchmarkApp.start(postgres, true)) {
          deployBareTimers(setup.getBean(RepositoryService.class));
          RuntimeService runtime = setup.getBean(RuntimeService.class);

          // both nodes started together and warmed alike, so that neither is measured cold
          storm(setup, db, "warm", 2 * WARM_UP, a, b);
          bare(runtime, db, "bare-warm", 2 * WARM_UP, a, b);

          b.pause(); // one node: B stays started and warm but takes no job
          Drain oneNode;
          Drain bareOne;
          try {
            oneNode = storm(setup, db, "one", TIMERS, a);
            bareOne = bare(runtime, db, "bare-one", TIMERS, a);
          } finally {
            b.resume();
          }
          Drain twoNodes = storm(setup, db, "two", TIMERS, a, b);
          Drain bareTwo = bare(runtime, db, "bare-two", TIMERS, a, b);

          System.out.printf("%n=== Timer storm benchmark (PostgreSQL, %,d timers due at once) ===%n", TIMERS);
          System.out.printf("report reminders, one node:   %s%n", oneNode.outcome());
          System.out.printf("report reminders, two nodes:  %s%n", twoNodes.outcome());
          System.out.printf("bare engine timers, one node: %8.1f/s%n", bareOne.rate());
          System.out.printf("bare engine timers, two nodes:%8.1f/s%n", bareTwo.rate());
          System.out.printf("two nodes / one node:         %8.2f x reminders (target >= 1.6), %.2f x bare engine%n",
              twoNodes.rate() / oneNode.rate(), bareTwo.rate() / bareOne.rate());
          System.out.printf("reminders / bare engine:      %8.2f x on one node, %.2f x on two%n",
              oneNode.rate() / bareOne.rate(), twoNodes.rate() / bareTwo.rate());
          System.out.printf("CPU per timer, ms             reminders: one node, two nodes | bare engine: one, two%n");
          print("  the machine (all of it)", Drain::cpuMsPerTimer, oneNode, twoNodes, bareOne, bareTwo);
          print("  the node JVMs", Drain::nodeCpuMsPerTimer, oneNode, twoNodes, bareOne, bareTwo);
          print("  this test's JVM", Drain::testCpuMsPerTimer, oneNode, twoNodes, bareOne, bareTwo);
          print("  the rest (the database)", Drain::restCpuMsPerTimer, oneNode, twoNodes, bareOne, bareTwo);
          System.out.printf("job acquisitions per 100 timers (attempts, jobs acquired, jobs lost to the other node, jobs"
              + " the executor rejected):%n");
          for (Drain each : List.of(oneNode, twoNodes, bareOne, bareTwo)) {
            System.out.printf("  %-27s%s%n", each.label(), each.acquisitionsPer100());
          }
          System.out.printf("node JVMs busy, %% of allowed   %8.0f %15.0f | %23.0f %5.0f%n", oneNode.busyShare(1),
              twoNodes.busyShare(2), bareOne.busyShare(1), bareTwo.busyShare(2));
          System.out.printf("each node may use:            node A %s, node B %s (of %d cores)%n",
              placement(0).describe(), placement(1).describe(), Runtime.getRuntime().availableProcessors());
          System.out.flush();
        }
      }
    }
  }

  private static void print(String what, java.util.function.ToDoubleFunction<Drain> figure, Drain oneNode,
      Drain twoNodes, Drain bareOne, Drain bareTwo) {
    System.out.printf("%-29s%8.1f %15.1f | %23.1f %5.1f%n", what, figure.applyAsDouble(oneNode),
        figure.applyAsDouble(twoNodes), figure.applyAsDouble(bareOne), figure.applyAsDouble(bareTwo));
  }

  private static NodeCpu placement(int node) {
    return new NodeCpu(node < NODE_CPUS.length && !NODE_CPUS[node].isBlank() ? NODE_CPUS[node].trim() : null,
        NODE_CORES);
  }

  private static Drain storm(ConfigurableApplicationContext setup, JdbcTemplate db, String batch, int timers,
      NodeProcess... nodes) throws Exception {
    TimerStorm storm = TimerStorm.open(setup, batch, timers);
    Usage usage = Usage.now(nodes);
    long fired = System.nanoTime();
    storm.fire(db);
    TimerStorm.Outcome outcome = storm.await(db, fired, LIMIT);
    return usage.drained("reminders, " + nodes.length + (nodes.length == 1 ? " node" : " nodes"), outcome.rate(),
        timers, outcome);
  }

  /** The bare engine's timers of one batch, made due at once: how many ended per second, and the CPU they took. */
  private static Drain bare(RuntimeService runtime, JdbcTemplate db, String batch, int timers, NodeProcess... nodes)
      throws InterruptedException {
    for (int i = 0; i < timers; i++) {
      runtime.startProcessInstanceByKey("bareTimers", batch + "-" + i);
    }
    Usage usage = Usage.now(nodes);
    long fired = System.nanoTime();
    db.update("update act_ru_job set duedate_ = now() where type_ = 'timer' and process_instance_id_ in"
        + " (select proc_inst_id_ from act_ru_execution where business_key_ like ?)", batch + "-%");
    long end = fired + LIMIT.toNanos();
    String ended = "select count(*) from act_hi_procinst where business_key_ like ? and end_time_ is not null";
    while (db.queryForObject(ended, Long.class, batch + "-%") < timers && System.nanoTime() < end) {
      Thread.sleep(200); // the nodes work on their own; a cheap count polled until the deadline
    }
    return usage.drained("bare engine, " + nodes.length + (nodes.length == 1 ? " node" : " nodes"),
        timers / ((System.nanoTime() - fired) / 1e9), timers, null);
  }

  /** The CPU used so far by the machine, the node JVMs and this test's JVM, read when a storm is made due. */
  private record Usage(MachineCpu machine, double nodesMs, double testMs, double[] acquisition, NodeProcess[] nodes) {

    static Usage now(NodeProcess... nodes) {
      return new Usage(MachineCpu.now(), nodesCpuMs(nodes), testCpuMs(), acquisition(nodes), nodes);
    }

    Drain drained(String label, double rate, int timers, TimerStorm.Outcome outcome) {
      double[] after = acquisition(nodes);
      double[] per100 = new double[after.length];
      for (int i = 0; i < after.length; i++) {
        per100[i] = (after[i] - acquisition[i]) * 100 / timers;
      }
      return new Drain(label, rate, outcome, machine.msSince() / timers, (nodesCpuMs(nodes) - nodesMs) / timers,
          (testCpuMs() - testMs) / timers, per100);
    }

    /** The job acquisition counters of {@link #ACQUISITION}, summed over the nodes. */
    private static double[] acquisition(NodeProcess... nodes) {
      double[] sums = new double[ACQUISITION.length];
      for (NodeProcess node : nodes) {
        try {
          double[] read = node.metrics(ACQUISITION);
          for (int i = 0; i < ACQUISITION.length; i++) {
            sums[i] += read[i];
          }
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return sums;
    }

    private static double nodesCpuMs(NodeProcess... nodes) {
      return java.util.Arrays.stream(nodes).mapToDouble(node -> node.cpuTime().toNanos() / 1e6).sum();
    }

    private static double testCpuMs() {
      return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
          .getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }
  }

  /**
   * A drained storm (timers ended per second; the reminders' outcome, none for the bare engine's) and the CPU it took
   * per timer: the whole machine, the node JVMs, this test's JVM.
   */
  private record Drain(String label, double rate, TimerStorm.Outcome outcome, double cpuMsPerTimer,
      double nodeCpuMsPerTimer, double testCpuMsPerTimer, double[] acquisitionPer100) {

    String acquisitionsPer100() {
      return String.format("%6.1f attempts, %6.1f acquired, %6.1f lost, %6.1f rejected", acquisitionPer100[0],
          acquisitionPer100[1], acquisitionPer100[2], acquisitionPer100[3]);
    }

    double restCpuMsPerTimer() {
      return cpuMsPerTimer - nodeCpuMsPerTimer - testCpuMsPerTimer;
    }

    /**
     * The node JVMs' CPU time over what they were allowed while draining (their budget, else their CPUs, else every
     * core): near 100 % the nodes are the limit, well below it something else is (the database, waiting for locks or
     * for the next acquisition).
     */
    double busyShare(int nodes) {
      double allowed = 0;
      for (int node = 0; node < nodes; node++) {
        allowed += placement(node).coresAtMost();
      }
      return 100 * nodeCpuMsPerTimer * rate / 1000 / allowed;
    }
  }

  private static void deployBareTimers(RepositoryService repository) {
    repository.createDeployment().addModelInstance("bareTimers.bpmn", Bpmn.createExecutableProcess("bareTimers")
        .camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent().timerWithDate("2099-01-01T00:00:00Z")
        .endEvent().done()).deploy();
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
