package vn.mttq.sangtao.unit;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Before each call of an API (ours, the engine's, the webapps'), makes this node's unit tree the one in the database:
 * a unit imported or renamed on another node is known here from the next request on. One primary-key read per call;
 * pages, scripts and styles are not concerned.
 */
@Component
class UnitTreeFreshness extends OncePerRequestFilter {

  private final UnitTree tree;

  UnitTreeFreshness(UnitTree tree) {
    this.tree = tree;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.startsWith("/api/") || path.startsWith("/public/api/") || path.startsWith("/engine-rest/")
        || path.startsWith("/camunda/api/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    tree.refreshIfChanged();
    chain.doFilter(request, response);
  }
}
