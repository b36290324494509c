package vn.mttq.sangtao.shared.web;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Which field of a JSON request could not be read, and what it should have been, in Vietnamese. */
final class JsonFields {

  private JsonFields() {
  }

  /** "Trường «estimatedCostVnd»: «15.000.000» không phải số nguyên (gửi dạng số: 15000000)." */
  static String unreadable(MismatchedInputException e) {
    String field = e.getPath().stream().map(JsonFields::name).collect(Collectors.joining("."));
    String expected = expected(e.getTargetType());
    if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
      return "Trường «" + field + "»: «" + invalid.getValue() + "» không phải " + expected + ".";
    }
    return "Trường «" + field + "» phải là " + expected + ".";
  }

  private static String name(JsonMappingException.Reference reference) {
    return reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]";
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "giá trị đúng kiểu";
    }
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class
        || type == Short.class || type == short.class) {
      return "số nguyên (gửi dạng số JSON, ví dụ 15000000)";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return "số";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true hoặc false";
    }
    if (type == LocalDate.class) {
      return "ngày dạng yyyy-MM-dd (ví dụ 2027-06-07)";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "thời điểm dạng ISO 8601";
    }
    if (type == String.class) {
      return "chữ";
    }
    if (type.isEnum()) {
      return "một trong: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "danh sách";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "đối tượng";
    }
    return "giá trị đúng kiểu";
  }
}
