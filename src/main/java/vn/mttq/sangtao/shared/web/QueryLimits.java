package vn.mttq.sangtao.shared.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import vn.mttq.sangtao.shared.WholeNumbers;

/**
 * Paging of the engine's lists, on both doors to them (the engine REST API and the webapps' own): a page holds at most
 * {@link #MAX_RESULTS} rows, the engine's own convention for its webapps (Tasklist asks for its filters 2,000 at a
 * time); a larger page or a negative {@code firstResult} or {@code maxResults} is refused with a Vietnamese 400, and a
 * list asked for without {@code maxResults} gets the first page (its {@code /count} tells how many there are).
 */
public class QueryLimits extends OncePerRequestFilter {

  public static final int MAX_RESULTS = 2_000;


  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // only the query string: a form body is the endpoint's to read (the webapps' sign-in is one)
    Map<String, List<String>> query = parse(request.getQueryString());
    String problem = problem("firstResult", query.get("firstResult"), Integer.MAX_VALUE);
    if (problem == null) {
      problem = problem("maxResults", query.get("maxResults"), MAX_RESULTS);
    }
    if (problem != null) {
      logger.info("Refused " + request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString()
          + ": " + problem);
      Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "Dữ liệu không hợp lệ", problem);
      return;
    }
    chain.doFilter(query.containsKey("maxResults") ? request : new FirstPage(request), response);
  }

  static Map<String, List<String>> parse(String queryString) {
    Map<String, List<String>> parameters = new HashMap<>();
    if (queryString == null || queryString.isEmpty()) {
      return parameters;
    }
    for (String pair : queryString.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return parameters;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  static String problem(String name, List<String> values, int max) {
    if (values == null) {
      return null;
    }
    for (String value : values) {
      long number;
      try {
        number = Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        return "Tham số «" + name + "» phải là một số nguyên không âm, không phải «" + value + "».";
      }
      if (number < 0) {
        return "Tham số «" + name + "» không được âm.";
      }
      if (number > max) {
        return "Mỗi lần lấy tối đa " + WholeNumbers.format(max) + " dòng («" + name + "» = "
            + value.trim() + "); hãy lấy theo từng trang bằng «firstResult».";
      }
    }
    return null;
  }

  /** The request as if it had asked for the first page of at most {@link #MAX_RESULTS} rows. */
  static final class FirstPage extends HttpServletRequestWrapper {

    FirstPage(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getQueryString() {
      String query = super.getQueryString();
      return (query == null || query.isEmpty() ? "" : query + "&") + "maxResults=" + MAX_RESULTS;
    }
  }
}
