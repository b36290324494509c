package vn.mttq.sangtao.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.mttq.sangtao.support.SpringTest;

/**
 * Every bean a model names exists, with the method and the number of arguments the expression calls, and belongs to
 * the module that owns the process (or to {@code shared}): renaming a bean or a method, or moving it to another
 * module, fails here instead of at run time in a process.
 */
@SpringTest
class ModelBeansTest {

  /** Which module owns which process. */
  static final Map<String, String> OWNERS = Map.of("planIssuance", "plan", "planImplementation", "plan",
      "planDeadlineWatch", "plan", "planReporting", "report", "periodicReport", "report", "initiativeReview",
      "initiative", "awardProposal", "award", "annualAssessment", "award", "yearlyAssessments", "award");

  private static final Pattern DELEGATE = Pattern.compile("#\\{([a-zA-Z][A-Za-z0-9]*)}");
  private static final Pattern CALL = Pattern.compile("\\$\\{!?([a-zA-Z][A-Za-z0-9]*)\\.([a-zA-Z][A-Za-z0-9]*)\\(([^)]*)\\)");
  private static final String BASE = "vn.mttq.sangtao.";

  @Autowired
  ApplicationContext context;

  @Test
  void everyBeanAModelNamesExistsInTheModuleThatOwnsTheProcess() throws IOException {
    List<String> problems = new ArrayList<>();
    int resolved = 0;
    List<Path> models;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    for (Path model : models) {
      String process = model.getFileName().toString().replace(".bpmn", "");
      String owner = OWNERS.get(process);
      if (owner == null) {
        problems.add(process + ": no owning module declared in ModelBeansTest.OWNERS");
        continue;
      }
      String xml = Files.readString(model);
      Matcher delegates = DELEGATE.matcher(xml);
      while (delegates.find()) {
        problems.addAll(checkBean(process, owner, delegates.group(1), null, 0));
        resolved++;
      }
      Matcher calls = CALL.matcher(xml);
      while (calls.find()) {
        int arguments = calls.group(3).isBlank() ? 0 : calls.group(3).split(",").length;
        problems.addAll(checkBean(process, owner, calls.group(1), calls.group(2), arguments));
        resolved++;
      }
    }
    assertThat(problems).isEmpty();
    assertThat(resolved).as("expressions resolved").isGreaterThan(60);
  }

  private List<String> checkBean(String process, String owner, String bean, String method, int arguments) {
    if (!context.containsBean(bean)) {
      return List.of(process + ": no bean «" + bean + "»");
    }
    Class<?> type = AopUtils.getTargetClass(context.getBean(bean));
    // a @Bean lambda's class is named after the configuration class that declares it, so it has a module too
    String module = type.getName().startsWith(BASE) ? type.getName().substring(BASE.length()).split("\\.")[0] : "?";
    List<String> problems = new ArrayList<>();
    if (!module.equals(owner) && !module.equals("shared")) {
      problems.add(process + " (module " + owner + "): bean «" + bean + "» is " + type.getName() + " of module "
          + module);
    }
    if (method != null && Arrays.stream(type.getMethods()).noneMatch(m -> m.getName().equals(method)
        && m.getParameterCount() == arguments && Modifier.isPublic(m.getModifiers()) && !isObjectMethod(m))) {
      problems.add(process + ": bean «" + bean + "» (" + type.getSimpleName() + ") has no public method " + method
          + " with " + arguments + " argument(s)");
    }
    return problems;
  }

  private static boolean isObjectMethod(Method method) {
    return method.getDeclaringClass() == Object.class;
  }
}
