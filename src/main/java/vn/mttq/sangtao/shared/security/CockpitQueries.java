package vn.mttq.sangtao.shared.security;

import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.db.CommandExecutor;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.webapp.impl.db.QuerySessionFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Cockpit's own queries (its instance list, statistics and incidents) with the authorization manager the engine runs
 * with ({@link GroupsAsGiven}). Cockpit builds a query engine of its own from the engine's settings, but with the
 * engine's default managers: each of its requests read every group holding a grant first, 150–200 ms with the
 * national tree's 825,000 grants — longer than the list itself (AccessQueryBenchmark). Installed once the
 * application's beans exist, after the webapp's bootstrap has set Cockpit's default.
 */
@Component
class CockpitQueries implements SmartInitializingSingleton {

  @Override
  public void afterSingletonsInstantiated() {
    Cockpit.setCockpitRuntimeDelegate(new Delegate());
  }

  /** Cockpit's runtime, whose query engines open {@link GroupsAsGiven} as their authorization manager. */
  static final class Delegate extends DefaultCockpitRuntimeDelegate {

    @Override
    protected CommandExecutor createCommandExecutor(String processEngineName) {
      ProcessEngineImpl engine = (ProcessEngineImpl) getProcessEngine(processEngineName);
      QuerySessionFactory queries = new QuerySessionFactory() {
        @Override
        protected void initSessionFactories() {
          super.initSessionFactories();
          addSessionFactory(new GroupsAsGiven.Factory());
        }
      };
      queries.initFromProcessEngineConfiguration(engine.getProcessEngineConfiguration(), getMappingFiles());
      return new CommandExecutor() {
        @Override
        public <T> T executeCommand(Command<T> command) {
          return queries.getCommandExecutorTxRequired().execute(command);
        }
      };
    }
  }
}
