package vn.mttq.sangtao.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A Camunda webapp's own API as its pages call it: signed in through the webapp's login with the session cookie it
 * sets and the XSRF token the signed-in session hands out, as Tasklist and Cockpit do in a browser.
 */
public final class WebappSession {

  private final TestRestTemplate rest;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private WebappSession(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** Signs {@code user} in to {@code app} ("tasklist", "cockpit", "admin"); fails the test if refused. */
  public static WebappSession signIn(TestRestTemplate rest, String app, String user, String password) {
    WebappSession session = new WebappSession(rest);
    session.keep(rest.getForEntity("/camunda/app/" + app + "/default/", String.class));
    HttpHeaders form = session.headers();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> signedIn = rest.exchange("/camunda/api/admin/auth/user/default/login/" + app,
        HttpMethod.POST, new HttpEntity<>("username=" + user + "&password=" + password, form), String.class);
    assertThat(signedIn.getStatusCode().value()).as(signedIn.getBody()).isEqualTo(200);
    session.keep(signedIn);
    // the token belongs to the session: the signed-in session's first read hands out its own
    session.get("/camunda/api/engine/engine/default/task/count");
    assertThat(session.cookies).containsKeys("JSESSIONID", "XSRF-TOKEN");
    return session;
  }

  /** The session's anti-forgery token, as the webapps' pages hold it. */
  public String token() {
    return cookies.get("XSRF-TOKEN");
  }

  public ResponseEntity<String> get(String path) {
    return exchange(HttpMethod.GET, path, null);
  }

  public ResponseEntity<String> post(String path, String json) {
    return exchange(HttpMethod.POST, path, json);
  }

  /**
   * A JSON write with the session's cookies but the anti-forgery header as a forging page would send it: {@code token}
   * in place of the session's own (null for none), and {@code origin} when not null.
   */
  public ResponseEntity<String> postForged(String path, String json, String token, String origin) {
    HttpHeaders headers = headers();
    headers.remove("X-XSRF-TOKEN");
    if (token != null) {
      headers.add("X-XSRF-TOKEN", token);
    }
    if (origin != null) {
      headers.add(HttpHeaders.ORIGIN, origin);
    }
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
  }

  private ResponseEntity<String> exchange(HttpMethod method, String path, String json) {
    HttpHeaders headers = headers();
    if (json != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    ResponseEntity<String> answer = rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
    keep(answer);
    return answer;
  }

  private void keep(ResponseEntity<?> answer) {
    for (String cookie : answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String pair = cookie.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    String token = answer.getHeaders().getFirst("X-XSRF-TOKEN");
    if (token != null) {
      cookies.put("XSRF-TOKEN", token);
    }
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (!cookies.isEmpty()) {
      headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return headers;
  }
}
