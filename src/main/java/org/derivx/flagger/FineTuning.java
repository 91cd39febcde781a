package org.derivx.flagger;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Label;
import org.derivx.derivation.StepCategory;

/**
 * Adapts a trained flagger to a lab's conventions: training goes on from its weights on the steps
 * annotators labelled (final labels: adjudicated, or agreed by all). The other steps of those
 * derivations keep the model's own answer as their target, so it learns the lab's labels without
 * drifting elsewhere; labelled derivations given beside them (their own labels) are mixed in for
 * the same reason. The vocabulary, temperature, offsets and uncertainty threshold stay the base
 * model's; the last epoch is kept.
 */
public final class FineTuning {
  /** What fine-tuning did and what it changed on the annotated steps. */
  public record Report(
      int derivations,
      int humanSteps,
      int ownSteps,
      int replayDerivations,
      double agreementBefore,
      double agreementAfter,
      double seconds,
      List<String> log) {}

  private FineTuning() {}

  /**
   * {@code human}: derivations whose labels are the annotators' (unlabelled steps get the model's);
   * {@code replay}: labelled derivations to mix in (may be empty).
   */
  public static FlaggerModel fineTune(
      Path base,
      List<Derivation> human,
      List<Derivation> replay,
      FlaggerTrainer.Settings s,
      Consumer<String> progress,
      Report[] report)
      throws FlaggerException {
    FlaggerModel model = FlaggerModel.load(base, progress);
    Path dir;
    Epochs.Outcome o;
    List<Derivation> targets;
    double before;
    int own = 0;
    int humanSteps = 0;
    try {
      List<float[][]> answers = model.predict(human);
      before = agreement(human, answers);
      targets = new ArrayList<>();
      for (int i = 0; i < human.size(); i++) {
        Derivation d = human.get(i);
        List<Label> labels = new ArrayList<>(d.labels());
        humanSteps += labels.size();
        for (int k = 1; k <= answers.get(i).length; k++) {
          int step = k;
          if (labels.stream().noneMatch(l -> l.step() == step)) {
            labels.add(new Label(k, StepCategory.top(answers.get(i)[k - 1]).name(), "model"));
            own++;
          }
        }
        targets.add(d.withLabels(labels));
      }
      // the annotated derivations weigh at least as much as the mixed-in ones
      int repeat = Math.max(1, replay.size() / Math.max(1, human.size()));
      List<FlaggerTrainer.Example> examples = new ArrayList<>();
      targets.forEach(d -> examples.add(new FlaggerTrainer.Example(d, "human", repeat)));
      replay.forEach(d -> examples.add(new FlaggerTrainer.Example(d, "replay", 1)));
      List<Encoding> train = FlaggerTrainer.encode(examples, model.vocabulary(), true);
      Engine.getInstance().setRandomSeed((int) s.seed());
      model.thaw();
      dir = Files.createTempDirectory("derivx-flagger-tuned");
      o = Epochs.run(model, train, List.of(), s, progress, dir);
    } catch (IOException e) {
      throw new FlaggerException("cannot create a temporary directory: " + e.getMessage(), e);
    } finally {
      model.close();
    }
    FlaggerModel tuned;
    try {
      tuned = FlaggerModel.load(dir, progress);
    } finally {
      FlaggerTrainer.removeTemporary(dir, progress);
    }
    double after = agreement(human, tuned.predict(human));
    report[0] =
        new Report(
            human.size(), humanSteps, own, replay.size(), before, after, o.seconds(), o.log());
    return tuned;
  }

  /** Share of labelled steps where the top category is the label. */
  static double agreement(List<Derivation> labelled, List<float[][]> probs) {
    int n = 0;
    int same = 0;
    for (int i = 0; i < labelled.size(); i++) {
      for (Label l : labelled.get(i).labels()) {
        int c = StepCategory.indexOf(l.category());
        if (c >= 0 && l.step() <= probs.get(i).length) {
          n++;
          same += StepCategory.top(probs.get(i)[l.step() - 1]).ordinal() == c ? 1 : 0;
        }
      }
    }
    return n == 0 ? 0 : same / (double) n;
  }
}
