package vn.mttq.sangtao.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The error answers of both doors to the engine's REST resources (the engine REST API and the webapps' own, which
 * Tasklist uses), as Camunda gives them, except that:
 * <ul>
 * <li>a reason of ours for refusing what was typed ({@link BadInputException}, thrown by a form's listener or
 * delegate) is a 400 whose message is that Vietnamese sentence alone, which Tasklist shows beside the form: not
 * "Cannot submit task form …: ENGINE-03051 … Exception while invoking TaskListener: …" around it;</li>
 * <li>a database that cannot be reached is a 503 {@code application/problem+json} with the message to try again;</li>
 * <li>the engine's own refusals (4xx) read in Vietnamese ({@link EngineMessages}), and a body that is not JSON is a
 * 400, not a 500.</li>
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
      context.register(new JsonFailure());
      context.register(new JsonParseFailure());
      context.register(new JsonMappingFailure());
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
    Throwable mistake = callersMistake(failure);
    if (mistake != null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "InvalidRequestException");
      body.put("message", EngineMessages.vietnamese(mistake.getMessage()));
      body.put("code", null);
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
    DatabaseOutage database = outage;
    if (database == null || !database.explains(failure)) {
      Response camunda = ExceptionHandlerHelper.getInstance().getResponse(failure);
      if (camunda.getStatus() >= 400 && camunda.getStatus() < 500 && camunda.getEntity() instanceof ExceptionDto dto) {
        dto.setMessage(EngineMessages.vietnamese(dto.getMessage()));
      }
      return camunda;
    }
    org.slf4j.LoggerFactory.getLogger(EngineRestErrors.class).warn("Database unreachable: {}", failure.toString());
    Map<String, Object> problem = Problems.body(503, DatabaseOutage.TITLE, DatabaseOutage.DETAIL);
    // what Tasklist and Cockpit show of an engine REST error
    problem.put("message", DatabaseOutage.DETAIL);
    return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", DatabaseOutage.RETRY_AFTER)
        .type(new MediaType("application", "problem+json")).entity(problem).build();
  }

  /**
   * What Camunda's REST layer would answer 500 although the caller sent it wrong: a body that is not JSON or nested
   * beyond what is read, a JSON {@code null} for the body, a value its converter refuses (a file without a name), or a
   * task that is no longer there wrapped in a {@link RestException} without a status. Null for anything else, which
   * keeps Camunda's answer.
   */
  static Throwable callersMistake(Throwable failure) {
    if (failure instanceof JsonProcessingException) {
      return failure;
    }
    if (failure instanceof RestException rest && (rest.getStatus() == null
        || rest.getStatus() == Response.Status.INTERNAL_SERVER_ERROR)
        && (rest.getCause() instanceof NullValueException || rest.getCause() instanceof ProcessEngineException cause
            && ExceptionHandlerHelper.getInstance().getStatus(cause).getStatusCode() < 500)) {
      return rest;
    }
    boolean fromConverterOrResource = failure.getStackTrace().length > 0 && java.util.Arrays.stream(
        failure.getStackTrace()).limit(8).anyMatch(f -> f.getClassName().startsWith("org.camunda.bpm.engine.rest.")
            || f.getClassName().startsWith("org.camunda.bpm.engine.variable."));
    if ((failure instanceof IllegalArgumentException || failure instanceof NullPointerException)
        && fromConverterOrResource) {
      return failure;
    }
    return null;
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

  /** Ahead of Camunda's own mappers of Jackson's failures, which answer in English. */
  @Priority(1)
  public static final class JsonFailure extends OwnAnswersFirst<JsonProcessingException> {
  }

  @Priority(1)
  public static final class JsonParseFailure extends OwnAnswersFirst<JsonParseException> {
  }

  @Priority(1)
  public static final class JsonMappingFailure extends OwnAnswersFirst<JsonMappingException> {
  }
}
