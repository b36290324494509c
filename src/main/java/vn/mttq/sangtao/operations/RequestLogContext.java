package vn.mttq.sangtao.operations;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every log line written for a request carries its {@code requestId} (the proxy's {@code X-Request-Id} when it is a
 * plain token, a new one otherwise; sent back in the answer) and, once the request is authenticated, its {@code user}
 * ({@link LogContextPlugin}); the engine adds the process instance and business key while it works on one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogContext extends OncePerRequestFilter {

  static final String REQUEST_ID = "requestId";
  static final String USER = "user";
  static final String HEADER = "X-Request-Id";
  private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String given = request.getHeader(HEADER);
    String id = given != null && PLAIN_TOKEN.matcher(given).matches() ? given : UUID.randomUUID().toString();
    MDC.put(REQUEST_ID, id);
    response.setHeader(HEADER, id);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(REQUEST_ID);
      MDC.remove(USER);
    }
  }
}
