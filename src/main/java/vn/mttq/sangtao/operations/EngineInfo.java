package vn.mttq.sangtao.operations;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** The engine's version and name in {@code /actuator/info}, beside the build's version and commit. */
@Component
class EngineInfo implements InfoContributor {

  private final ProcessEngine engine;

  EngineInfo(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void contribute(Info.Builder builder) {
    builder.withDetail("camunda", Map.of("version", ProductPropertiesUtil.getProductVersion(),
        "engine", engine.getName()));
  }
}
