package vn.mttq.sangtao.shared.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The filters in front of every path, before Camunda's own (so that their cookies pass the {@code Secure} marking and
 * a cross-site write never reaches the engine): {@link OutageAnswers} outermost, {@link SecurityHeaders},
 * {@link CrossSiteWrites}, and on the engine's lists {@link QueryLimits}.
 */
@Configuration
class WebSurfaceConfig {

  @Bean
  FilterRegistrationBean<OutageAnswers> outageAnswers(DatabaseOutage outage) {
    return registration(new OutageAnswers(outage), "sangtao-outage-answers", 0, "/*");
  }

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders() {
    return registration(new SecurityHeaders(), "sangtao-security-headers", 10, "/*");
  }

  @Bean
  FilterRegistrationBean<CrossSiteWrites> crossSiteWrites(
      @Value("${sangtao.web.allowed-origins:}") List<String> allowedOrigins) {
    return registration(new CrossSiteWrites(allowedOrigins.stream().filter(o -> !o.isBlank()).toList()),
        "sangtao-cross-site-writes", 11, "/*");
  }

  /** Both doors to the engine's lists: its REST API and the webapps' own. */
  @Bean
  FilterRegistrationBean<QueryLimits> queryLimits() {
    return registration(new QueryLimits(), "sangtao-query-limits", 12, "/engine-rest/*", "/camunda/api/*");
  }

  private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> registration(F filter, String name,
      int afterFirst, String... paths) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(paths);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + afterFirst);
    return registration;
  }
}
