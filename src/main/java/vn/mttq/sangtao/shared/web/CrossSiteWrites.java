package vn.mttq.sangtao.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page of another site cannot make the browser change anything here, whatever the browser holds for this site
 * (HTTP Basic credentials it cached, the webapps' session): a request that changes data ({@code POST}, {@code PUT},
 * {@code PATCH}, {@code DELETE}) is refused when the browser says it comes from another site ({@code Sec-Fetch-Site})
 * or names another origin ({@code Origin}) than this one or the configured ones. Programs that are not browsers
 * (curl, Camunda Modeler, other systems) send neither header and are not concerned. Every path: the engine REST API,
 * the webapps' API, the application's and the public one.
 */
public class CrossSiteWrites extends OncePerRequestFilter {

  static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  static final Set<String> OWN_SITE = Set.of("same-origin", "none");
  static final String REFUSAL = "Yêu cầu thay đổi dữ liệu gửi từ một trang web khác nên bị từ chối. Hãy thao tác"
      + " ngay trên trang của hệ thống Sáng tạo.";

  private final List<String> allowedOrigins;

  /** @param allowedOrigins other origins whose pages may write here (scheme://host[:port]), usually none */
  public CrossSiteWrites(List<String> allowedOrigins) {
    this.allowedOrigins = allowedOrigins.stream().map(CrossSiteWrites::normalise).toList();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE_METHODS.contains(request.getMethod()) || fromThisSite(request)) {
      chain.doFilter(request, response);
      return;
    }
    Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "Không có quyền", REFUSAL);
  }

  boolean fromThisSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !OWN_SITE.contains(site)) {
      return false;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    String normalised = normalise(origin);
    return normalised.equals(ownOrigin(request)) || allowedOrigins.contains(normalised);
  }

  /** This site's origin as the browser sees it: behind a trusted proxy, the scheme and host it forwarded. */
  static String ownOrigin(HttpServletRequest request) {
    return normalise(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
  }

  /** scheme://host:port in lower case, with the scheme's default port written out; "null" and garbage stay apart. */
  static String normalise(String origin) {
    try {
      URI uri = URI.create(origin.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (uri.getHost() == null) {
        return "invalid:" + origin;
      }
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
      return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + port;
    } catch (IllegalArgumentException e) {
      return "invalid:" + origin;
    }
  }
}
