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

  /**
   * Executes the jobs of the given process instances that are due at the engine clock, again and again until none is
   * left (a job may create the next one). Returns how many ran.
   */
  protected int executeDueJobs(String... processInstanceIds) {
    var management = processEngine.getManagementService();
    int ran = 0;
    for (int round = 0; round < 1000; round++) {
      var due = new java.util.ArrayList<org.camunda.bpm.engine.runtime.Job>();
      for (String id : processInstanceIds) {
        due.addAll(management.createJobQuery().processInstanceId(id).executable().list());
      }
      if (due.isEmpty()) {
        return ran;
      }
      for (var job : due) {
        management.executeJob(job.getId());
        ran++;
      }
    }
    throw new IllegalStateException("jobs keep coming: a loop in the model?");
  }

  protected void moveClockTo(java.time.ZonedDateTime time) {
    ClockUtil.setCurrentTime(java.util.Date.from(time.toInstant()));
  }
}
