package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.StepCategory;
import org.derivx.flagger.Calibration;
import org.derivx.flagger.FlaggerException;
import org.derivx.flagger.FlaggerModel;
import org.derivx.io.DatasetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code derivx calibrate --model DIR --data F.jsonl…}: temperature and offsets, refitted. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Fit the flagger's temperature (probabilities), per-category offsets (top category) and"
          + " the threshold below which a step's category is uncertain, on labelled derivations"
          + " it was not trained on, and save them with the model; the model card gets a section"
          + " saying on what and with what effect."
    })
final class CalibrateCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, description = "Model directory (rewritten).")
  Path model;

  @Option(names = "--data", required = true, arity = "1..*", description = "Labelled files.")
  List<Path> data = new ArrayList<>();

  @Option(
      names = "--held-out",
      arity = "1..*",
      description = "Labelled files to score the calibrated model on (added to the card).")
  List<Path> heldOut = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    List<Derivation> labelled = new ArrayList<>();
    try {
      Judged.load(data, new VariantFilter(null), err).forEach(j -> labelled.add(j.derivation()));
    } catch (DatasetException e) {
      err.println("derivx calibrate: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    try (FlaggerModel m = FlaggerModel.load(model, err::println)) {
      Calibration.Result r = Calibration.fit(m, labelled);
      if (r.steps() == 0) {
        err.println("derivx calibrate: no labelled steps in " + data);
        return DerivxCommand.BAD_INPUT;
      }
      m.saveConfig(model);
      StringBuilder offsets = new StringBuilder();
      for (StepCategory c : StepCategory.JUDGED) {
        offsets.append(String.format(Locale.ROOT, "%s %+.1f  ", c.name(), r.bias()[c.ordinal()]));
      }
      String text =
          String.format(
              Locale.ROOT,
              "%n## Calibration%n%nRefitted by `derivx calibrate` on %s (%s; %d labelled steps, not"
                  + " used in training): temperature %.2f; offsets %s%n%n- macro-F1 of the top"
                  + " category %.4f before, %.4f after%n- expected calibration error (10 bins)"
                  + " %.4f before, %.4f after%n- uncertain below %.2f: the top category is"
                  + " shown where the flagger is at least that sure (right %.1f%% of the time"
                  + " there), %.1f%% of the steps are \"uncertain\"%n",
              LocalDate.now(),
              String.join(", ", data.stream().map(p -> "`" + p.getFileName() + "`").toList()),
              r.steps(),
              r.temperature(),
              offsets.toString().strip(),
              r.macroF1Before(),
              r.macroF1After(),
              r.eceBefore(),
              r.eceAfter(),
              r.uncertain(),
              100 * r.certainAccuracy(),
              100 * r.uncertainShare());
      if (!heldOut.isEmpty()) {
        List<Judged> held = Judged.load(heldOut, new VariantFilter(null), err);
        String table = EvalCommand.score(m, held);
        double[] rel = Calibration.reliability(m, held.stream().map(Judged::derivation).toList());
        text +=
            String.format(
                Locale.ROOT,
                "%n### Held-out set, calibrated%n%n%s; expected calibration error (10 bins) %.4f"
                    + " over %d labelled steps%n%n```%n%s```%n",
                String.join(", ", heldOut.stream().map(p -> "`" + p.getFileName() + "`").toList()),
                rel[0],
                (long) rel[1],
                table);
      }
      Path card = model.resolve("MODEL_CARD.md");
      if (Files.exists(card)) {
        Files.writeString(card, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      }
      out.print(text.strip() + "\n");
    } catch (FlaggerException e) {
      err.println("derivx calibrate: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    return DerivxCommand.OK;
  }
}
