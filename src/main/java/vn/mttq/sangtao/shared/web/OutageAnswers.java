package vn.mttq.sangtao.shared.web;

import java.io.IOException;
import java.io.PrintWriter;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The outermost net for a database outage, on every path: what the sign-in check (HTTP Basic against the identity
 * tables) or any other filter throws because the database cannot be reached, and a 500 that a part we do not own
 * (the webapps' own API) answers while the database is out of reach, become 503 {@code application/problem+json} with
 * the Vietnamese message to try again. Only a failed answer costs the look-up whether the database answers.
 * Failures inside a controller or the engine REST API are answered there ({@link ApiExceptionHandler},
 * {@link EngineRestErrors}).
 */
public class OutageAnswers extends OncePerRequestFilter {

  private final DatabaseOutage outage;

  public OutageAnswers(DatabaseOutage outage) {
    this.outage = outage;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ServerErrors watched = new ServerErrors(response, outage);
    try {
      chain.doFilter(request, watched);
    } catch (RuntimeException | ServletException | IOException e) {
      if (response.isCommitted() || !outage.explains(e)) {
        throw e;
      }
      answer(request, response, e.toString());
      return;
    }
    if (watched.outage) {
      answer(request, response, "a 500 while the database is out of reach");
    }
  }

  private void answer(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
    logger.warn("Database unreachable for " + request.getMethod() + " " + request.getRequestURI() + ": " + why);
    response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER));
    Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseOutage.TITLE, DatabaseOutage.DETAIL);
  }

  /**
   * Passes everything on, until a 5xx is set while the database does not answer: from then on the answer being
   * written is dropped, for the filter to write its own.
   */
  static final class ServerErrors extends HttpServletResponseWrapper {

    private final DatabaseOutage database;
    boolean outage;

    ServerErrors(HttpServletResponse response, DatabaseOutage database) {
      super(response);
      this.database = database;
    }

    private boolean dropping(int status) {
      if (!outage && status >= 500 && !isCommitted() && !database.reachable()) {
        outage = true;
      }
      return outage;
    }

    @Override
    public void setStatus(int status) {
      if (!dropping(status)) {
        super.setStatus(status);
      }
    }

    @Override
    public void sendError(int status) throws IOException {
      if (!dropping(status)) {
        super.sendError(status);
      }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (!dropping(status)) {
        super.sendError(status, message);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!outage) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!outage) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setContentLength(int length) {
      if (!outage) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!outage) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void setContentType(String type) {
      if (!outage) {
        super.setContentType(type);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return outage ? Discarded.STREAM : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return outage ? new PrintWriter(Discarded.STREAM) : super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!outage) {
        super.flushBuffer();
      }
    }
  }

  /** Where a dropped answer goes. */
  static final class Discarded extends ServletOutputStream {

    static final Discarded STREAM = new Discarded();

    @Override
    public void write(int b) {
      // dropped
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      // nothing is ever pending
    }
  }
}
