package vn.mttq.sangtao.shared.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * HTTP Basic, or, for reading only, the user already signed in to Cockpit or Tasklist in the same browser: pages the
 * webapps show (the supervisor's overview) call the application's API without asking for the password again. Writes
 * always need HTTP Basic, so another site cannot make a signed-in browser change anything.
 */
public class SessionOrBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader("Authorization") == null && "GET".equals(request.getMethod())) {
      HttpSession session = request.getSession(false);
      Authentications signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      Authentication user = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(engine.getName());
      if (user != null) {
        return AuthenticationResult.successful(user.getName());
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }
}
