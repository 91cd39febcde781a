package org.derivx.gui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;
import org.derivx.check.run.CheckListener;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.ItemState;
import org.derivx.gui.session.Session;
import org.derivx.gui.session.Task;
import org.derivx.latex.Equations;

/**
 * The source editor's state: the selected derivation's raw LaTeX, one equation per line, and each
 * line's verdict. {@link #edit} re-parses and re-checks in the background after a pause in typing
 * (debounced); the edited derivation then replaces the item's, so every view follows.
 */
public final class EditorViewModel {
  /** Typing pause before a re-check, in milliseconds. */
  public static final long DEBOUNCE_MILLIS = 350;

  private final Session session;
  private final ObjectProperty<Item> selected;
  private final CheckOptions options;

  /**
   * Made on a worker at the first edit: making it loads Symja, seconds the FX thread must not wait.
   */
  private StepChecker checker;

  private final StringProperty source = new SimpleStringProperty("");
  private final ObservableList<Verdict> lineVerdicts = FXCollections.observableArrayList();
  private final BooleanProperty pending = new SimpleBooleanProperty(false);
  private final AtomicLong generation = new AtomicLong();

  /** The generation whose text the lines' verdicts describe. */
  private long appliedGeneration;

  /** Cancels the check of an older text. */
  private volatile AtomicBoolean cancelRunning = new AtomicBoolean();

  private final ChangeListener<ItemState> onReport =
      (o, a, b) -> {
        // null: unloaded (an item no longer shown, whose listener goes next)
        if (a != null
            && b != null
            && generation.get() == appliedGeneration
            && a.report() != b.report()) {
          tint(b.report());
        }
      };

  private Task debounce = Task.done();

  private String text = "";

  public EditorViewModel(Session session, CheckOptions options) {
    this.session = session;
    this.selected = session.selectedProperty();
    this.options = options;
    selected.addListener(
        (o, a, b) -> {
          if (a != null) {
            a.stateProperty().removeListener(onReport);
          }
          if (b != null) {
            b.stateProperty().addListener(onReport);
          }
          load();
        });
    load();
  }

  /** The selected derivation's text changed the editor: its steps, one per line. */
  private void load() {
    appliedGeneration = generation.incrementAndGet();
    cancelRunning.set(true);
    pending.set(false);
    Item i = selected.get();
    text =
        i == null
            ? ""
            : String.join("\n", i.derivation().steps().stream().map(Equation::raw).toList());
    source.set(null); // always a change: the area may hold an edit of equal original text
    source.set(text);
    tint(i == null ? null : i.report());
  }

  /** The user changed the text: re-parse and re-check after {@link #DEBOUNCE_MILLIS}. */
  public void edit(String newText) {
    if (newText.equals(text)) {
      return;
    }
    text = newText;
    Item item = selected.get();
    if (item == null) {
      return;
    }
    long g = generation.incrementAndGet();
    cancelRunning.set(true); // a check of an older text stops at its next step
    pending.set(true);
    debounce.cancel();
    debounce =
        session
            .tasks()
            .later(
                DEBOUNCE_MILLIS,
                () -> {
                  if (generation.get() == g) {
                    recheck(item, newText, g);
                  }
                });
  }

  /** Parses and checks the edited text in the background; a newer edit drops the result. */
  private void recheck(Item item, String newText, long g) {
    Derivation edited =
        item.original().withSteps(lines(newText).stream().map(Equations::parse).toList());
    AtomicBoolean cancel = new AtomicBoolean();
    cancelRunning = cancel;
    session
        .tasks()
        .submit(
            () -> {
              synchronized (this) { // one Symja engine, not thread-safe
                if (checker == null) {
                  checker = new StepChecker(options);
                }
                return generation.get() != g
                    ? null
                    : checker.check(item.id(), edited, CheckListener.NONE, cancel);
              }
            },
            report -> {
              if (report != null && generation.get() == g && selected.get() == item) {
                appliedGeneration = g;
                pending.set(false);
                item.edit(edited, report);
              }
            },
            e -> {
              if (generation.get() == g) {
                pending.set(false);
                item.failed("Checking the edit failed: " + Session.describe(e));
                session.report("Checking the edit of " + item.id() + " failed", e);
              }
            });
  }

  /** Back to the file's derivation. */
  public void revert() {
    Item i = selected.get();
    if (i != null) {
      i.revert();
      load();
    }
  }

  /** One equation per non-blank line. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  /** The step each line of the tinted text holds (1-based; 0 for a blank line). */
  private int[] lineSteps = new int[0];

  /** Each line's verdict and step: blank lines none, the k-th non-blank line step k's. */
  private void tint(DerivationReport r) {
    String[] lines = text.split("\n", -1);
    List<Verdict> out = new ArrayList<>();
    int[] steps = new int[lines.length];
    int k = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        out.add(null);
      } else {
        steps[i] = ++k;
        out.add(r != null && k <= r.steps().size() ? r.steps().get(k - 1).verdict() : null);
      }
    }
    lineSteps = steps;
    lineVerdicts.setAll(out);
  }

  /**
   * The step a line holds (1-based), or 0 for a blank line (computed once per tint, not per call).
   */
  public int stepOfLine(int line) {
    return line >= 0 && line < lineSteps.length ? lineSteps[line] : 0;
  }

  /** The line holding step {@code k}, or -1. */
  public int lineOfStep(int k) {
    for (int i = 0; i < lineSteps.length; i++) {
      if (lineSteps[i] == k) {
        return i;
      }
    }
    return -1;
  }

  /** The selected step (the editor keeps its line in sight). */
  public IntegerProperty stepProperty() {
    return session.stepProperty();
  }

  /** The step results by line, for tooltips. */
  public StepResult resultOfLine(int line) {
    Item i = selected.get();
    int k = stepOfLine(line);
    if (i == null || i.report() == null || k < 1 || k > i.report().steps().size()) {
      return null;
    }
    return i.report().steps().get(k - 1);
  }

  /** The text the editor shows after a selection change (not after the user's own edits). */
  public ReadOnlyStringProperty sourceProperty() {
    return source;
  }

  /** Verdict per line of the current text (null: blank or not checked yet). */
  public ObservableList<Verdict> lineVerdicts() {
    return lineVerdicts;
  }

  /** An edit is waiting for its check. */
  public BooleanProperty pendingProperty() {
    return pending;
  }
}
