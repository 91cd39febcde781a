package org.derivx.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.derivx.derivation.Derivation;
import org.derivx.flagger.FlaggerModel;
import org.derivx.flagger.Models;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;

/**
 * Runs the on-device flagger for the window, on the session's threads: the model is loaded once in
 * the background (the first start unpacks the natives, which is announced in the status bar), then
 * items are flagged in batches as they load or are edited. Without a model the window works as
 * before and says why; a batch whose flagging throws is named in the status bar and the others go
 * on. The flagger reads LaTeX as text, so it also flags what the checker could not parse. Tests
 * inject a plain function instead of the model.
 */
final class FlagService {
  private final Session session;
  private final Runnable flagged;
  private final List<Item> waiting = new ArrayList<>();
  private volatile Function<List<Derivation>, List<float[][]>> flagger;
  private volatile boolean off;

  /** {@code flagged} runs after each batch's flags landed (views that filter on them refresh). */
  FlagService(Session session, Runnable flagged) {
    this.session = session;
    this.flagged = flagged;
  }

  /**
   * Loads the model in {@code dir} (null: the shipped one) in the background. A broken folder turns
   * the flagger off with the reason in the status bar; the window goes on without it.
   */
  void start(Path dir) {
    session
        .tasks()
        .submit(
            () -> Models.load(dir, n -> session.tasks().ui(() -> session.statusProperty().set(n))),
            (FlaggerModel m) -> {
              session.flagUncertainBelow(m.uncertainBelow());
              ready(m::predict);
            },
            e -> {
              off = true;
              waiting.clear();
              session.report("Flagger off", e);
            });
  }

  /** Uses {@code f} as the flagger (tests), flagging whatever was waiting (FX thread). */
  void ready(Function<List<Derivation>, List<float[][]>> f) {
    flagger = f;
    List<Item> todo = new ArrayList<>(waiting);
    waiting.clear();
    flag(todo);
  }

  /**
   * The flagger's probabilities for one derivation, computed now on the caller's thread (the
   * Generate panel, as each equation completes); null while no flagger is loaded.
   */
  float[][] flagNow(Derivation d) {
    Function<List<Derivation>, List<float[][]>> f = flagger;
    if (off || f == null) {
      return null;
    }
    synchronized (f) { // one model, one caller at a time
      return f.apply(List.of(d)).get(0);
    }
  }

  /** Flags {@code items} in the background; results land on each item's state. */
  void flag(List<Item> items) {
    if (off || items.isEmpty()) {
      return;
    }
    Function<List<Derivation>, List<float[][]>> f = flagger;
    if (f == null) {
      waiting.addAll(items);
      return;
    }
    List<Item> batch = List.copyOf(items);
    List<Derivation> ds = batch.stream().map(Item::derivation).toList();
    session
        .tasks()
        .submit(
            () -> {
              synchronized (f) { // one model, one caller at a time
                return f.apply(ds);
              }
            },
            probs -> {
              for (int i = 0; i < batch.size(); i++) {
                Item it = batch.get(i);
                // not edited (nor unloaded) meanwhile
                if (it.isLoaded() && it.loadedState().derivation() == ds.get(i)) {
                  it.flagged(probs.get(i));
                }
              }
              flagged.run();
            },
            e ->
                session.report(
                    "Flagging failed for "
                        + batch.size()
                        + " derivation(s) from "
                        + batch.get(0).id()
                        + " on",
                    e));
  }
}
