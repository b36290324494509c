package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The council's rule, {@code processes/initiativeRecognition.dmn}, at its edges: two thirds exactly, ties. */
class InitiativeRecognitionDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model = Files.newInputStream(Path.of("processes/initiativeRecognition.dmn"))) {
      decision = engine.parseDecision("initiativeRecognition", model);
    }
  }

  /** Eligible (non-recused) members, votes cast, and the "met" count of each of the five criteria. */
  private static DmnDecisionResult decide(int eligible, int votes, int novelty, int suitability, int collectivity,
      int effectiveness, int economy) {
    return engine.evaluateDecision(decision, Map.of("eligibleMembers", eligible, "votesCast", votes, "noveltyMet",
        novelty, "suitabilityMet", suitability, "collectivityMet", collectivity, "effectivenessMet", effectiveness,
        "economyMet", economy));
  }

  private static List<String> failed(DmnDecisionResult result) {
    return result.collectEntries("criterion");
  }

  private static boolean recognised(DmnDecisionResult result) {
    List<Boolean> verdicts = result.collectEntries("recognised");
    return verdicts.equals(List.of(true));
  }

  @Test
  void allFiveCriteriaMetByAMajorityWithAQuorumIsRecognised() {
    DmnDecisionResult result = decide(5, 5, 5, 4, 3, 5, 3);

    assertThat(recognised(result)).isTrue();
    assertThat(result.getSingleResult().getEntry("reason").toString()).startsWith("Đạt cả năm tiêu chí");
  }

  @Test
  void exactlyTwoThirdsOfTheEligibleMembersIsAQuorum() {
    assertThat(recognised(decide(3, 2, 2, 2, 2, 2, 2))).isTrue();
    assertThat(recognised(decide(6, 4, 3, 3, 3, 3, 3))).isTrue();
  }

  @Test
  void lessThanTwoThirdsIsNoQuorumWhateverTheVotes() {
    DmnDecisionResult result = decide(6, 3, 3, 3, 3, 3, 3);

    assertThat(recognised(result)).isFalse();
    assertThat(failed(result)).containsExactly("QUORUM");
    assertThat(failed(decide(4, 2, 2, 2, 2, 2, 2))).containsExactly("QUORUM");
    assertThat(failed(decide(3, 0, 0, 0, 0, 0, 0))).containsExactly("QUORUM");
  }

  @Test
  void aTieIsNotAMajority() {
    DmnDecisionResult result = decide(4, 4, 2, 4, 4, 4, 4);

    assertThat(recognised(result)).isFalse();
    assertThat(failed(result)).containsExactly("NOVELTY");
    assertThat(result.getSingleResult().getEntry("reason").toString()).startsWith("Tính mới");
  }

  @Test
  void everyFailedCriterionIsNamed() {
    DmnDecisionResult result = decide(5, 5, 3, 2, 3, 1, 2);

    assertThat(recognised(result)).isFalse();
    assertThat(failed(result)).containsExactlyInAnyOrder("SUITABILITY", "EFFECTIVENESS", "ECONOMY");
  }

  @Test
  void oneCriterionShortOfAMajorityIsEnoughToRefuse() {
    assertThat(failed(decide(3, 3, 2, 2, 2, 2, 1))).containsExactly("ECONOMY");
    assertThat(failed(decide(3, 3, 2, 2, 1, 2, 2))).containsExactly("COLLECTIVITY");
  }

  /** The names the table reads are the ones the council's tally gives the engine; with no vote it recognises nothing. */
  @Test
  void theTableReadsWhatTheTallyGives() throws Exception {
    Map<String, Object> inputs = Tally.of(List.of(), List.of()).decisionInputs();
    String dmn = Files.readString(Path.of("processes/initiativeRecognition.dmn"));
    java.util.Set<String> read = new java.util.TreeSet<>();
    java.util.regex.Matcher expression = java.util.regex.Pattern
        .compile("<inputExpression[^>]*>\\s*<text>([^<]*)</text>").matcher(dmn);
    while (expression.find()) {
      java.util.regex.Matcher name = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*")
          .matcher(expression.group(1).replace("&gt;", ">").replace("&lt;", "<"));
      while (name.find()) {
        if (!List.of("and", "or", "not", "true", "false", "null", "gt", "lt").contains(name.group())) {
          read.add(name.group());
        }
      }
    }
    assertThat(read).hasSize(7);
    assertThat(inputs.keySet()).containsExactlyInAnyOrderElementsOf(read);
    assertThat(engine.evaluateDecision(decision, inputs).collectEntries("recognised")).containsExactly(false);
  }
}
