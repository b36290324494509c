package vn.mttq.sangtao.shared.web;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Answers the application's API errors as {@code application/problem+json} with Vietnamese titles and details. */
@RestControllerAdvice(basePackages = "vn.mttq.sangtao")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private final DatabaseOutage outage;

  ApiExceptionHandler(DatabaseOutage outage) {
    this.outage = outage;
  }

  @ExceptionHandler(BadInputException.class)
  ProblemDetail badInput(BadInputException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", e.getMessage());
    if (e.details() != null) {
      problem.setProperty("errors", e.details());
    }
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return problem(HttpStatus.FORBIDDEN, "Không có quyền", e.getMessage());
  }

  /**
   * The engine wraps what a listener or delegate throws: a wrapped bad input is still the person's to correct (400);
   * anything else is ours (500, logged).
   */
  @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
  ResponseEntity<ProblemDetail> engine(org.camunda.bpm.engine.ProcessEngineException e) {
    if (outage.explains(e)) {
      return outage(e);
    }
    ProblemDetail problem = engineProblem(e);
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  /** The database could not be reached within the pool's bounded wait: 503, try again (nothing was written). */
  @ExceptionHandler({org.springframework.dao.DataAccessException.class,
      org.springframework.transaction.TransactionException.class, jakarta.persistence.PersistenceException.class})
  ResponseEntity<ProblemDetail> data(RuntimeException e) {
    if (outage.explains(e)) {
      return outage(e);
    }
    org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class).error("Data access failure", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(serverError());
  }

  private static ResponseEntity<ProblemDetail> outage(Exception e) {
    org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class).warn("Database unreachable: {}", e.toString());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER))
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.TITLE, DatabaseOutage.DETAIL));
  }

  private ProblemDetail engineProblem(org.camunda.bpm.engine.ProcessEngineException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadInputException bad) {
        return badInput(bad);
      }
    }
    org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class).error("Engine failure", e);
    return serverError();
  }

  @ExceptionHandler(TooManyRequestsException.class)
  ProblemDetail tooMany(TooManyRequestsException e) {
    return problem(HttpStatus.TOO_MANY_REQUESTS, "Quá nhiều yêu cầu", e.getMessage());
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      org.springframework.web.multipart.MaxUploadSizeExceededException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return answer(problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ",
        "Tệp gửi lên quá lớn: mỗi tệp đính kèm tối đa 10 MB."));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ",
        "Giá trị «" + e.getValue() + "» của tham số «" + e.getName() + "» không hợp lệ.");
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (ex.getCause() instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
        && invalid.getTargetType() == String.class && !invalid.getPath().isEmpty()) {
      String field = invalid.getPath().get(invalid.getPath().size() - 1).getFieldName();
      return answer(problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", "Trường «" + (field == null ? "?" : field)
          + "» chứa ký tự không gõ được từ bàn phím (ký tự điều khiển); hãy xóa ký tự đó rồi gửi lại."));
    }
    if (ex.getCause() instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatched
        && !mismatched.getPath().isEmpty()) {
      return answer(problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", JsonFields.unreadable(mismatched)));
    }
    return answer(problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ",
        "Không đọc được nội dung yêu cầu: thiếu hoặc sai định dạng."));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return answer(problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ",
        "Thiếu phần «" + ex.getRequestPartName() + "» của biểu mẫu."));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return answer(problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ",
        "Thiếu tham số «" + ex.getParameterName() + "»."));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return answer(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Định dạng không được hỗ trợ",
        "Định dạng «" + ex.getContentType() + "» không được hỗ trợ cho yêu cầu này."));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", "Có trường dữ liệu không hợp lệ.");
    problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
        .map(f -> f.getField() + ": " + f.getDefaultMessage()).toList());
    return answer(problem);
  }

  /**
   * What Spring MVC answers on its own (no handler for the path, a method or format the endpoint does not take, …) in
   * Vietnamese: its ProblemDetail keeps the status, our words replace its English title and detail.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
    if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
      String method = request instanceof org.springframework.web.context.request.ServletWebRequest servlet
          ? servlet.getRequest().getMethod() : null;
      problem.setTitle(VietnameseProblems.title(problem.getStatus()));
      problem.setDetail(VietnameseProblems.detail(problem.getStatus(), method));
      problem.setType(URI.create("about:blank"));
    }
    return answer;
  }

  private static ResponseEntity<Object> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    return Problems.detail(status, title, detail);
  }

  private static ProblemDetail serverError() {
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, VietnameseProblems.title(500), VietnameseProblems.detail(500,
        null));
  }
}
