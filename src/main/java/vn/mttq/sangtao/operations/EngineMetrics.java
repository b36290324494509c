package vn.mttq.sangtao.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The engine's own metrics (activity instances started and ended, job acquisitions, jobs executed, failed or
 * rejected, decisions, history cleanup) counted as they happen into Micrometer as well, as {@code camunda_<name>_total}
 * (e.g. {@code camunda_job_failed_total}); the engine still writes them to its table every 15 minutes for Cockpit's
 * and Admin's figures. Counted only where the engine's metrics are on ({@code camunda.bpm.metrics.enabled}).
 */
@Component
class EngineMetrics extends AbstractProcessEnginePlugin implements MeterBinder {

  private final ObjectProvider<MeterRegistry> registry;
  private CountedAlsoInMicrometer counted;

  EngineMetrics(ObjectProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getMetricsRegistry() == null) {
      counted = new CountedAlsoInMicrometer(registry);
      configuration.setMetricsRegistry(counted);
    }
  }

  /** Every meter of the engine shows from the start, at zero until it happens (a failed job too). */
  @Override
  public void bindTo(MeterRegistry meters) {
    if (counted != null) {
      counted.getDbMeters().keySet().forEach(counted::counter);
    }
  }

  /** The engine's registry, each occurrence of one of its database meters also added to a Micrometer counter. */
  static final class CountedAlsoInMicrometer extends MetricsRegistry {

    private final ObjectProvider<MeterRegistry> registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    CountedAlsoInMicrometer(ObjectProvider<MeterRegistry> registry) {
      this.registry = registry;
    }

    @Override
    protected void markOccurrence(Map<String, Meter> meters, String name, long times) {
      super.markOccurrence(meters, name, times);
      if (meters == dbMeters && meters.containsKey(name)) {
        counter(name).increment(times);
      }
    }

    Counter counter(String name) {
      return counters.computeIfAbsent(name, key -> Counter.builder("camunda." + key.replace('-', '.'))
          .description("Camunda engine metric " + key).register(registry.getObject()));
    }
  }
}
