package org.derivx.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.derivx.derivation.Derivation;
import org.derivx.flagger.FlaggerException;
import org.derivx.flagger.FlaggerModel;
import org.derivx.flagger.Models;
import org.derivx.gui.browser.BrowserItem;

/**
 * Runs the on-device flagger for the window, off the FX thread: the model is loaded once in the
 * background (the first start unpacks the natives, which is announced in the status bar), then
 * items are flagged in batches as they load or are edited. Without a model the window works as
 * before and says why. The flagger reads LaTeX as text, so it also flags what the checker could not
 * parse. Tests inject a plain function instead of the model.
 */
final class FlagService {
  private final UiExecutor executor;
  private final Consumer<String> status;
  private volatile Function<List<Derivation>, List<float[][]>> flagger;
  private final List<BrowserItem> waiting = new ArrayList<>();
  private boolean failed;

  private final Runnable flagged;

  /** {@code flagged} runs after each batch's flags landed (views that filter on them refresh). */
  FlagService(UiExecutor executor, Consumer<String> status, Runnable flagged) {
    this.executor = executor;
    this.status = status;
    this.flagged = flagged;
  }

  /** The loaded model's calibrated threshold: a top category below it is "uncertain" (0: never). */
  private volatile double uncertainBelow;

  double uncertainBelow() {
    return uncertainBelow;
  }

  /** Loads the shipped model in the background. */
  void start() {
    start(null);
  }

  /**
   * Loads the model in {@code dir} (null: the shipped one) in the background. A broken folder turns
   * the flagger off with the reason in the status bar; the window goes on without it.
   */
  void start(Path dir) {
    executor.background(
        () -> {
          try {
            FlaggerModel m = Models.load(dir, n -> executor.ui(() -> status.accept(n)));
            uncertainBelow = m.uncertainBelow();
            ready(m::predict);
          } catch (FlaggerException e) {
            executor.ui(
                () -> {
                  failed = true;
                  waiting.clear();
                  status.accept("Flagger off: " + e.getMessage());
                });
          }
        });
  }

  /** Uses {@code f} as the flagger (tests), flagging whatever was waiting. */
  void ready(Function<List<Derivation>, List<float[][]>> f) {
    flagger = f;
    executor.ui(
        () -> {
          List<BrowserItem> todo = new ArrayList<>(waiting);
          waiting.clear();
          flag(todo);
        });
  }

  /** Flags {@code items} in the background; results land on each item's flags property. */
  void flag(List<BrowserItem> items) {
    if (failed || items.isEmpty()) {
      return;
    }
    Function<List<Derivation>, List<float[][]>> f = flagger;
    if (f == null) {
      waiting.addAll(items);
      return;
    }
    List<BrowserItem> batch = List.copyOf(items);
    List<Derivation> ds = batch.stream().map(BrowserItem::derivation).toList();
    executor.background(
        () -> {
          List<float[][]> probs;
          synchronized (this) { // one model, one caller at a time
            probs = f.apply(ds);
          }
          executor.ui(
              () -> {
                for (int i = 0; i < batch.size(); i++) {
                  if (batch.get(i).derivation() == ds.get(i)) { // not edited meanwhile
                    batch.get(i).flagsProperty().set(probs.get(i));
                  }
                }
                flagged.run();
              });
        });
  }
}
