package vn.mttq.sangtao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.Application;

/**
 * One application node as production runs it: a JVM of its own (two engines cannot share one JVM's engine registry,
 * and only a process of its own can be stopped abruptly) with the postgres profile on a shared database. Its output
 * goes to {@code target/nodes/<name>.log}.
 */
public final class NodeProcess implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final int port;
  private final int managementPort;
  private final Process process;
  private final Path log;
  private final NodeCpu cpu;

  private NodeProcess(String name, int port, int managementPort, Process process, Path log, NodeCpu cpu) {
    this.name = name;
    this.cpu = cpu;
    this.port = port;
    this.managementPort = managementPort;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts a node (demo data on, job executor on unless {@code extra} says otherwise) without waiting for it; the
   * {@code -X…} among {@code extra} are options of its JVM, an {@code -Xmx…} its heap (768 MB unless).
   */
  public static NodeProcess launch(String name, EmbeddedPostgres postgres, String... extra) {
    return launchOn(NodeCpu.ANY, name, postgres, extra);
  }

  /**
   * As {@link #launch}, the node's JVM held to the given CPUs and CPU budget: a node given a share of the machine of
   * its own, as a node of a real cluster has its machine.
   */
  public static NodeProcess launchOn(NodeCpu cpu, String name, EmbeddedPostgres postgres, String... extra) {
    try {
      int port = freePort();
      int managementPort = freePort();
      Path log = Path.of("target", "nodes", name + ".log");
      Files.createDirectories(log.getParent());
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), heap(extra), "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Ho_Chi_Minh",
          "-Dfile.encoding=UTF-8",
          // the test class path brings the tests' mail server along: a port of its own for each node
          "-Dsangtao.test.mail-port=" + freePort(), "-cp", classPath(), Application.class.getName(),
          "--spring.profiles.active=postgres"));
      command.addAll(BenchmarkApp.arguments(postgres, true));
      command.removeIf(argument -> argument.startsWith("--server.port=")
          || argument.startsWith("--management.server.port="));
      command.addAll(List.of("--server.port=" + port, "--management.server.port=" + managementPort, "--logging.level.vn.mttq.sangtao.shared.cluster=info",
          // the node's name in the job log (act_hi_job_log.hostname_): which node ran which job
          "--camunda.bpm.generic-properties.properties.hostname=" + name,
          "--DB_POOL_SIZE=10"));
      command.addAll(1, Arrays.stream(extra).filter(argument -> argument.startsWith("-X")
          && !argument.startsWith("-Xmx")).toList());
      for (String argument : Arrays.stream(extra).filter(argument -> !argument.startsWith("-X")).toList()) {
        // an argument given again replaces the default one
        String key = argument.substring(0, argument.indexOf('=') + 1);
        command.removeIf(existing -> !key.isEmpty() && existing.startsWith(key));
        command.add(argument);
      }
      Process process = new ProcessBuilder(cpu.wrap(name, command)).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      return new NodeProcess(name, port, managementPort, process, log, cpu);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start node " + name, e);
    }
  }

  private static String heap(String... extra) {
    return Arrays.stream(extra).filter(argument -> argument.startsWith("-Xmx")).reduce((x, y) -> y).orElse("-Xmx768m");
  }

  /**
   * Waits until the node is ready (its readiness on the management port: every start-up runner done, the database,
   * the engine and the migrations UP); fails if it died or took too long.
   */
  public NodeProcess awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("Node " + name + " stopped (exit " + process.exitValue() + "):\n" + tail());
      }
      try {
        if (send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort
            + "/actuator/health/readiness")).timeout(Duration.ofSeconds(30)).GET().build()).statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      try {
        Thread.sleep(500); // polling a process we do not control; the deadline bounds it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("Node " + name + " not ready within " + timeout + ":\n" + tail());
  }

  /** A GET without credentials, as anyone on the internet sends it. */
  public HttpResponse<String> get(String path) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json").GET().build());
  }

  public HttpResponse<String> get(String path, String user, String password) throws IOException {
    return send(request(path, user, password).GET().build());
  }

  public HttpResponse<String> post(String path, String user, String password, String contentType, String body)
      throws IOException {
    return send(request(path, user, password).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
            .getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
  }

  private static HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  public int port() {
    return port;
  }

  /** The node's address, e.g. {@code http://localhost:41234}. */
  public String base() {
    return "http://localhost:" + port;
  }

  /** The client the node is called with. */
  public static HttpClient http() {
    return HTTP;
  }

  /**
   * Metrics of the node as Prometheus reads them from its management port (one request), each summed over its labels
   * (NaN when the node does not expose it, e.g. an engine meter while the engine's metrics are off).
   */
  public double[] metrics(String... names) throws IOException {
    String text = send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/prometheus"))
        .timeout(Duration.ofSeconds(30)).GET().build()).body();
    double[] sums = new double[names.length];
    Arrays.fill(sums, Double.NaN);
    for (String line : text.split("\\n")) {
      for (int i = 0; i < names.length; i++) {
        if (line.startsWith(names[i] + " ") || line.startsWith(names[i] + "{")) {
          double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
          sums[i] = Double.isNaN(sums[i]) ? value : sums[i] + value;
        }
      }
    }
    return sums;
  }

  /** The CPU time the node's JVM has used so far (zero where the platform does not tell). */
  public Duration cpuTime() {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** The last lines of the node's output. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** Kills the node as a power cut would (SIGKILL): nothing of it runs on, its connections drop. */
  public void kill() {
    try {
      process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    cpu.release(name);
  }

  /**
   * Freezes the node (SIGSTOP): it runs nothing, takes no job and answers no request until {@link #resume}, but stays
   * started, warm and connected; a node paused while it holds no job leaves the jobs to the others.
   */
  public void pause() {
    signal("STOP");
  }

  /** Lets a {@link #pause}d node run on (SIGCONT). */
  public void resume() {
    signal("CONT");
  }

  private void signal(String signal) {
    try {
      int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
      if (exit != 0) {
        throw new AssertionError("kill -" + signal + " " + process.pid() + " exited with " + exit);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Stops the node as an operator would (SIGTERM, a graceful shutdown). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    cpu.release(name);
  }

  /**
   * The test's class path, each entry once: under Maven it is a single manifest-only jar whose {@code Class-Path}
   * names the entries as URLs.
   */
  private static String classPath() throws IOException {
    java.util.Set<String> entries = new java.util.LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (entry.endsWith(".jar") && path.getFileName().toString().startsWith("surefirebooter")) {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(path.toFile())) {
          String named = jar.getManifest().getMainAttributes().getValue("Class-Path");
          for (String url : named == null ? new String[0] : named.trim().split("\\s+")) {
            entries.add(Path.of(URI.create(url)).toRealPath().toString());
          }
        }
      } else {
        entries.add(path.toRealPath().toString());
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
