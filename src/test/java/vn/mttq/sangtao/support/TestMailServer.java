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

  /** 3025 unless {@code -Dsangtao.test.mail-port} says otherwise (the benchmark profile, to run beside the tests). */
  public static final int PORT = Integer.getInteger("sangtao.test.mail-port", 3025);
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
