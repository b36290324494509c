package vn.mttq.sangtao.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.support.SpringTest;

/**
 * The errors no code of ours raises — a path nobody serves, a method or a format an endpoint does not take, an answer
 * format it cannot give — answer in the same shape as ours: {@code application/problem+json}, Vietnamese title and
 * detail, the status kept.
 */
@SpringTest
class ProblemAnswersTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
        "dn.canbo:demo".getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private static void assertVietnameseProblem(HttpResponse<String> answer, int status, String title)
      throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asText()).isEqualTo(title);
    // Vietnamese words, none of Spring's or Tomcat's English
    assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("No static resource", "not supported",
        "Not Found", "Method", "Content-Type");
  }

  @Test
  void aPathNobodyServesIsA404InVietnamese() throws Exception {
    assertVietnameseProblem(send(at("/api/khong-co-duong-nay")), 404, "Không tìm thấy");
    assertVietnameseProblem(send(at("/public/api/khong-co")), 404, "Không tìm thấy");
  }

  @Test
  void aPathTheContainerRefusesItselfIsA400InVietnamese() throws Exception {
    assertVietnameseProblem(send(at("/api/units/a%00b")), 400, "Dữ liệu không hợp lệ");
  }

  @Test
  void aMethodTheEndpointDoesNotTakeIsA405InVietnamese() throws Exception {
    HttpResponse<String> answer = send(at("/api/units/dn").DELETE());
    assertVietnameseProblem(answer, 405, "Thao tác không được hỗ trợ");
    assertThat(JSON.readTree(answer.body()).path("detail").asText()).contains("DELETE");
  }

  @Test
  void aFormatTheEndpointDoesNotTakeOrGiveIsA415Or406InVietnamese() throws Exception {
    assertVietnameseProblem(send(at("/api/plans").header("Content-Type", "text/xml")
        .POST(HttpRequest.BodyPublishers.ofString("<plan/>"))), 415, "Định dạng không được hỗ trợ");
    assertVietnameseProblem(send(at("/api/units/dn").header("Accept", "application/xml")), 406,
        "Định dạng không được hỗ trợ");
  }
}
