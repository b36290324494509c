package vn.mttq.sangtao.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletRequest;

/** What the engine REST API receives from a list request, paged or not. */
class QueryLimitsTest {

  private static String queryPassedOn(String queryString) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/history/process-instance");
    request.setQueryString(queryString);
    AtomicReference<String> passed = new AtomicReference<>();
    new QueryLimits().doFilter(request, new MockHttpServletResponse(),
        (req, res) -> passed.set(((HttpServletRequest) req).getQueryString()));
    return passed.get();
  }

  @Test
  void anUnpagedListOnTheEngineRestApiGetsTheFirstTwoThousandRows() throws Exception {
    assertThat(queryPassedOn(null)).isEqualTo("maxResults=2000");
    assertThat(queryPassedOn("processDefinitionKey=planIssuance"))
        .isEqualTo("processDefinitionKey=planIssuance&maxResults=2000");
    assertThat(queryPassedOn("firstResult=2000&maxResults=50")).isEqualTo("firstResult=2000&maxResults=50");
    assertThat(queryPassedOn("maxResults=2001")).as("refused, not passed on").isNull();
  }

  @Test
  void aTooLargeOrNegativePageIsRefusedInVietnamese() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.setQueryString("maxResults=200000");
    MockHttpServletResponse response = new MockHttpServletResponse();
    new QueryLimits().doFilter(request, response, (req, res) -> {
      throw new AssertionError("passed on");
    });
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("tối đa 2.000 dòng");
  }
}
