package org.derivx.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.derivx.check.Verdict;

/**
 * The run's totals, added up over the lines the executors wrote: derivations, steps, verdicts,
 * goals, failed checks and what was wrong with the input. Merged across partitions.
 */
final class Summary implements Serializable {
  private static final long serialVersionUID = 1L;

  long derivations;
  long failed;
  long steps;
  long withErrors;
  long carried;
  long problems;
  long warnings;
  long internal;
  final TreeMap<String, Long> verdicts = new TreeMap<>();
  final TreeMap<String, Long> goals = new TreeMap<>();

  Summary add(Out o) {
    switch (o.kind()) {
      case STEP -> steps++;
      case DERIVATION -> derivation(o.json());
      case FAILED -> failed++;
      case PROBLEM -> problems++;
      case WARNING -> warnings++;
      case INTERNAL -> internal++;
    }
    return this;
  }

  private void derivation(String json) {
    JsonNode n;
    try {
      n = JsonLines.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a line the job wrote is not JSON: " + json, e);
    }
    derivations++;
    goals.merge(n.get("goal").asText(), 1L, Long::sum);
    carried += n.path("carried").asLong(0);
    boolean errors = false;
    for (var e : n.get("verdicts").properties()) {
      verdicts.merge(e.getKey(), e.getValue().asLong(), Long::sum);
      errors |= Verdict.valueOf(e.getKey()).isError();
    }
    if (errors) {
      withErrors++;
    }
  }

  Summary merge(Summary o) {
    derivations += o.derivations;
    failed += o.failed;
    steps += o.steps;
    withErrors += o.withErrors;
    carried += o.carried;
    problems += o.problems;
    warnings += o.warnings;
    internal += o.internal;
    o.verdicts.forEach((k, v) -> verdicts.merge(k, v, Long::sum));
    o.goals.forEach((k, v) -> goals.merge(k, v, Long::sum));
    return this;
  }

  /** The exit code {@code derivx check} would give: the highest that applies. */
  int exitCode() {
    if (failed + internal > 0) {
      return 3;
    }
    if (problems > 0 || derivations + failed == 0) {
      return 2;
    }
    return withErrors > 0 ? 1 : 0;
  }

  /**
   * {@code summary.json}: the totals, and the run's speed on {@code cores} cores: {@code seconds}
   * the whole run, {@code checkSeconds} its first pass (reading and checking).
   */
  ObjectNode json(double seconds, double checkSeconds, int cores, int partitions) {
    ObjectNode o = JsonLines.JSON.createObjectNode();
    o.put("derivations", derivations);
    o.put("failed", failed);
    o.put("steps", steps);
    putAll(o.putObject("verdicts"), verdicts);
    o.put("carried", carried);
    putAll(o.putObject("goals"), goals);
    o.put("derivationsWithErrors", withErrors);
    o.put("problems", problems);
    o.put("warnings", warnings);
    o.put("internalErrors", failed + internal);
    o.put("seconds", Math.round(seconds * 10) / 10.0);
    o.put("checkSeconds", Math.round(checkSeconds * 10) / 10.0);
    o.put("cores", cores);
    o.put("partitions", partitions);
    double perSecond = seconds > 0 ? steps / seconds : 0;
    o.put("stepsPerSecond", Math.round(perSecond * 10) / 10.0);
    o.put("stepsPerSecondPerCore", Math.round(perSecond / Math.max(1, cores) * 10) / 10.0);
    o.put("exit", exitCode());
    return o;
  }

  private static void putAll(ObjectNode o, Map<String, Long> counts) {
    counts.forEach(o::put);
  }
}
