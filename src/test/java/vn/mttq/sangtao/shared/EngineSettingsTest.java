package vn.mttq.sangtao.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TimeZone;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.support.ProcessTest;
import vn.mttq.sangtao.support.TaskVisibilityProbe;

class EngineSettingsTest extends ProcessTest {

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void deployProbe() {
    TaskVisibilityProbe.deploy(processEngine);
  }

  @Test
  void objectVariablesAreStoredAsJsonAndJavaSerializationIsRefused() {
    String id = TaskVisibilityProbe.start(processEngine, "dn.staff", "tỉnh").getId();

    runtimeService.setVariable(id, "summary", new java.util.HashMap<>(Map.of("units", 3)));
    ObjectValue stored = runtimeService.getVariableTyped(id, "summary", false);

    assertThat(stored.getSerializationDataFormat()).isEqualTo("application/json");
    assertThat(stored.getValueSerialized()).isEqualTo("{\"units\":3}");
    assertThatThrownBy(() -> runtimeService.setVariable(id, "javaObject",
        Variables.serializedObjectValue("rO0ABXQAA2FiYw==")
            .serializationDataFormat(Variables.SerializationDataFormats.JAVA).objectTypeName("java.lang.String")
            .create()))
        .hasMessageContaining("Java serialization");
  }

  @Test
  void dueJobsAreAcquiredByDueDateThroughAnIndex() {
    var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine
        .getProcessEngineConfiguration();
    assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from information_schema.indexes where upper(index_name) = ?",
        Integer.class, "IX_SANGTAO_JOB_DUEDATE")).as("V19__engine_indexes.sql").isPositive();
  }

  @Test
  void aJobTheJobThreadsCannotTakeIsRunByTheAcquisitionItselfNotOfferedAgainAtEveryRound() {
    var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine
        .getProcessEngineConfiguration();
    assertThat(configuration.getJobExecutor().getRejectedJobsHandler())
        .isInstanceOf(org.camunda.bpm.engine.impl.jobexecutor.CallerRunsRejectedJobsHandler.class);
  }

  @Test
  void completingATaskLooksUpItsSubtasksThroughAnIndex() {
    assertThat(jdbc.queryForObject("select count(*) from information_schema.indexes where upper(index_name) = ?",
        Integer.class, "IX_SANGTAO_TASK_PARENT")).as("V19__engine_indexes.sql").isPositive();
  }

  @Test
  void businessTimeIsHoChiMinhCity() {
    assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Ho_Chi_Minh");

    moveClockTo(ZonedDateTime.parse("2025-06-07T17:30:00Z"));

    assertThat(BusinessTime.today()).isEqualTo(java.time.LocalDate.of(2025, 6, 8));
    assertThat(BusinessTime.format(BusinessTime.today())).isEqualTo("08/06/2025");
  }

  @Test
  void everyDeployedProcessHasAHistoryTimeToLive() {
    assertThat(repositoryService.createProcessDefinitionQuery().list())
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull().isPositive());
  }
}
