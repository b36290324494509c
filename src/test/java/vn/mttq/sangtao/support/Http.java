package vn.mttq.sangtao.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Calls over HTTP as one demo user (password {@code demo}), or anonymously: JSON in, the raw answer out. */
public final class Http {

  private final TestRestTemplate rest;

  private Http(TestRestTemplate rest) {
    this.rest = rest;
  }

  public static Http as(TestRestTemplate rest, String user) {
    return new Http(user == null ? rest : rest.withBasicAuth(user, "demo"));
  }

  public ResponseEntity<String> get(String path) {
    return rest.exchange(path, HttpMethod.GET, null, String.class);
  }

  public ResponseEntity<String> delete(String path) {
    return rest.exchange(path, HttpMethod.DELETE, null, String.class);
  }

  public ResponseEntity<String> post(String path, String json) {
    return send(HttpMethod.POST, path, json);
  }

  public ResponseEntity<String> put(String path, String json) {
    return send(HttpMethod.PUT, path, json);
  }

  private ResponseEntity<String> send(HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }

  /** A multipart upload as the engine REST API takes attachments: a name and the content. */
  public ResponseEntity<String> attach(String path, String name, byte[] content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("attachment-name", name);
    parts.add("attachment-type", "application/pdf");
    parts.add("content", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
  }
}
