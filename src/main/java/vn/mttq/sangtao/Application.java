package vn.mttq.sangtao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.mttq.sangtao.shared.BusinessTime;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

  public static void main(String[] args) {
    BusinessTime.useAsDefaultTimeZone();
    SpringApplication.run(Application.class, args);
  }
}
