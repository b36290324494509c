package vn.mttq.sangtao.shared.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * HTTP Basic, or the user already signed in to Cockpit or Tasklist in the same browser: pages the webapps show (the
 * supervisor's overview, Tasklist's notices) call the application's API without asking for the password again. A
 * write through the session must carry the webapps' own anti-forgery token ({@code X-XSRF-TOKEN}, the value the
 * webapps keep in the session and give their pages only): another site can make a signed-in browser send the session
 * cookie, never that header with the right value. Without it a write needs HTTP Basic.
 */
public class SessionOrBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader("Authorization") == null && ("GET".equals(request.getMethod())
        || carriesSessionToken(request))) {
      HttpSession session = request.getSession(false);
      Authentications signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      Authentication user = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(engine.getName());
      if (user != null) {
        return AuthenticationResult.successful(user.getName());
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }

  /** Whether the request carries the anti-forgery token of its session, as the webapps' pages send it. */
  static boolean carriesSessionToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && sent != null && java.security.MessageDigest.isEqual(
        token.getBytes(java.nio.charset.StandardCharsets.UTF_8), sent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
