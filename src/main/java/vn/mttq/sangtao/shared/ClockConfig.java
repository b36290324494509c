package vn.mttq.sangtao.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's {@link Clock}: {@link BusinessClock}, which follows the engine clock. */
@Configuration
class ClockConfig {

  @Bean
  Clock clock() {
    return new BusinessClock();
  }
}
