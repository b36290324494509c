package vn.mttq.sangtao.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class JobThreadsTest {

  @Test
  void aJobThatDoesNotFitIsRefusedCheaplyAndRunsWhenOfferedAgainWithRoom() throws Exception {
    JobThreads.Pool pool = new JobThreads.Pool(1, 1, 60, 1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch ran = new CountDownLatch(3);
    try {
      pool.execute(() -> {
        await(release);
        ran.countDown();
      });
      pool.execute(ran::countDown); // waits in the queue
      Runnable third = ran::countDown;

      assertThatThrownBy(() -> pool.execute(third)).isSameAs(JobThreads.Pool.FULL)
          .isInstanceOf(RejectedExecutionException.class);
      assertThat(JobThreads.Pool.FULL.getStackTrace()).isEmpty();

      release.countDown();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      boolean accepted = false;
      while (!accepted && System.nanoTime() < deadline) { // as the engine does: offered again until there is room
        try {
          pool.execute(third);
          accepted = true;
        } catch (RejectedExecutionException full) {
          Thread.onSpinWait();
        }
      }
      assertThat(ran.await(10, TimeUnit.SECONDS)).as("all three jobs ran").isTrue();
    } finally {
      release.countDown();
      pool.destroy();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
