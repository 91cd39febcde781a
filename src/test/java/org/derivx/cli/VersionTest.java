package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code derivx --version} says the project's version, not "development". */
class VersionTest {
  @Test
  void versionIsThePomsVersion() throws Exception {
    Matcher m =
        Pattern.compile(
                "<artifactId>derivation-explorer</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(m.find()).isTrue();
    InspectCommandTest.Run run = InspectCommandTest.run("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out().strip()).isEqualTo("derivx " + m.group(1));
  }
}
