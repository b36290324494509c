package vn.mttq.sangtao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What of the machine a node's JVM may use, as a node of a real cluster has a machine (or a container) of its own:
 * which CPUs (Linux {@code taskset -c}, e.g. "1") and how much CPU time (a Linux control group's CPU quota, in cores,
 * e.g. 0.5). Either may be absent; {@link #ANY} is the whole machine.
 */
public record NodeCpu(String cpus, Double cores) {

  public static final NodeCpu ANY = new NodeCpu(null, null);

  private static final Path V1 = Path.of("/sys/fs/cgroup/cpu");
  private static final Path V2 = Path.of("/sys/fs/cgroup");
  private static final int PERIOD_US = 100_000;

  public NodeCpu {
    if (cores != null && !(cores > 0)) {
      throw new IllegalArgumentException("A CPU budget is a number of cores above 0, not " + cores);
    }
  }

  /** The command, wrapped so that it runs held to these CPUs and within this budget (its pid stays the JVM's). */
  List<String> wrap(String node, List<String> command) {
    List<String> wrapped = new ArrayList<>();
    if (cpus != null) {
      wrapped.addAll(List.of("taskset", "-c", cpus)); // taskset execs the command: the same pid
    }
    if (cores != null) {
      // the shell joins the group, then becomes the JVM: every thread the JVM starts is inside from the first
      wrapped.addAll(List.of("sh", "-c", "echo $$ > \"$0\" && exec \"$@\"", group(node).resolve("cgroup.procs")
          .toString()));
    }
    wrapped.addAll(command);
    return wrapped;
  }

  /** Removes the node's control group once its JVM has ended (nothing to do without a budget). */
  void release(String node) {
    if (cores != null) {
      try {
        Files.deleteIfExists(directory(node));
      } catch (IOException stillInUse) {
        // a group with a process still in it stays; the next run of the same node reuses it
      }
    }
  }

  /** The node's control group with its quota set: cgroup v1's cpu controller, or cgroup v2's cpu.max. */
  private Path group(String node) {
    Path group = directory(node);
    long quota = Math.round(cores * PERIOD_US);
    try {
      Files.createDirectories(group);
      if (Files.exists(V1.resolve("cpu.cfs_quota_us"))) {
        Files.writeString(group.resolve("cpu.cfs_period_us"), Integer.toString(PERIOD_US));
        Files.writeString(group.resolve("cpu.cfs_quota_us"), Long.toString(quota));
      } else {
        Files.writeString(V2.resolve("cgroup.subtree_control"), "+cpu"); // cgroup v2 gives a child no cpu.max unless
        Files.writeString(group.resolve("cpu.max"), String.format(Locale.ROOT, "%d %d", quota, PERIOD_US));
      }
      return group;
    } catch (IOException e) {
      throw new UncheckedIOException("A CPU budget needs a writable cgroup cpu controller (run as root on Linux): "
          + group, e);
    }
  }

  private static Path directory(String node) {
    return (Files.exists(V1.resolve("cpu.cfs_quota_us")) ? V1 : V2).resolve("sangtao-" + node);
  }

  /** How many cores' CPU time the node may use at most: its budget, else the CPUs it is held to, else every core. */
  public double coresAtMost() {
    if (cores != null) {
      return cores;
    }
    if (cpus == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    String[] range = cpus.split("-");
    return range.length == 2 ? Integer.parseInt(range[1].trim()) - Integer.parseInt(range[0].trim()) + 1 : 1;
  }

  /** How it reads in a benchmark's output. */
  public String describe() {
    if (cpus == null && cores == null) {
      return "the whole machine";
    }
    return (cpus == null ? "" : "CPU " + cpus) + (cpus != null && cores != null ? ", " : "")
        + (cores == null ? "" : String.format(Locale.ROOT, "%.2f core", cores));
  }
}
