package vn.mttq.sangtao.shared.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's REST authentication filter, without its exemption of the engine list ({@code GET /engine-rest/engine}):
 * here nothing of the API answers an anonymous caller.
 */
class BasicAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}
