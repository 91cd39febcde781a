package org.derivx.lm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A GGUF model run in a child JVM ({@code org.derivx.lm.runtime.ModelServer}), so that llama.cpp's
 * aborts, its native threads and its stdout never reach the caller. The file is checked first
 * ({@link ModelFile}). A child that dies is reported by the generation it was running (a {@link
 * ModelException} with {@link ModelException#crashed}) and started afresh by the next one. One
 * generation at a time; {@link #cancel} may be called from any thread.
 */
public final class ModelProcess implements AutoCloseable {
  static final String SERVER = "org.derivx.lm.runtime.ModelServer";
  private static final JsonNode EOF = Protocol.object("ev", "eof");

  private final ModelFile model;
  private final int threads;
  private final Path log;
  private final boolean embeddings;
  private Process process;
  private Writer toChild;
  private BlockingQueue<JsonNode> events;
  private long nextId;
  private volatile long running = -1;
  private int restarts;

  private ModelProcess(ModelFile model, int threads, Path log, boolean embeddings) {
    this.model = model;
    this.threads = threads;
    this.log = log;
    this.embeddings = embeddings;
  }

  /** Checks the file, starts the child and waits until the model is loaded. */
  public static ModelProcess start(Path file, int threads) throws ModelException {
    return start(file, threads, false);
  }

  /**
   * A process that answers {@link #lastHidden} (llama.cpp's embedding mode, which changes how it
   * schedules a generation, so it is a process of its own).
   */
  public static ModelProcess startForHiddenStates(Path file, int threads) throws ModelException {
    return start(file, threads, true);
  }

  private static ModelProcess start(Path file, int threads, boolean embeddings)
      throws ModelException {
    ModelFile m = ModelFile.open(file);
    Path log;
    try {
      log = Files.createTempFile("derivx-model-", ".log");
    } catch (IOException e) {
      throw new ModelException("cannot create the model process's log: " + e.getMessage());
    }
    ModelProcess p = new ModelProcess(m, threads, log, embeddings);
    p.launch();
    return p;
  }

  public ModelFile model() {
    return model;
  }

  /** Where the child's log (llama.cpp's output) goes. */
  public Path log() {
    return log;
  }

  /** How many times a dead child was replaced. */
  public synchronized int restarts() {
    return restarts;
  }

  /** The child's process id (tests kill it). */
  public synchronized long pid() {
    return process.pid();
  }

  private void launch() throws ModelException {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaExecutable());
    cmd.add("-Xmx512m");
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(SERVER);
    cmd.add(model.path().toAbsolutePath().toString());
    cmd.add(Integer.toString(threads));
    cmd.add(Integer.toString(Math.min(model.contextLength(), 4096)));
    if (embeddings) {
      cmd.add("embed");
    }
    try {
      process =
          new ProcessBuilder(cmd)
              .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new ModelException("cannot start the model process: " + e.getMessage());
    }
    toChild = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    BlockingQueue<JsonNode> q = new LinkedBlockingQueue<>();
    events = q;
    Process p = process;
    Thread reader = new Thread(() -> read(p, q), "model-process-reader");
    reader.setDaemon(true);
    reader.start();
    JsonNode first = take();
    if (!first.path("ev").asText().equals("ready")) {
      String why =
          first.has("message")
              ? first.get("message").asText()
              : "the process stopped" + exitStatus();
      destroy();
      throw new ModelException(
          model.path().getFileName() + ": llama.cpp could not load it (" + why + "); log: " + log);
    }
  }

  private void read(Process p, BlockingQueue<JsonNode> q) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = Protocol.parse(line);
        if (n != null) {
          q.add(n);
        } else {
          appendLog(line);
        }
      }
    } catch (IOException e) {
      appendLog("reading the model process: " + e);
    }
    q.add(EOF);
  }

  private synchronized void appendLog(String line) {
    try {
      Files.writeString(
          log,
          "[stdout] " + line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // the log is a courtesy; the message itself is never lost from the protocol
    }
  }

  /**
   * Generates for {@code request}, handing each token's text to {@code onToken} as it arrives (on
   * the calling thread). A child that died since the last call is restarted first.
   */
  public GenerationResult generate(GenerationRequest request, Consumer<String> onToken)
      throws ModelException {
    var bad = model.untokenizable(request.prompt());
    if (bad.isPresent()) {
      throw new ModelException(
          model.path().getFileName()
              + ": its vocabulary cannot spell the prompt's character '"
              + bad.get()
              + "' (U+"
              + String.format("%04X", bad.get().codePointAt(0))
              + "); llama.cpp would abort on it");
    }
    long id;
    synchronized (this) {
      if (closed) {
        // never restarted once closed: nobody would close the new child
        throw new ModelException("the model process was closed");
      }
      if (!process.isAlive()) {
        destroy();
        restarts++;
        launch();
      }
      id = ++nextId;
      running = id;
    }
    try {
      send(Protocol.generate(id, request).toString());
      StringBuilder text = new StringBuilder();
      int tokens = 0;
      while (true) {
        JsonNode e = take();
        String ev = e.path("ev").asText();
        if (ev.equals("eof")) {
          throw new ModelException(
              "the model process stopped while generating"
                  + exitStatus()
                  + "; it is restarted for the next prompt; log: "
                  + log,
              true);
        }
        if (e.path("id").asLong(-1) != id) {
          continue; // a late event of a cancelled generation
        }
        if (ev.equals("token")) {
          String t = e.path("text").asText();
          text.append(t);
          tokens++;
          onToken.accept(t);
        } else if (ev.equals("done")) {
          GenerationResult.Stop stop =
              switch (e.path("stop").asText()) {
                case "cancelled" -> GenerationResult.Stop.CANCELLED;
                case "length" -> GenerationResult.Stop.LENGTH;
                default -> GenerationResult.Stop.END;
              };
          return new GenerationResult(text.toString(), tokens, stop);
        } else if (ev.equals("error")) {
          throw new ModelException(
              model.path().getFileName() + ": generation failed: " + e.path("message").asText());
        }
      }
    } finally {
      running = -1;
    }
  }

  /**
   * The final-norm hidden state at the last position of {@code prompt} (begin token added): the
   * model's next-token logits are its product with {@code output.weight}. Only on a process from
   * {@link #startForHiddenStates}.
   */
  public synchronized float[] lastHidden(String prompt) throws ModelException {
    if (!embeddings) {
      throw new IllegalStateException("not started for hidden states");
    }
    long id = ++nextId;
    send(Protocol.object("op", "embed").put("id", id).put("prompt", prompt).toString());
    while (true) {
      JsonNode e = take();
      String ev = e.path("ev").asText();
      if (ev.equals("eof")) {
        throw new ModelException(
            "the model process stopped" + exitStatus() + "; log: " + log, true);
      }
      if (ev.equals("error")) {
        throw new ModelException("embedding failed: " + e.path("message").asText());
      }
      if (ev.equals("embedding") && e.path("id").asLong() == id) {
        JsonNode v = e.get("values");
        float[] out = new float[v.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = (float) v.get(i).asDouble();
        }
        return out;
      }
    }
  }

  /**
   * Stops the running generation, if any; it returns with {@link GenerationResult.Stop#CANCELLED}.
   */
  public void cancel() {
    long id = running;
    if (id >= 0) {
      send(Protocol.object("op", "cancel").put("id", id).toString());
    }
  }

  private synchronized void send(String json) {
    try {
      toChild.write(json);
      toChild.write('\n');
      toChild.flush();
    } catch (IOException e) {
      // the reader sees the end of the child's output and the generation reports the crash
    }
  }

  private JsonNode take() throws ModelException {
    try {
      return events.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      throw new ModelException("interrupted while waiting for the model");
    }
  }

  private String exitStatus() {
    try {
      if (process.waitFor(5, TimeUnit.SECONDS)) {
        int c = process.exitValue();
        return c > 128 ? " (signal " + (c - 128) + ")" : " (exit code " + c + ")";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "";
  }

  private boolean closed; // guarded by this

  private void destroy() {
    process.destroyForcibly();
  }

  /** Asks the child to quit and makes sure it has gone. */
  @Override
  public synchronized void close() {
    closed = true;
    try {
      send(Protocol.object("op", "quit").toString());
      toChild.close();
    } catch (IOException e) {
      // already gone
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        destroy();
      }
    } catch (InterruptedException e) {
      destroy();
      Thread.currentThread().interrupt();
    }
  }

  private static String javaExecutable() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    if (Files.isExecutable(java)) {
      return java.toString();
    }
    return ProcessHandle.current().info().command().orElse("java");
  }
}
