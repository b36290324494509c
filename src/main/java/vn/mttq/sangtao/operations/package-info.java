/**
 * Running the system: health (liveness, readiness) and info on the management port, metrics in Prometheus format
 * (HTTP latency per endpoint family, the engine's own counters, open tasks, incidents and jobs, and counters of the
 * business events other modules announce), and the context of every log line (request, user, process instance,
 * business key).
 */
@ApplicationModule(displayName = "Vận hành")
package vn.mttq.sangtao.operations;

import org.springframework.modulith.ApplicationModule;
