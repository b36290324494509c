package vn.mttq.sangtao.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of process tests: binds camunda-bpm-assert to the Spring engine, and resets the engine clock and the
 * current authentication after each test. Move time with {@link #moveClockTo} and run due jobs with
 * {@code BpmnAwareTests.execute(job())}; never wait.
 */
@SpringTest
public abstract class ProcessTest {

  @Autowired
  protected ProcessEngine processEngine;

  @Autowired
  protected IdentityService identityService;

  @BeforeEach
  void bindAssertions() {
    init(processEngine);
  }

  @AfterEach
  void resetClockAndAuthentication() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  protected void moveClockTo(java.time.ZonedDateTime time) {
    ClockUtil.setCurrentTime(java.util.Date.from(time.toInstant()));
  }
}
