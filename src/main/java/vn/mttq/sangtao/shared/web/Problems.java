package vn.mttq.sangtao.shared.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one shape of every error answer, {@code application/problem+json} with a Vietnamese title and detail: as a
 * {@link ProblemDetail} for controllers, as a body for the engine REST API's mappers, or written straight to the
 * response from a filter or the container, where no controller advice reaches.
 */
final class Problems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {
  }

  static ProblemDetail detail(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  static Map<String, Object> body(int status, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    return body;
  }

  static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    byte[] bytes = JSON.writeValueAsBytes(body(status, title, detail));
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
