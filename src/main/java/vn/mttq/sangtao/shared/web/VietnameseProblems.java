package vn.mttq.sangtao.shared.web;

import org.springframework.http.HttpStatus;

/**
 * The Vietnamese title and detail of an HTTP error that no code of ours explained: the ones Spring MVC and the
 * servlet container give on their own (no such path, a method or a format the endpoint does not take, a body too
 * large).
 */
final class VietnameseProblems {

  private VietnameseProblems() {
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Dữ liệu không hợp lệ";
      case 401 -> "Chưa đăng nhập";
      case 403 -> "Không có quyền";
      case 404 -> "Không tìm thấy";
      case 405 -> "Thao tác không được hỗ trợ";
      case 406 -> "Định dạng không được hỗ trợ";
      case 413 -> "Dữ liệu gửi lên quá lớn";
      case 415 -> "Định dạng không được hỗ trợ";
      case 429 -> "Quá nhiều yêu cầu";
      case 503 -> DatabaseOutage.TITLE;
      default -> status >= 500 ? "Lỗi hệ thống" : "Yêu cầu không hợp lệ";
    };
  }

  static String detail(int status, String method) {
    return switch (status) {
      case 400 -> "Không đọc được yêu cầu: thiếu hoặc sai định dạng.";
      case 401 -> "Hãy đăng nhập (tên đăng nhập và mật khẩu) rồi thử lại.";
      case 403 -> "Tài khoản của bạn không được làm việc này.";
      case 404 -> "Không có trang hay dữ liệu ở địa chỉ này.";
      case 405 -> "Địa chỉ này không nhận thao tác " + (method == null ? "này" : method) + ".";
      case 406 -> "Không trả được dữ liệu theo định dạng yêu cầu; hãy nhận JSON (application/json).";
      case 413 -> "Dữ liệu gửi lên vượt quá giới hạn cho phép; hãy gửi ít hơn hoặc chia nhỏ.";
      case 415 -> "Định dạng dữ liệu gửi lên không được hỗ trợ cho yêu cầu này.";
      case 429 -> "Bạn đã gửi quá nhiều yêu cầu; hãy thử lại sau.";
      case 503 -> DatabaseOutage.DETAIL;
      default -> status >= 500 ? "Hệ thống gặp lỗi khi xử lý yêu cầu; hãy thử lại sau hoặc báo quản trị viên."
          : "Yêu cầu không hợp lệ (mã " + status + ").";
    };
  }

  static HttpStatus status(int code) {
    HttpStatus status = HttpStatus.resolve(code);
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }
}
