package vn.mttq.sangtao.shared.cluster;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.jobexecutor.CallerRunsRejectedJobsHandler;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;

/**
 * The job executor's threads, sized by the engine's own settings ({@code camunda.bpm.job-execution.core-pool-size},
 * {@code max-pool-size}, {@code queue-capacity}, {@code keep-alive-seconds}), and what happens when they are all busy.
 * While many jobs are due the acquisition takes them faster than the threads run them. By the engine's default it
 * then offers the jobs that did not fit again at each of its rounds, without waiting while some fit (in a storm of
 * reminders on two nodes 20 to 80 times per job), and Spring's pool answered each refusal with two new exceptions,
 * their stack traces and a description of the pool: some 6 % of a node's CPU, and the acquisition thread busy for
 * nothing. Here a job that does not fit is run by the acquisition thread itself, which takes no more jobs meanwhile
 * (the engine's "caller runs"), and the pool refuses without building an exception.
 */
@Configuration(proxyBeanMethods = false)
class JobThreads {

  /** A job the pool refuses is run at once by the acquisition thread, which meanwhile acquires none. */
  @Bean
  ProcessEnginePlugin callerRunsWhenThreadsAreBusy() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        // the starter gives its job executor the engine's default handler: replaced before the executor starts
        if (configuration.getJobExecutor() != null) {
          configuration.getJobExecutor().setRejectedJobsHandler(new CallerRunsRejectedJobsHandler());
        }
      }
    };
  }

  /** Replaces the engine's default pool of the same name, where this node runs jobs. */
  @Bean(name = "camundaTaskExecutor")
  @ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true",
      matchIfMissing = true)
  TaskExecutor camundaTaskExecutor(CamundaBpmProperties properties) {
    JobExecutionProperty settings = properties.getJobExecution();
    int keepAlive = settings.getKeepAliveSeconds() != null ? settings.getKeepAliveSeconds() : 60;
    return new Pool(settings.getCorePoolSize(), settings.getMaxPoolSize(), keepAlive, settings.getQueueCapacity());
  }

  /** A thread pool for jobs; shut down with the application, letting running jobs end for a few seconds. */
  static final class Pool implements TaskExecutor, DisposableBean {

    /** The queue is full: thrown without a stack trace (the engine only catches it and runs the job itself). */
    static final RejectedExecutionException FULL = new RejectedExecutionException("The job queue is full") {
      @Override
      public synchronized Throwable fillInStackTrace() {
        return this;
      }
    };

    private final ThreadPoolExecutor executor;

    Pool(int core, int max, int keepAliveSeconds, int queueCapacity) {
      BlockingQueue<Runnable> queue = queueCapacity > 0 ? new LinkedBlockingQueue<>(queueCapacity)
          : new SynchronousQueue<>();
      AtomicInteger threads = new AtomicInteger();
      ThreadFactory named = task -> {
        Thread thread = new Thread(task, "camundaTaskExecutor-" + threads.incrementAndGet());
        thread.setDaemon(false);
        return thread;
      };
      executor = new ThreadPoolExecutor(core, Math.max(core, max), keepAliveSeconds, TimeUnit.SECONDS, queue, named,
          (task, pool) -> {
            throw FULL;
          });
    }

    @Override
    public void execute(Runnable task) {
      executor.execute(task);
    }

    @Override
    public void destroy() throws InterruptedException {
      executor.shutdown();
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow(); // a job cut short rolls back; its lock runs out and a node runs it again
      }
    }
  }
}
