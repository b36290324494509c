package vn.mttq.sangtao.operations;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * Every HTTP request's latency ({@code http_server_requests_seconds}) also carries the family of its door: the engine
 * REST API, the webapps' own API (Tasklist, Cockpit, Admin), the webapps' pages, our API, our public API. The engine's
 * REST API has no Spring route, so its {@code uri} is UNKNOWN and the family is what tells its requests apart.
 */
@Component
class EndpointFamilies extends DefaultServerRequestObservationConvention {

  static String familyOf(String path) {
    if (path == null) {
      return "other";
    } else if (path.startsWith("/engine-rest/")) {
      return "engine-rest";
    } else if (path.startsWith("/camunda/api/")) {
      return "webapp-api";
    } else if (path.startsWith("/camunda/")) {
      return "webapp";
    } else if (path.startsWith("/public/api/")) {
      return "public-api";
    } else if (path.startsWith("/api/")) {
      return "api";
    }
    return "other";
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
    String path = context.getCarrier().getRequestURI().substring(context.getCarrier().getContextPath().length());
    return super.getLowCardinalityKeyValues(context).and(KeyValue.of("family", familyOf(path)));
  }
}
