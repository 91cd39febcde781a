package org.derivx.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.derivx.check.output.ReportFormat;
import org.derivx.check.run.BatchChecker;
import org.derivx.check.run.CheckListener;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.io.Datasets;
import org.derivx.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Verdicts never depend on thread count or machine load: the paper's GPT-3.5 generations checked on
 * one thread, and on two threads while two more threads burn the CPU, give the same JSONL, line for
 * line, but for the timing field {@code ms}. Symja's confirmation is on, so its counted budget is
 * covered too. By default the first 20 records (100 derivations); {@code -Dderivx.determinism=all}
 * checks the whole file.
 */
class DeterminismTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sameJsonlOnOneThreadAndOnTwoUnderLoad() throws Exception {
    Dataset d = Datasets.load(SharedData.require("chatgpt_results.json"));
    int records = "all".equals(System.getProperty("derivx.determinism")) ? Integer.MAX_VALUE : 20;
    List<BatchChecker.Job> jobs = new ArrayList<>();
    for (DerivationRecord r : d.records().subList(0, Math.min(records, d.records().size()))) {
      for (Derivation v : r.variants()) {
        if (!v.isReference()) {
          jobs.add(new BatchChecker.Job(r.id(), v));
        }
      }
    }
    List<String> quiet =
        jsonl(
            new BatchChecker(CheckOptions.defaults().withConfirm(true), 1)
                .run(jobs, CheckListener.NONE));
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> burners = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Thread t = new Thread(() -> burn(stop), "burner-" + i);
      t.setDaemon(true);
      t.start();
      burners.add(t);
    }
    List<String> loaded;
    try {
      loaded =
          jsonl(
              new BatchChecker(CheckOptions.defaults().withConfirm(true), 2)
                  .run(jobs, CheckListener.NONE));
    } finally {
      stop.set(true);
      for (Thread t : burners) {
        t.join();
      }
    }
    assertThat(loaded).hasSameSizeAs(quiet);
    for (int i = 0; i < quiet.size(); i++) {
      assertThat(loaded.get(i)).as("line " + (i + 1)).isEqualTo(quiet.get(i));
    }
  }

  private static List<String> jsonl(List<DerivationReport> reports) throws Exception {
    List<String> out = new ArrayList<>();
    for (DerivationReport r : reports) {
      for (StepResult s : r.steps()) {
        ObjectNode o = ReportFormat.stepJson(r.id(), r.variant(), s);
        o.remove("ms");
        out.add(JSON.writeValueAsString(o));
      }
      ObjectNode o = ReportFormat.derivationJson(r);
      o.remove("ms");
      out.add(JSON.writeValueAsString(o));
    }
    return out;
  }

  private static void burn(AtomicBoolean stop) {
    double x = 1;
    while (!stop.get()) {
      for (int i = 0; i < 100_000; i++) {
        x = Math.sin(x) + Math.sqrt(x + i);
      }
    }
    if (x == 42) {
      System.out.print("");
    }
  }
}
