package org.derivx.cas;

import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.parser.client.ParserConfig;

/**
 * The one place that touches Symja's global settings. They are static, so they are set once, before
 * any Symja class that reads them is used: case-sensitive names (else {@code E} and {@code e}
 * collide), no JAS worker threads (else the JVM lingers a minute after main), no file system. Every
 * Symja user calls {@link #engine()} first.
 */
public final class SymjaRuntime {
  private static final ThreadLocal<EvalEngine> ENGINES =
      ThreadLocal.withInitial(SymjaRuntime::newEngine);

  static {
    ParserConfig.PARSER_USE_LOWERCASE_SYMBOLS = false;
    Config.JAS_NO_THREADS = true;
    Config.FILESYSTEM_ENABLED = false;
    Config.JAVA_AWT_DESKTOP_AVAILABLE = false;
  }

  private SymjaRuntime() {}

  /** This thread's engine, created and installed on first use. */
  public static EvalEngine engine() {
    EvalEngine e = ENGINES.get();
    EvalEngine.set(e);
    return e;
  }

  private static EvalEngine newEngine() {
    EvalEngine e = new EvalEngine(false);
    e.setQuietMode(true);
    return e;
  }
}
