package vn.mttq.sangtao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.process.TimerDurations;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

  public static void main(String[] args) {
    BusinessTime.useAsDefaultTimeZone();
    TimerDurations.useJdkDatatypeFactory();
    SpringApplication.run(Application.class, args);
  }
}
