package vn.mttq.sangtao.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of the README that a test writes from the code, between two marker lines: the test fails when the README
 * says otherwise, and with {@code -Dreadme.update=true} it rewrites that part instead.
 */
public final class ReadmeSection {

  static final Path README = Path.of("README.md");

  private ReadmeSection() {
  }

  /** {@code generated} runs from the start marker to the end marker, both included. */
  public static void check(String start, String end, String generated, String howToUpdate) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertThat(readme).contains(start).contains(end);
    String current = readme.substring(readme.indexOf(start), readme.indexOf(end) + end.length());
    if (Boolean.getBoolean("readme.update")) {
      Files.writeString(README, readme.replace(current, generated), StandardCharsets.UTF_8);
      return;
    }
    assertThat(current).as("the README's generated part (" + howToUpdate + " -Dreadme.update=true)")
        .isEqualTo(generated);
  }
}
