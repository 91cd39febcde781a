package org.derivx.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.derivx.derivation.StepCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM annotates in a loop and is killed with SIGKILL mid-stream; every label whose call had
 * returned (the child printed its number) must be in the store afterwards.
 */
class KillNineTest {
  @TempDir Path dir;

  @Test
  void noCommittedAnnotationIsLost() throws Exception {
    Path db = dir.resolve("annotations.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                AnnotateLoop.class.getName(),
                db.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int last = -1;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      // no deadline: the child writes until killed, so this ends at 300 labels or when it dies
      String line;
      while (last < 300 && (line = r.readLine()) != null) {
        last = Integer.parseInt(line.trim());
      }
      // Process.destroyForcibly is SIGKILL on Linux: no shutdown hooks, no close()
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(last).as("labels the child reported committed").isGreaterThanOrEqualTo(300);
    try (AnnotationStore s = AnnotationStore.open(db)) {
      Map<String, StepLabel> stored = new HashMap<>();
      for (StepLabel l : s.allSteps()) {
        stored.put(l.item().record() + "/" + l.step(), l);
      }
      StepCategory[] all = StepCategory.values();
      for (int i = 0; i <= last; i++) {
        StepLabel l = stored.get("r" + (i / 7) + "/" + (i % 7 + 1));
        assertThat(l).as("label %d", i).isNotNull();
        assertThat(l.category()).isEqualTo(all[i % all.length]);
        assertThat(l.note()).isEqualTo("label " + i);
      }
    }
  }
}
