package org.derivx.gui.generate;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.Verdict;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Prompt;
import org.derivx.gui.session.Tasks;
import org.derivx.io.PromptParser;
import org.derivx.lm.BuiltinModel;
import org.derivx.lm.DerivationPrompt;
import org.derivx.lm.GenerationRequest;
import org.derivx.lm.GenerationResult;
import org.derivx.lm.LiveDerivation;
import org.derivx.lm.ModelException;
import org.derivx.lm.ModelProcess;

/**
 * The Generate panel's state: a prompt, a model file, sampling settings; a generation runs in the
 * background through a {@link ModelProcess} (a child JVM, so a native crash only ends that
 * process), its text streams into {@link #textProperty} and each completed equation joins {@link
 * #steps} with its verdict. Stop works at any time; a dead model process is reported in {@link
 * #statusProperty} and replaced by the next generation.
 */
public final class GenerateViewModel implements AutoCloseable {
  /** One completed equation as shown: number, LaTeX, verdict. */
  public record Row(int number, String latex, Verdict verdict) {}

  private final Tasks tasks;
  private final StepChecker checker;
  private final StringProperty prompt = new SimpleStringProperty("");
  private final StringProperty model = new SimpleStringProperty("builtin");
  private final ObjectProperty<Double> temperature = new SimpleObjectProperty<>(0.0);
  private final IntegerProperty seed = new SimpleIntegerProperty(1);
  private final IntegerProperty maxTokens = new SimpleIntegerProperty(256);
  private final BooleanProperty grammar = new SimpleBooleanProperty(true);
  private final StringProperty text = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private final ObservableList<Row> steps = FXCollections.observableArrayList();
  private ModelProcess process; // used on the background thread only, one generation at a time
  private volatile ModelProcess current;

  public GenerateViewModel(Tasks tasks, CheckOptions options) {
    this.tasks = tasks;
    this.checker = new StepChecker(options);
  }

  public StringProperty promptProperty() {
    return prompt;
  }

  public StringProperty modelProperty() {
    return model;
  }

  public ObjectProperty<Double> temperatureProperty() {
    return temperature;
  }

  public IntegerProperty seedProperty() {
    return seed;
  }

  public IntegerProperty maxTokensProperty() {
    return maxTokens;
  }

  public BooleanProperty grammarProperty() {
    return grammar;
  }

  public StringProperty textProperty() {
    return text;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public BooleanProperty runningProperty() {
    return running;
  }

  public ObservableList<Row> steps() {
    return steps;
  }

  /** The model process's id while one is running (tests kill it), or -1. */
  public long processId() {
    ModelProcess p = current;
    return p == null ? -1 : p.pid();
  }

  /** Starts a generation for the prompt (the paper's sentence, or premises in LaTeX). */
  public void generate() {
    if (running.get()) {
      return;
    }
    String p = prompt.get().strip();
    if (p.isEmpty()) {
      status.set("Type a prompt: Given P1 and P2, then derive I, then obtain G");
      return;
    }
    Prompt parsed = PromptParser.parse(p.startsWith("Given ") ? p : "Given " + p);
    String modelName = model.get().strip();
    GenerationRequest req =
        new GenerationRequest(
            DerivationPrompt.text(parsed),
            temperature.get().floatValue(),
            seed.get(),
            maxTokens.get(),
            grammar.get() ? DerivationPrompt.EQUATIONS_GRAMMAR : null);
    running.set(true);
    steps.clear();
    text.set("");
    status.set("Starting the model\u2026");
    tasks.run(
        () -> {
          run(modelName, parsed, req);
          return null;
        },
        this::failed);
  }

  private void run(String modelName, Prompt parsed, GenerationRequest req) {
    try {
      Path file = BuiltinModel.resolve(modelName);
      if (process == null || !process.model().path().equals(file)) {
        if (process != null) {
          process.close();
        }
        process = null;
        process = ModelProcess.start(file, 2);
      }
      current = process;
      tasks.ui(() -> status.set("Generating with " + file.getFileName() + "\u2026"));
      String name = file.getFileName().toString().replaceFirst("\\.gguf$", "");
      LiveDerivation live =
          new LiveDerivation(
              "generated",
              name,
              "static",
              parsed,
              checker,
              s -> {
                Row row = new Row(s.number(), s.latex(), s.result().verdict());
                tasks.ui(() -> steps.add(row));
              });
      GenerationResult g =
          process.generate(
              req,
              t -> {
                live.accept(t);
                tasks.ui(() -> text.set(text.get() + t));
              });
      DerivationReport r = live.finish();
      String done =
          String.format(
              Locale.ROOT,
              "%s after %d tokens: %d equations, goal %s",
              g.stop() == GenerationResult.Stop.CANCELLED ? "Stopped" : "Done",
              g.tokens(),
              r.steps().size(),
              r.goal().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      tasks.ui(
          () -> {
            // the final check knows the whole derivation (e.g. which steps are used later)
            for (int i = 0; i < steps.size() && i < r.steps().size(); i++) {
              Row old = steps.get(i);
              steps.set(i, new Row(old.number(), old.latex(), r.steps().get(i).verdict()));
            }
            status.set(done);
          });
    } catch (ModelException e) {
      tasks.ui(() -> status.set(e.getMessage()));
    } catch (RuntimeException e) {
      tasks.ui(() -> status.set("Internal error while generating: " + e));
    } finally {
      current = null;
      tasks.ui(() -> running.set(false));
    }
  }

  /** Stops the running generation; what was written so far stays. */
  public void stop() {
    ModelProcess p = current;
    if (p != null) {
      p.cancel();
    }
  }

  /** Ends the model process (when the panel closes). */
  @Override
  public void close() {
    tasks.run(
        () -> {
          if (process != null) {
            process.close();
            process = null;
          }
          return null;
        },
        this::failed);
  }

  /** What escaped the model's thread: said in the panel, never lost (FX thread). */
  private void failed(Throwable e) {
    running.set(false);
    status.set("Internal error while generating: " + e);
  }
}
