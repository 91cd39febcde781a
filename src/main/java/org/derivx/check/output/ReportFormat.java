package org.derivx.check.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.derivx.check.DerivationReport;
import org.derivx.check.Operation;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;

/**
 * Check results as JSON Lines (one object per step, then one per derivation) or CSV (one row per
 * step). Shared by the CLI and the GUI's export.
 */
public final class ReportFormat {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static final List<String> CSV_COLUMNS =
      List.of("derivation", "variant", "step", "verdict", "rule", "uses", "detail", "ms", "latex");

  private ReportFormat() {}

  /** One step: {@code derivation, variant, step, latex, verdict, rule, uses, detail, ms}, … */
  public static ObjectNode stepJson(String id, String variant, StepResult s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("derivation", id);
    o.put("variant", variant);
    o.put("step", s.step());
    o.put("latex", s.latex());
    o.put("verdict", s.verdict().name());
    s.justification()
        .ifPresent(
            op -> {
              o.put("rule", op.rule().paperName());
              ArrayNode uses = o.putArray("uses");
              op.steps().forEach(uses::add);
              if (!op.premises().isEmpty()) {
                ArrayNode premises = o.putArray("premises");
                op.premises().forEach(premises::add);
              }
              if (op.argument() != null) {
                o.put("argument", op.argument());
              }
            });
    if (!s.alternatives().isEmpty()) {
      ArrayNode alts = o.putArray("alternatives");
      for (Operation a : s.alternatives()) {
        ObjectNode x = alts.addObject();
        x.put("rule", a.rule().paperName());
        ArrayNode uses = x.putArray("uses");
        a.steps().forEach(uses::add);
      }
    }
    if (s instanceof StepResult.Redundant r && r.sameAs() != null) {
      o.put("sameAs", r.sameAs());
    }
    if (s instanceof StepResult.Premise p) {
      o.put("premise", p.premise());
    }
    if (StepResult.isCarried(s)) {
      o.put("carried", true);
    }
    if (s instanceof StepResult.Skipped k) {
      o.put("operations", Integer.toString(k.operations()));
    }
    if (s instanceof StepResult.Incorrect i && i.counterexample() != null) {
      StepResult.Counterexample x = i.counterexample();
      ObjectNode c = o.putObject("counterexample");
      ObjectNode point = c.putObject("point");
      x.point().forEach(point::put);
      c.put("lhs", x.lhs());
      c.put("rhs", x.rhs());
      c.put("by", x.symja() ? "symja" : "checker");
    }
    o.put("detail", s.detail());
    StepResult.Confirmation confirmed =
        s instanceof StepResult.Valid v
            ? v.confirmation()
            : s instanceof StepResult.Irrelevant i ? i.confirmation() : null;
    if (confirmed != null && confirmed != StepResult.Confirmation.NONE) {
      o.put("confirmed", confirmed.name().toLowerCase(Locale.ROOT));
    }
    o.put("work", s.work());
    o.put("ms", Math.round(s.millis() * 10) / 10.0);
    return o;
  }

  /** The per-derivation line: goal reached or not, verdict counts, time. */
  public static ObjectNode derivationJson(DerivationReport r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("derivation", r.id());
    o.put("variant", r.variant());
    o.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
    o.put("steps", r.steps().size());
    o.put("goal", r.goal().name());
    ObjectNode counts = o.putObject("verdicts");
    for (Verdict v : Verdict.values()) {
      long n = r.count(v);
      if (n > 0) {
        counts.put(v.name(), n);
      }
    }
    if (r.carried() > 0) {
      o.put("carried", r.carried());
    }
    o.put("ms", Math.round(r.millis() * 10) / 10.0);
    return o;
  }

  public static void writeJsonl(DerivationReport r, Writer w) throws IOException {
    for (StepResult s : r.steps()) {
      w.write(JSON.writeValueAsString(stepJson(r.id(), r.variant(), s)));
      w.write('\n');
    }
    w.write(JSON.writeValueAsString(derivationJson(r)));
    w.write('\n');
  }

  public static void writeCsvHeader(Writer w) throws IOException {
    w.write(String.join(",", CSV_COLUMNS));
    w.write('\n');
  }

  public static void writeCsv(DerivationReport r, Writer w) throws IOException {
    for (StepResult s : r.steps()) {
      List<String> cells =
          List.of(
              r.id(),
              r.variant(),
              Integer.toString(s.step()),
              s.verdict().name(),
              s.justification().map(op -> op.rule().paperName()).orElse(""),
              s.justification().map(op -> joined(op.steps())).orElse(""),
              s.detail(),
              String.format(Locale.ROOT, "%.1f", s.millis()),
              s.latex());
      w.write(String.join(",", cells.stream().map(ReportFormat::csv).toList()));
      w.write('\n');
    }
  }

  private static String joined(List<Integer> xs) {
    return String.join(" ", xs.stream().map(String::valueOf).toList());
  }

  /** RFC 4180 quoting. */
  static String csv(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }
}
