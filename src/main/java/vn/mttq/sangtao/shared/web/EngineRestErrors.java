package vn.mttq.sangtao.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

import jakarta.annotation.Priority;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The error answers of both doors to the engine's REST resources (the engine REST API and the webapps' own, which
 * Tasklist uses), as Camunda gives them, with two exceptions:
 * <ul>
 * <li>a reason of ours for refusing what was typed ({@link BadInputException}, thrown by a form's listener or
 * delegate) is a 400 whose message is that Vietnamese sentence alone, which Tasklist shows beside the form: not
 * "Cannot submit task form …: ENGINE-03051 … Exception while invoking TaskListener: …" around it;</li>
 * <li>a database that cannot be reached is a 503 {@code application/problem+json} with the message to try again.</li>
 * </ul>
 * Jersey finds it through {@code META-INF/services} in every application it serves, and puts its mappers before
 * Camunda's.
 */
public class EngineRestErrors implements ForcedAutoDiscoverable {

  private static volatile DatabaseOutage outage;

  /** The application's view of the database, once Spring has made it. */
  static void use(DatabaseOutage databaseOutage) {
    outage = databaseOutage;
  }

  @Override
  public void configure(FeatureContext context) {
    if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER
        && !context.getConfiguration().isRegistered(AnyFailure.class)) {
      context.register(new AnyFailure());
      context.register(new EngineFailure());
      context.register(new RestFailure());
    }
  }

  static Response answer(Throwable failure) {
    String reason = reason(failure);
    if (reason != null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "InvalidRequestException");
      body.put("message", reason);
      body.put("code", null);
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
    DatabaseOutage database = outage;
    if (database == null || !database.explains(failure)) {
      return ExceptionHandlerHelper.getInstance().getResponse(failure);
    }
    org.slf4j.LoggerFactory.getLogger(EngineRestErrors.class).warn("Database unreachable: {}", failure.toString());
    Map<String, Object> problem = Problems.body(503, DatabaseOutage.TITLE, DatabaseOutage.DETAIL);
    // what Tasklist and Cockpit show of an engine REST error
    problem.put("message", DatabaseOutage.DETAIL);
    return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", DatabaseOutage.RETRY_AFTER)
        .type(new MediaType("application", "problem+json")).entity(problem).build();
  }

  /** Our own Vietnamese reason for refusing what was typed, wherever the engine and Camunda's REST wrapped it. */
  static String reason(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof BadInputException bad) {
        return bad.getMessage();
      }
    }
    return null;
  }

  /** Answers one family of failures through {@link #answer}; ahead of Camunda's mapper for the same family. */
  @Priority(1)
  abstract static class OwnAnswersFirst<E extends Throwable> implements ExceptionMapper<E> {
    @Override
    public Response toResponse(E failure) {
      return answer(failure);
    }
  }

  @Priority(1)
  public static final class AnyFailure extends OwnAnswersFirst<Throwable> {
  }

  @Priority(1)
  public static final class EngineFailure extends OwnAnswersFirst<ProcessEngineException> {
  }

  @Priority(1)
  public static final class RestFailure extends OwnAnswersFirst<RestException> {
  }
}
