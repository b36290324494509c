package vn.mttq.sangtao.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The engine REST API's error answers, as Camunda gives them, but for a database that cannot be reached: 503
 * {@code application/problem+json} with the Vietnamese message to try again (and Camunda's {@code message} field, which
 * Tasklist and Cockpit show), instead of a 500 naming the JDBC failure. Registered before Camunda's own mappers.
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestErrors extends CamundaJerseyResourceConfig {

  private final DatabaseOutage outage;

  EngineRestErrors(DatabaseOutage outage) {
    this.outage = outage;
  }

  @Override
  protected void registerAdditionalResources() {
    register(new AnyFailure(this));
    register(new EngineFailure(this));
    register(new RestFailure(this));
  }

  Response answer(Throwable failure) {
    if (!outage.explains(failure)) {
      return ExceptionHandlerHelper.getInstance().getResponse(failure);
    }
    org.slf4j.LoggerFactory.getLogger(EngineRestErrors.class).warn("Database unreachable: {}", failure.toString());
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", DatabaseOutage.TITLE);
    problem.put("status", 503);
    problem.put("detail", DatabaseOutage.DETAIL);
    problem.put("message", DatabaseOutage.DETAIL);
    return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", DatabaseOutage.RETRY_AFTER)
        .type(new MediaType("application", "problem+json")).entity(problem).build();
  }

  /** Answers one family of failures through {@link #answer}; ahead of Camunda's mapper for the same family. */
  @Priority(1)
  abstract static class OutageFirst<E extends Throwable> implements ExceptionMapper<E> {
    private final EngineRestErrors errors;

    OutageFirst(EngineRestErrors errors) {
      this.errors = errors;
    }

    @Override
    public Response toResponse(E failure) {
      return errors.answer(failure);
    }
  }

  @Priority(1)
  public static final class AnyFailure extends OutageFirst<Throwable> {
    AnyFailure(EngineRestErrors errors) {
      super(errors);
    }
  }

  @Priority(1)
  public static final class EngineFailure extends OutageFirst<ProcessEngineException> {
    EngineFailure(EngineRestErrors errors) {
      super(errors);
    }
  }

  @Priority(1)
  public static final class RestFailure extends OutageFirst<RestException> {
    RestFailure(EngineRestErrors errors) {
      super(errors);
    }
  }
}
