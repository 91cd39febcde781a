package org.derivx.lm.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.args.CacheType;
import de.kherud.llama.args.LogFormat;
import de.kherud.llama.args.PoolingType;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.derivx.lm.Protocol;

/**
 * The model process: the only code that loads llama.cpp (through java-llama.cpp). Started by {@link
 * org.derivx.lm.ModelProcess} as a child JVM with the model file as its argument, it answers JSON
 * lines on stdin with marked JSON lines on stdout; Java's own {@code System.out} and llama.cpp's
 * log go to stderr. It exits explicitly (the binding's native worker thread would keep the JVM
 * alive), on {@code quit} or when stdin closes, so it never outlives its caller.
 */
public final class ModelServer {
  private final PrintStream out;
  private final LlamaModel model;
  private final AtomicLong cancelled = new AtomicLong(-1);

  private ModelServer(PrintStream out, LlamaModel model) {
    this.out = out;
    this.model = model;
  }

  /**
   * Arguments: MODEL.gguf THREADS CONTEXT [embed]. With {@code embed} the process answers {@code
   * embed} requests with the last position's normalised hidden state (llama.cpp's LAST pooling),
   * from which the caller computes next-token probabilities: the binding's {@code setNProbs} aborts
   * the process in 4.2.0.
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    int status = 0;
    try {
      LlamaModel.setLogger(LogFormat.TEXT, (level, msg) -> System.err.print(msg));
      ModelParameters p =
          new ModelParameters()
              .setModel(args[0])
              .setThreads(Integer.parseInt(args[1]))
              .setCtxSize(Integer.parseInt(args[2]))
              .setGpuLayers(0);
      if (args.length > 3 && args[3].equals("embed")) {
        // full precision keys and values: the check against DJL compares probabilities to 1e-3
        p.enableEmbedding()
            .setPoolingType(PoolingType.LAST)
            .setCacheTypeK(CacheType.F32)
            .setCacheTypeV(CacheType.F32);
      }
      LlamaModel model = new LlamaModel(p);
      ModelServer server = new ModelServer(out, model);
      server.send(Protocol.object("ev", "ready"));
      server.serve();
      model.close();
    } catch (Throwable e) { // reported to the caller, which names the model file
      e.printStackTrace();
      out.println(
          Protocol.line(
              Protocol.object("ev", "error").put("message", String.valueOf(e.getMessage()))));
      status = 2;
    }
    out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(status);
  }

  private synchronized void send(ObjectNode message) {
    out.println(Protocol.line(message));
  }

  private void serve() throws Exception {
    ExecutorService worker = Executors.newSingleThreadExecutor();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      JsonNode req = Protocol.request(line);
      String op = req.path("op").asText();
      if (op.equals("quit")) {
        break;
      } else if (op.equals("cancel")) {
        cancelled.set(req.path("id").asLong());
      } else if (op.equals("embed")) {
        worker.submit(() -> embed(req));
      } else if (op.equals("generate")) {
        worker.submit(() -> generate(req));
      } else {
        send(Protocol.object("ev", "error").put("message", "unknown request " + op));
      }
    }
    worker.shutdownNow();
  }

  private void embed(JsonNode req) {
    long id = req.path("id").asLong();
    try {
      float[] e = model.embed(req.path("prompt").asText());
      ObjectNode n = Protocol.object("ev", "embedding").put("id", id);
      var values = n.putArray("values");
      for (float f : e) {
        values.add(f);
      }
      send(n);
    } catch (RuntimeException e) {
      e.printStackTrace();
      send(
          Protocol.object("ev", "error")
              .put("id", id)
              .put("message", String.valueOf(e.getMessage())));
    }
  }

  private void generate(JsonNode req) {
    long id = req.path("id").asLong();
    try {
      InferenceParameters ip =
          new InferenceParameters(req.path("prompt").asText())
              .setNPredict(req.path("maxTokens").asInt())
              .setTemperature((float) req.path("temperature").asDouble())
              .setSeed(req.path("seed").asInt())
              .setCachePrompt(false);
      if (req.hasNonNull("grammar")) {
        ip.setGrammar(req.get("grammar").asText());
      }
      int tokens = 0;
      String stop = "length";
      LlamaIterator it = model.generate(ip).iterator();
      while (it.hasNext()) {
        if (cancelled.get() == id) {
          it.cancel();
          stop = "cancelled";
          break;
        }
        LlamaOutput o = it.next();
        tokens++;
        send(Protocol.object("ev", "token").put("id", id).put("text", o.text));
      }
      if (!stop.equals("cancelled") && tokens < req.path("maxTokens").asInt()) {
        stop = "end";
      }
      send(Protocol.object("ev", "done").put("id", id).put("tokens", tokens).put("stop", stop));
    } catch (RuntimeException e) {
      e.printStackTrace();
      send(
          Protocol.object("ev", "error")
              .put("id", id)
              .put("message", String.valueOf(e.getMessage())));
    }
  }
}
