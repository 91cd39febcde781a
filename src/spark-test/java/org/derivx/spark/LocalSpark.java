package org.derivx.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local Spark ({@code local[2]}, the driver bound to 127.0.0.1, no UI) shared by every Spark
 * test of the run: started by the first test that asks for a {@link SparkSession} parameter,
 * stopped when the run ends.
 */
final class LocalSpark implements ParameterResolver {
  private static final String KEY = "derivx.spark.session";

  /** The session, held in the root store, which closes it at the end of the run. */
  private record Holder(SparkSession session) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      session.stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return session(context);
  }

  private static SparkSession session(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(KEY, k -> new Holder(start()), Holder.class)
        .session();
  }

  private static SparkSession start() {
    return SparkSession.builder()
        .appName("derivx-spark-tests")
        .master("local[2]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }
}
