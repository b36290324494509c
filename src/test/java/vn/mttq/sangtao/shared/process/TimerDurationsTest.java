package vn.mttq.sangtao.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimerDurationsTest {

  private String before;

  @BeforeEach
  void forget() {
    before = System.getProperty(TimerDurations.FACTORY_PROPERTY);
    System.clearProperty(TimerDurations.FACTORY_PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(TimerDurations.FACTORY_PROPERTY);
    } else {
      System.setProperty(TimerDurations.FACTORY_PROPERTY, before);
    }
  }

  @Test
  void theNamedFactoryIsTheOneTheLookUpFindsAndReadsAReminderCycle() throws Exception {
    String found = DatatypeFactory.newInstance().getClass().getName();

    TimerDurations.useJdkDatatypeFactory();

    assertThat(DatatypeFactory.newInstance().getClass().getName()).isEqualTo(found)
        .isEqualTo(TimerDurations.JDK_FACTORY);
    // a reminders' cycle as ReportReminders writes it: its first moment, then ten years on
    DurationHelper cycle = new DurationHelper("R/2027-01-05T01:00:00Z/P3650D", null);
    assertThat(cycle.getDateAfter(Date.from(java.time.Instant.parse("2027-01-01T00:00:00Z"))))
        .isEqualTo(Date.from(java.time.Instant.parse("2027-01-05T01:00:00Z")));
  }

  @Test
  void aFactoryTheJvmWasStartedWithIsKept() {
    System.setProperty(TimerDurations.FACTORY_PROPERTY, "org.example.OtherFactory");

    TimerDurations.useJdkDatatypeFactory();

    assertThat(System.getProperty(TimerDurations.FACTORY_PROPERTY)).isEqualTo("org.example.OtherFactory");
  }
}
