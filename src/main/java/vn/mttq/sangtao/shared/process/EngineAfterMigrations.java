package vn.mttq.sangtao.shared.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.stereotype.Component;

/** The engine is built only once the migrations ran: its tables are theirs ({@link V18__CamundaEngine}). */
@Component
class EngineAfterMigrations extends AbstractDependsOnBeanFactoryPostProcessor {

  EngineAfterMigrations() {
    super(ProcessEngine.class, ProcessEngineFactoryBean.class, FlywayMigrationInitializer.class);
  }
}
