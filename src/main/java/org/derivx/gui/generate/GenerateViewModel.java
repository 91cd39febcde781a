package org.derivx.gui.generate;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;
import org.derivx.gui.session.Tasks;
import org.derivx.io.PromptParser;
import org.derivx.lm.BuiltinModel;
import org.derivx.lm.DerivationPrompt;
import org.derivx.lm.GeneratedLine;
import org.derivx.lm.GenerationRequest;
import org.derivx.lm.GenerationResult;
import org.derivx.lm.LiveDerivation;
import org.derivx.lm.ModelException;
import org.derivx.lm.ModelProcess;

/**
 * The Generate panel's state: a prompt (typed, or the selected derivation's), a model file,
 * sampling settings; a generation runs in the background through a {@link ModelProcess} (a child
 * JVM, so a native crash only ends that process), its text streams into {@link #textProperty} and
 * each completed equation joins {@link #steps} with its verdict and the flagger's opinion. Stop
 * works at any time; a dead model process is reported in {@link #statusProperty} and replaced by
 * the next generation. A finished (or stopped) generation joins the open dataset as the variant
 * {@code <perturbation>_<model>} and is appended to the JSONL beside it ({@link GenerateTarget}).
 */
public final class GenerateViewModel implements AutoCloseable {
  /** One completed equation as shown: number, equation, the checker's result, the flags. */
  public record Row(int number, Equation equation, StepResult result, float[] flag) {
    public Verdict verdict() {
      return result.verdict();
    }

    public String latex() {
      return equation.raw();
    }
  }

  private final Session session;
  private final Tasks tasks;
  private final GenerateTarget target;
  private final CheckOptions options;

  /**
   * Made on the worker at the first generation: it loads Symja, seconds the FX thread must not
   * wait.
   */
  private StepChecker checker;

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
  private GenerationJob.Origin origin;
  // the model process, kept between generations; guarded by the lock, as close() (from the FX
  // thread, through the worker pool) may run while a generation starts or runs on another worker
  private final Object lock = new Object();
  private ModelProcess process;
  // set without the lock (the FX thread must not wait while a worker starts a model under it)
  private volatile boolean closed;
  private volatile ModelProcess current;

  /** The panel on its own: nothing joins a dataset, nothing is saved or flagged. */
  public GenerateViewModel(Tasks tasks, CheckOptions options) {
    this(new Session(tasks), options, GenerateTarget.NONE);
  }

  public GenerateViewModel(Session session, CheckOptions options, GenerateTarget target) {
    this.session = session;
    this.tasks = session.tasks();
    this.target = target;
    this.options = options;
  }

  private synchronized StepChecker checker() {
    if (checker == null) {
      checker = new StepChecker(options);
    }
    return checker;
  }

  /** Whether the checker has been made (tests: opening the panel must not make it). */
  synchronized boolean checkerMade() {
    return checker != null;
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

  /** The window's theme (the view redraws the formulas when it changes). */
  public javafx.beans.value.ObservableBooleanValue darkProperty() {
    return session.darkProperty();
  }

  /** Whether the steps are drawn for the dark theme. */
  public boolean dark() {
    return session.darkProperty().get();
  }

  /** Below this the flagger's top category is shown as uncertain. */
  public double flagUncertainBelow() {
    return session.flagUncertainBelow();
  }

  /** The model process's id while one is running (tests kill it), or -1. */
  public long processId() {
    ModelProcess p = current;
    return p == null ? -1 : p.pid();
  }

  /**
   * Puts the selected derivation's prompt (its perturbation's) in the box, in the paper's words; a
   * generation for it joins that record. False, with the reason in the status, when there is none.
   */
  public boolean useSelection() {
    Item i = session.selected();
    if (i == null) {
      status.set("Select a derivation in the browser to use its prompt");
      return false;
    }
    Derivation d = i.derivation();
    Prompt p = d.prompt() != null ? d.prompt() : i.record().prompt();
    if (p == null) {
      status.set(i.id() + " has no prompt; type one");
      return false;
    }
    String sentence = DerivationPrompt.text(p).strip();
    origin = new GenerationJob.Origin(i.record(), d.perturbation(), p, sentence);
    prompt.set(sentence);
    status.set("The prompt of " + i.id() + " (" + d.perturbation() + ")");
    return true;
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
    String modelName;
    try {
      String m = model.get().strip();
      modelName =
          m.equals("builtin")
              ? BuiltinModel.FILE.replaceFirst("\\.gguf$", "")
              : GeneratedLine.modelName(Path.of(m));
    } catch (InvalidPathException e) {
      status.set("Not a model file name: " + model.get());
      return;
    }
    GenerationJob.Origin from = origin != null && origin.text().equals(p) ? origin : null;
    Prompt parsed =
        from != null
            ? from.prompt()
            : PromptParser.parse(p.startsWith("Given ") ? p : "Given " + p);
    String perturbation = from != null ? from.perturbation() : "static";
    String base = from != null ? from.record().id() : "generated";
    String variant = perturbation + "_" + modelName;
    String id = base;
    for (int n = 2; session.find(id, variant) != null; n++) {
      id = base + "/" + n; // the record stays the text before the first '/'
    }
    GenerationRequest req =
        new GenerationRequest(
            DerivationPrompt.text(parsed),
            temperature.get().floatValue(),
            seed.get(),
            maxTokens.get(),
            grammar.get() ? DerivationPrompt.EQUATIONS_GRAMMAR : null);
    GenerationJob job =
        new GenerationJob(id, modelName, perturbation, parsed, from, req, target.jsonl());
    String modelFile = model.get().strip();
    running.set(true);
    steps.clear();
    text.set("");
    status.set("Starting the model\u2026");
    tasks.run(
        () -> {
          run(modelFile, job);
          return null;
        },
        this::failed);
  }

  private void run(String modelFile, GenerationJob job) {
    try {
      Path file = BuiltinModel.resolve(modelFile);
      ModelProcess p;
      synchronized (lock) {
        if (closed) {
          // the panel closed before this generation started: no model process is left behind
          return;
        }
        if (process == null || !process.model().path().equals(file)) {
          if (process != null) {
            process.close();
          }
          process = null;
          process = ModelProcess.start(file, 2);
        }
        p = process;
        current = p;
      }
      tasks.ui(() -> status.set("Generating with " + file.getFileName() + "\u2026"));
      List<LiveDerivation> live = new ArrayList<>(1);
      live.add(
          new LiveDerivation(
              job.id(),
              job.modelName(),
              job.perturbation(),
              job.prompt(),
              checker(),
              s -> {
                Derivation sofar = live.get(0).derivation();
                Equation e = sofar.steps().get(s.number() - 1);
                Row row = new Row(s.number(), e, s.result(), flagOf(sofar, s.number()));
                tasks.ui(() -> steps.add(row));
              }));
      GenerationResult g =
          p.generate(
              job.request(),
              t -> {
                live.get(0).accept(t);
                tasks.ui(() -> text.set(text.get() + t));
              });
      finished(job, modelFile, live.get(0), g);
    } catch (ModelException e) {
      tasks.ui(() -> status.set(e.getMessage()));
    } catch (RuntimeException e) {
      tasks.ui(() -> status.set("Internal error while generating: " + e));
    } finally {
      current = null;
      tasks.ui(() -> running.set(false));
    }
  }

  /** The whole derivation checked and flagged once more, saved, and joined to the dataset. */
  private void finished(
      GenerationJob job, String modelFile, LiveDerivation live, GenerationResult g) {
    DerivationReport r = live.finish();
    Derivation d = live.derivation();
    float[][] flags = flags(d);
    String saved = job.save(modelFile, live, g);
    Item item = new Item(job.record(d), d);
    String done =
        String.format(
            Locale.ROOT,
            "%s after %d tokens: %d equations, goal %s; %s %s%s",
            g.stop() == GenerationResult.Stop.CANCELLED ? "Stopped" : "Done",
            g.tokens(),
            r.steps().size(),
            r.goal().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            job.id(),
            d.name(),
            saved);
    tasks.ui(
        () -> {
          // the final check knows the whole derivation (e.g. which steps are used later)
          for (int i = 0; i < steps.size() && i < r.steps().size(); i++) {
            Row old = steps.get(i);
            float[] f = flags != null && i < flags.length ? flags[i] : old.flag();
            steps.set(i, new Row(old.number(), old.equation(), r.steps().get(i), f));
          }
          item.checked(r);
          if (flags != null) {
            item.flagged(flags);
          }
          target.add(item);
          status.set(done);
        });
  }

  private float[] flagOf(Derivation d, int step) {
    float[][] f = flags(d);
    return f == null || f.length < step ? null : f[step - 1];
  }

  /** The flagger's opinion, or null: without a flagger, or if it fails (the check still stands). */
  private float[][] flags(Derivation d) {
    try {
      return target.flag(d);
    } catch (RuntimeException e) {
      tasks.ui(() -> session.report("Flagging the generation failed", e));
      return null;
    }
  }

  /** Stops the running generation; what was written so far stays. */
  public void stop() {
    ModelProcess p = current;
    if (p != null) {
      p.cancel();
    }
  }

  /**
   * Ends the model process (when the panel closes): a running generation is stopped, one not yet
   * started never starts its process, and the process is closed on a worker.
   */
  @Override
  public void close() {
    closed = true;
    stop();
    tasks.run(
        () -> {
          synchronized (lock) {
            if (process != null) {
              process.close();
              process = null;
            }
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
