package vn.mttq.sangtao.initiative;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The public page for people without an account: {@code /sang-kien}. */
@Configuration
class PublicPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/sang-kien", "/sang-kien/index.html");
    registry.addRedirectViewController("/sang-kien/", "/sang-kien/index.html");
  }
}
