package vn.mttq.sangtao.shared.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API and the application's API answer only authenticated requests: HTTP Basic, checked against
 * Camunda's identity service, or for reading the webapps' own sign-in ({@link SessionOrBasicAuthenticationProvider}).
 * The filter also sets the engine's current authentication, so that authorization checks apply to the caller.
 */
@Configuration
public class RestSecurityConfig {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BasicAuthenticationFilter());
    registration.setName("sangtao-rest-authentication");
    registration.addInitParameter("authentication-provider", SessionOrBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    return registration;
  }
}
