package vn.mttq.sangtao.shared.web;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The outermost net for a database outage: what the sign-in check (HTTP Basic against the identity tables) or any
 * other filter throws because the database cannot be reached answers 503 {@code application/problem+json} with the
 * Vietnamese message, not Tomcat's error page. Failures inside a controller or the engine REST API are answered
 * there ({@link ApiExceptionHandler}, {@code EngineRestErrors}).
 */
public class OutageAnswers extends OncePerRequestFilter {

  private final DatabaseOutage outage;

  public OutageAnswers(DatabaseOutage outage) {
    this.outage = outage;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException | IOException e) {
      if (response.isCommitted() || !outage.explains(e)) {
        throw e;
      }
      logger.warn("Database unreachable for " + request.getMethod() + " " + request.getRequestURI() + ": " + e);
      response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER));
      Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseOutage.TITLE,
          DatabaseOutage.DETAIL);
    }
  }
}
