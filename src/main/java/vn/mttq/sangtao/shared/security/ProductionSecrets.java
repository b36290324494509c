package vn.mttq.sangtao.shared.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In production (the {@code postgres} profile) the application does not start with a password anyone can guess: the
 * administrator's, the demo users' (when demo data is on) or the database's. It stops before anything is created,
 * naming the environment variable to set. Runs while the configuration is read, before the database is touched.
 */
public class ProductionSecrets implements EnvironmentPostProcessor {

  static final String PRODUCTION_PROFILE = "postgres";
  /** Passwords shipped as defaults or printed in the README, and the obvious ones. */
  static final Set<String> KNOWN = Set.of("admin", "demo", "sangtao", "postgres", "password", "123456", "12345678",
      "changeme");
  static final int MIN_LENGTH = 8;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
      return;
    }
    List<String> problems = new ArrayList<>();
    check(problems, "SANGTAO_ADMIN_PASSWORD", "mật khẩu của tài khoản quản trị",
        environment.getProperty("camunda.bpm.admin-user.password"),
        environment.getProperty("camunda.bpm.admin-user.id"));
    if (environment.getProperty("sangtao.demo.enabled", Boolean.class, false)) {
      check(problems, "SANGTAO_DEMO_PASSWORD", "mật khẩu chung của các tài khoản mẫu",
          environment.getProperty("sangtao.demo.password"), null);
    }
    check(problems, "DB_PASSWORD", "mật khẩu cơ sở dữ liệu", environment.getProperty("spring.datasource.password"),
        environment.getProperty("spring.datasource.username"));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Không khởi động ở chế độ vận hành (hồ sơ \"" + PRODUCTION_PROFILE + "\"): "
          + String.join("; ", problems) + ".");
    }
  }

  private static void check(List<String> problems, String variable, String what, String password, String userName) {
    if (isGuessable(password, userName)) {
      problems.add("đặt biến môi trường " + variable + " (" + what + ") khác mặc định, ít nhất " + MIN_LENGTH
          + " ký tự");
    }
  }

  static boolean isGuessable(String password, String userName) {
    if (password == null || password.isBlank() || password.length() < MIN_LENGTH) {
      return true;
    }
    String lower = password.toLowerCase(Locale.ROOT);
    return KNOWN.contains(lower) || (userName != null && lower.equals(userName.toLowerCase(Locale.ROOT)));
  }
}
