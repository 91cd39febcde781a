package org.derivx.cas;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.parser.client.ParserConfig;

/**
 * The one place that touches Symja's global settings. They are static, so they are set once, before
 * any Symja class that reads them is used: case-sensitive names (else {@code E} and {@code e}
 * collide), no JAS worker threads (else the JVM lingers a minute after main), no file system. Every
 * Symja user goes through {@link #bounded}: one engine per thread, a counted budget per call, and a
 * far-away wall-clock safety net that only a bug should ever reach.
 */
public final class SymjaRuntime {
  /** How a bounded call ended. */
  public enum End {
    DONE,
    /** The counted budget was spent. */
    BUDGET,
    /** The wall-clock safety net fired (a bug or a pathological input; not a verdict). */
    SAFETY_NET,
    /** Symja failed (an error of its own, or a result we cannot use). */
    FAILED
  }

  /** A bounded call's value (null unless DONE) and how it ended. */
  public record Outcome<T>(T value, End end, long steps) {}

  /** Wall-clock limit of one call: far beyond any budget; it exists so a bug cannot hang a run. */
  public static final long SAFETY_NET_MILLIS = 60_000;

  private static final ThreadLocal<CountingEngine> ENGINES =
      ThreadLocal.withInitial(SymjaRuntime::newEngine);

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "symja-watchdog");
            t.setDaemon(true);
            return t;
          });

  static {
    ParserConfig.PARSER_USE_LOWERCASE_SYMBOLS = false;
    Config.JAS_NO_THREADS = true;
    Config.FILESYSTEM_ENABLED = false;
    Config.JAVA_AWT_DESKTOP_AVAILABLE = false;
  }

  private SymjaRuntime() {}

  /** This thread's engine, created and installed on first use. */
  static CountingEngine engine() {
    CountingEngine e = ENGINES.get();
    EvalEngine.set(e);
    return e;
  }

  /**
   * Symja loads its rules lazily on first use: integration rules on the first {@code Integrate},
   * behind a latch that a stopped first call would never release (seen: two generator threads hung
   * forever). Loading them once here, unbounded, keeps that cost out of every budget and makes the
   * first bounded call cost what every later one costs.
   */
  private static final boolean WARM = warmUp();

  private static boolean warmUp() {
    CountingEngine e = engine();
    e.unlimited();
    e.evaluate(F.Integrate(S.x, S.x));
    e.evaluate(F.Simplify(F.Subtract(F.Sqr(F.Sin(S.x)), F.Subtract(F.C1, F.Sqr(F.Cos(S.x))))));
    e.evaluate(F.D(F.Times(S.x, F.Exp(S.x)), S.x));
    return true;
  }

  /** Loads Symja's rules now (e.g. on a background thread at start), so first use is not slow. */
  public static void warm() {
    if (!WARM) {
      throw new IllegalStateException("Symja did not start");
    }
  }

  /**
   * Runs {@code work} on this thread's engine with {@code steps} counted evaluation steps allowed.
   * Symja's own failures and a spent budget end the call; nothing escapes but errors.
   */
  public static <T> Outcome<T> bounded(long steps, Function<EvalEngine, T> work) {
    warm();
    CountingEngine e = engine();
    e.limit(steps);
    ScheduledFuture<?> alarm =
        WATCHDOG.schedule(e::stopRequest, SAFETY_NET_MILLIS, TimeUnit.MILLISECONDS);
    try {
      T value = work.apply(e);
      if (e.exhausted()) {
        return new Outcome<>(null, End.BUDGET, e.count());
      }
      return new Outcome<>(value, value == null ? End.FAILED : End.DONE, e.count());
    } catch (RuntimeException | StackOverflowError failure) {
      // Symja's own errors, its reaction to our stop request, or our converter refusing a result
      End end = e.exhausted() ? End.BUDGET : alarm.isDone() ? End.SAFETY_NET : End.FAILED;
      return new Outcome<>(null, end, e.count());
    } finally {
      alarm.cancel(false);
      e.unlimited();
    }
  }

  private static CountingEngine newEngine() {
    CountingEngine e = new CountingEngine();
    e.setQuietMode(true);
    return e;
  }
}
