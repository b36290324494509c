package vn.mttq.sangtao.shared.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Who opens a form, for which task (none for a start form), and what the form's other fields hold now.
 *
 * @param task the open task (checked to be the person's), or null for a start form
 * @param userId the signed-in person
 * @param groups the person's groups
 * @param given the values of the form's other fields, as typed or picked (never trusted: a provider checks them)
 */
public record FormChoiceContext(DelegateTask task, String userId, List<String> groups, Map<String, String> given) {

  public FormChoiceContext {
    groups = List.copyOf(groups);
    given = Map.copyOf(given);
  }

  /** A field's value, stripped; empty when blank. */
  public Optional<String> given(String field) {
    String value = given.get(field);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** The one of the options the field names by its code; empty when it names none of them. */
  public <T> Optional<T> named(String field, List<T> options, Function<T, String> code) {
    return given(field).flatMap(value -> options.stream().filter(o -> value.equals(code.apply(o))).findFirst());
  }

  /** The same, or the only option when there is just one (a person's one unit). */
  public <T> Optional<T> namedOrOnly(String field, List<T> options, Function<T, String> code) {
    return options.size() == 1 ? Optional.of(options.get(0)) : named(field, options, code);
  }

  /** The unit codes of the person's groups with this suffix (".staff", ".leaders"). */
  public List<String> unitsWhere(String groupSuffix) {
    return groups.stream().filter(g -> g.endsWith(groupSuffix))
        .map(g -> g.substring(0, g.length() - groupSuffix.length())).distinct().toList();
  }
}
