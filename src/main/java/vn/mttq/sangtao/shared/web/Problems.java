package vn.mttq.sangtao.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/** Writes an {@code application/problem+json} answer from a filter, where no controller advice reaches. */
final class Problems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {
  }

  static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    byte[] body = JSON.writeValueAsBytes(Map.of("type", "about:blank", "title", title, "status", status,
        "detail", detail));
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
