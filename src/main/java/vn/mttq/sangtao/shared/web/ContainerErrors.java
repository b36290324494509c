package vn.mttq.sangtao.shared.web;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers itself, before any part of the application sees the request (a {@code %00} in the path, a
 * malformed request line): {@code application/problem+json} in Vietnamese instead of Tomcat's English page naming
 * its version. Installed as the host's error report valve.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemValve.class.getName());
      }
    });
  }

  /** Writes the problem for an error status that nothing else wrote a body for. */
  public static class ProblemValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      try {
        Problems.write(response, status, VietnameseProblems.title(status),
            VietnameseProblems.detail(status, request.getMethod()));
        response.finishResponse();
      } catch (IOException | IllegalStateException e) {
        // the client has gone; nothing more to say
      }
    }
  }
}
