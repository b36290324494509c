package vn.mttq.sangtao.shared.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file answered for download or display: its type, its name, and no guessing of another type by the browser. */
public final class Downloads {

  private Downloads() {
  }

  public static ResponseEntity<byte[]> of(ContentDisposition disposition, MediaType type, byte[] body) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(body);
  }
}
