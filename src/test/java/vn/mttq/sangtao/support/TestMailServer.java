package vn.mttq.sangtao.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail SMTP server on port 3025 (application-test.yaml) for every test application context: one per JVM,
 * started with the first context and left running, since contexts are cached and may live side by side.
 */
@Configuration(proxyBeanMethods = false)
public class TestMailServer {

  public static final int PORT = 3025;
  private static GreenMail server;

  /** The running server; started on first use. */
  public static synchronized GreenMail server() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
    return server;
  }

  @Bean(destroyMethod = "")
  GreenMail greenMail() {
    return server();
  }
}
