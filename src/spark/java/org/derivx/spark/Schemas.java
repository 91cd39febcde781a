package org.derivx.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet schemas of the JSONL lines ({@code ReportFormat.stepJson} and {@code derivationJson},
 * and the error line of a failed check). Fixed, not inferred: a counterexample's point is a map
 * from symbol to value, not a struct with a field per symbol ever seen.
 */
final class Schemas {
  private Schemas() {}

  static final StructType STEPS =
      createStructType(
          List.of(
              field("derivation", StringType),
              field("variant", StringType),
              field("step", IntegerType),
              field("latex", StringType),
              field("verdict", StringType),
              field("rule", StringType),
              field("uses", createArrayType(IntegerType)),
              field("premises", createArrayType(IntegerType)),
              field("argument", StringType),
              field(
                  "alternatives",
                  createArrayType(
                      createStructType(
                          List.of(
                              field("rule", StringType),
                              field("uses", createArrayType(IntegerType)))))),
              field("sameAs", IntegerType),
              field("premise", IntegerType),
              field("carried", BooleanType),
              field("operations", StringType),
              field(
                  "counterexample",
                  createStructType(
                      List.of(
                          field("point", createMapType(StringType, StringType)),
                          field("lhs", StringType),
                          field("rhs", StringType),
                          field("by", StringType)))),
              field("detail", StringType),
              field("confirmed", StringType),
              field("work", LongType),
              field("ms", DoubleType)));

  static final StructType DERIVATIONS =
      createStructType(
          List.of(
              field("derivation", StringType),
              field("variant", StringType),
              field("kind", StringType),
              field("steps", IntegerType),
              field("goal", StringType),
              field("verdicts", createMapType(StringType, LongType)),
              field("carried", LongType),
              field("ms", DoubleType),
              field("error", StringType),
              field("log", StringType)));

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return createStructField(name, type, true);
  }
}
