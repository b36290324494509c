package vn.mttq.sangtao.shared.web;

import java.net.URI;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The servlet container's own errors (a path nobody serves, a body it would not read, an error sent without a body)
 * as {@code application/problem+json} with Vietnamese title and detail, instead of Spring Boot's English JSON or
 * Tomcat's English page.
 */
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE,
      MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = VietnameseProblems.status(code instanceof Integer number ? number : 500);
    ProblemDetail problem;
    Throwable unreadable = multipartFailure(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
    if (unreadable != null) {
      // refused while the dispatcher read the parts, before any controller (and its advice) was chosen
      status = HttpStatus.BAD_REQUEST;
      problem = Problems.detail(status, VietnameseProblems.title(status.value()),
          unreadableMultipart(unreadable));
    } else {
      problem = Problems.detail(status, VietnameseProblems.title(status.value()),
          VietnameseProblems.detail(status.value(), request.getMethod()));
    }
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (path != null) {
      problem.setInstance(URI.create(String.valueOf(path).replace(" ", "%20")));
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /**
   * Why a multipart request could not be read. The dispatcher reads the parts before it chooses a controller, so
   * these failures never reach the API's exception handler, only this controller.
   */
  private static String unreadableMultipart(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.apache.tomcat.util.http.fileupload.InvalidFileNameException) {
        return "Tên tệp đính kèm chứa ký tự không dùng được trong tên tệp; hãy đổi tên tệp rồi gửi lại.";
      }
    }
    return "Không đọc được biểu mẫu gửi kèm tệp (multipart): thiếu phần ranh giới hoặc nội dung bị cắt.";
  }

  /** The multipart failure the servlet's exception wraps, if it is one. */
  private static Throwable multipartFailure(Object failure) {
    for (Throwable t = failure instanceof Throwable thrown ? thrown : null; t != null;
        t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MultipartException) {
        return t;
      }
    }
    return null;
  }
}
