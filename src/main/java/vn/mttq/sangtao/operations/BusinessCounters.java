package vn.mttq.sangtao.operations;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import vn.mttq.sangtao.notification.MailFailed;
import vn.mttq.sangtao.notification.MailSent;
import vn.mttq.sangtao.notification.NoticeSent;
import vn.mttq.sangtao.plan.PlanIssued;
import vn.mttq.sangtao.plan.RecipientsStarted;
import vn.mttq.sangtao.report.ReportSubmitted;

/**
 * Counters of what the movement's work produced, per node (Prometheus adds the nodes up): plans issued, cascade
 * recipients started, reports submitted (on time or late), notices and mails sent, mails that failed. What happens in
 * a transaction is counted once it commits, so a retried step is not counted twice.
 */
@Component
class BusinessCounters {

  private final MeterRegistry registry;
  private final Counter plansIssued;
  private final Counter recipientsStarted;
  private final Counter mailsSent;
  private final Counter mailFailures;

  BusinessCounters(MeterRegistry registry) {
    this.registry = registry;
    this.plansIssued = Counter.builder("sangtao.plans.issued").description("Plans issued").register(registry);
    this.recipientsStarted = Counter.builder("sangtao.cascade.recipients.started")
        .description("Recipients whose implementation a cascade step started").register(registry);
    this.mailsSent = Counter.builder("sangtao.mails.sent").description("Mails handed to the mail server")
        .register(registry);
    this.mailFailures = Counter.builder("sangtao.mail.failures")
        .description("Mails the mail server did not take (the step is retried)").register(registry);
    for (boolean late : new boolean[] {false, true}) {
      reports(late);
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(PlanIssued issued) {
    plansIssued.increment();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(RecipientsStarted started) {
    recipientsStarted.increment(started.count());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ReportSubmitted submitted) {
    reports(submitted.late()).increment();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(NoticeSent sent) {
    Counter.builder("sangtao.notices.sent").description("In-app notices sent").tag("kind", sent.kind())
        .register(registry).increment();
  }

  @EventListener
  void on(MailSent sent) {
    mailsSent.increment();
  }

  @EventListener
  void on(MailFailed failed) {
    mailFailures.increment();
  }

  private Counter reports(boolean late) {
    return Counter.builder("sangtao.reports.submitted").description("Reports submitted, on time or late")
        .tag("late", Boolean.toString(late)).register(registry);
  }
}
