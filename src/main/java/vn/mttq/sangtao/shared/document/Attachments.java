package vn.mttq.sangtao.shared.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files people may attach (an initiative's documents, a plan's signed scan): PDF, Word, Excel, JPEG and PNG, at most {@link #MAX_FILES} files of
 * {@link #MAX_BYTES} each. The type is judged from the file's first bytes, not from what the browser claims, and
 * the name is reduced to a safe one.
 */
public final class Attachments {

  public static final int MAX_FILES = 5;
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final Map<String, String> TYPES = Map.of(
      "pdf", "application/pdf",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "jpg", "image/jpeg",
      "jpeg", "image/jpeg",
      "png", "image/png");

  private Attachments() {
  }

  /** A file as uploaded. */
  public record Upload(String fileName, byte[] content) {
  }

  /** A file that passed the checks. */
  public record Checked(String fileName, String contentType, byte[] content, String sha256) {
  }

  /** Checks every upload; adds a Vietnamese problem for each bad one and returns the good ones. */
  public static List<Checked> check(List<Upload> uploads, List<String> problems) {
    List<Checked> checked = new ArrayList<>();
    if (uploads.size() > MAX_FILES) {
      problems.add("Chỉ được đính kèm tối đa " + MAX_FILES + " tệp.");
      return checked;
    }
    for (Upload upload : uploads) {
      String name = safeName(upload.fileName());
      String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
      String type = TYPES.get(extension);
      if (upload.content().length == 0) {
        problems.add("Tệp «" + name + "» rỗng.");
      } else if (upload.content().length > MAX_BYTES) {
        problems.add("Tệp «" + name + "» lớn quá 10 MB.");
      } else if (type == null) {
        problems.add("Tệp «" + name + "» không thuộc loại được phép (PDF, Word .docx, Excel .xlsx, ảnh JPEG, PNG).");
      } else if (!looksLike(extension, upload.content())) {
        problems.add("Nội dung tệp «" + name + "» không đúng với loại tệp ." + extension + ".");
      } else {
        checked.add(new Checked(name, type, upload.content(), sha256(upload.content())));
      }
    }
    return checked;
  }

  /** The last path segment, without control characters, at most 120 characters. */
  public static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "tep-dinh-kem";
    }
    return name.length() > 120 ? name.substring(name.length() - 120) : name;
  }

  private static boolean looksLike(String extension, byte[] content) {
    return switch (extension) {
      case "pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
      case "docx", "xlsx" -> startsWith(content, new byte[] {'P', 'K', 3, 4});
      case "jpg", "jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
      case "png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
      default -> false;
    };
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
