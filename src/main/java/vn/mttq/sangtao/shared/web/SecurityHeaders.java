package vn.mttq.sangtao.shared.web;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The browser-side rules on every answer: no guessing of content types, no framing by another site, no address sent
 * to other sites, a content security policy for what is not Camunda's (its webapps set their own), and, when the
 * request came over HTTPS (directly or through a trusted proxy, see {@code server.tomcat.remoteip}), HSTS and
 * {@code Secure} on every cookie set, the webapps' XSRF cookie included. A controller may set a narrower policy of
 * its own (the council's minutes page allows only its inline style).
 */
public class SecurityHeaders extends OncePerRequestFilter {

  /** Our pages load their scripts and styles from this site only; nothing may frame them. */
  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  static final String HSTS = "max-age=31536000; includeSubDomains";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
      response.setHeader("Content-Security-Policy", POLICY);
    }
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", HSTS);
      response = new SecureCookies(response);
    }
    chain.doFilter(request, response);
  }

  /** Marks every cookie set through it {@code Secure}, whether added as a cookie or as a header. */
  static final class SecureCookies extends HttpServletResponseWrapper {

    SecureCookies(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addCookie(Cookie cookie) {
      cookie.setSecure(true);
      super.addCookie(cookie);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, secured(name, value));
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, secured(name, value));
    }

    static String secured(String name, String value) {
      if (value != null && "Set-Cookie".equalsIgnoreCase(name)
          && !value.toLowerCase(java.util.Locale.ROOT).matches(".*;\\s*secure\\s*(;.*)?")) {
        return value + "; Secure";
      }
      return value;
    }
  }
}
