package vn.mttq.sangtao.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Signs in to Tasklist over plain HTTP as its page does: the page hands out a session and an XSRF cookie, the login
 * form is sent with both, and the answer may renew the session. Gives the {@code Cookie} header a browser would send
 * afterwards, so that a test can send it to any node.
 */
public final class TasklistSignIn {

  private TasklistSignIn() {
  }

  /** The cookies of {@code user} signed in to Tasklist at {@code base} (e.g. {@code http://localhost:8080}). */
  public static String cookies(HttpClient http, String base, String user, String password) throws IOException {
    HttpResponse<String> page = send(http, HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/"))
        .timeout(Duration.ofSeconds(30)).build());
    String xsrf = cookie(page, "XSRF-TOKEN");
    String session = cookie(page, "JSESSIONID");
    HttpResponse<String> signIn = send(http, HttpRequest.newBuilder(URI.create(base
        + "/camunda/api/admin/auth/user/default/login/tasklist")).timeout(Duration.ofSeconds(30))
        .header("Cookie", "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password,
            StandardCharsets.UTF_8)).build());
    assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
    String renewed = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().map(c -> c.split(";")[0].substring("JSESSIONID=".length())).orElse(session);
    return "JSESSIONID=" + renewed + "; XSRF-TOKEN=" + xsrf;
  }

  /** A GET sent with a signed-in browser's cookies. */
  public static HttpResponse<String> get(HttpClient http, String base, String path, String cookies)
      throws IOException {
    return send(http, HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookies)
        .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build());
  }

  private static String cookie(HttpResponse<String> answer, String name) {
    return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + answer.headers().map()))
        .split(";")[0].substring(name.length() + 1);
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
