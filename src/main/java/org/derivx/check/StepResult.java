package org.derivx.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict on one step (numbered from 1) and why: one record per verdict, each carrying only
 * what that verdict has. Every result has the step, its LaTeX, a detail in words ({@link
 * Justification} turns the whole into a sentence), the deterministic work it took (budget units,
 * retry included: the same on every run) and the milliseconds it took (not deterministic).
 */
public sealed interface StepResult {
  int step();

  String latex();

  String detail();

  long work();

  double millis();

  Verdict verdict();

  /**
   * The operation that yields the step: VALID's and IRRELEVANT's, the last of a SKIPPED chain, the
   * one that carried an error into an INCORRECT step; empty for the other verdicts.
   */
  default Optional<Operation> justification() {
    return Optional.empty();
  }

  /** Other single operations, or chains as short, that yield it too. */
  default List<Operation> alternatives() {
    return List.of();
  }

  /** Step numbers the justification and its alternatives build on (empty when none or unknown). */
  default List<Integer> uses() {
    List<Integer> out = new ArrayList<>();
    justification().ifPresent(o -> out.addAll(o.steps()));
    alternatives().forEach(o -> out.addAll(o.steps()));
    return out.stream().distinct().sorted().toList();
  }

  /** A restated prompt premise. */
  record Premise(int step, String latex, int premise, String detail, long work, double millis)
      implements StepResult {
    public Verdict verdict() {
      return Verdict.PREMISE;
    }
  }

  /** One operation on correct earlier equations yields it, and the final step depends on it. */
  record Valid(
      int step,
      String latex,
      Operation operation,
      List<Operation> alternatives,
      Confirmation confirmation,
      String detail,
      long work,
      double millis)
      implements StepResult {
    public Valid {
      alternatives = List.copyOf(alternatives);
    }

    public Verdict verdict() {
      return Verdict.VALID;
    }

    @Override
    public Optional<Operation> justification() {
      return Optional.of(operation);
    }

    /** The same step, found unused by the final step. */
    public Irrelevant unused(String why) {
      return new Irrelevant(step, latex, operation, alternatives, confirmation, why, work, millis);
    }
  }

  /** One operation yields it, but nothing the final step rests on goes through it. */
  record Irrelevant(
      int step,
      String latex,
      Operation operation,
      List<Operation> alternatives,
      Confirmation confirmation,
      String detail,
      long work,
      double millis)
      implements StepResult {
    public Irrelevant {
      alternatives = List.copyOf(alternatives);
    }

    public Verdict verdict() {
      return Verdict.IRRELEVANT;
    }

    @Override
    public Optional<Operation> justification() {
      return Optional.of(operation);
    }
  }

  /**
   * True, and a chain of {@code operations} operations yields it; {@code last} is the chain's last
   * operation, its uses every original equation of the chain.
   */
  record Skipped(
      int step,
      String latex,
      Operation last,
      int operations,
      List<Operation> alternatives,
      String detail,
      long work,
      double millis)
      implements StepResult {
    public Skipped {
      alternatives = List.copyOf(alternatives);
    }

    public Verdict verdict() {
      return Verdict.SKIPPED;
    }

    @Override
    public Optional<Operation> justification() {
      return Optional.of(last);
    }
  }

  /** True under the premises, but no chain of up to three operations was found. */
  record Unexplained(int step, String latex, String detail, long work, double millis)
      implements StepResult {
    public Verdict verdict() {
      return Verdict.UNEXPLAINED;
    }
  }

  /** Repeats step {@code sameAs}, or (when it is null) states nothing: both sides the same. */
  record Redundant(int step, String latex, Integer sameAs, String detail, long work, double millis)
      implements StepResult {
    public Verdict verdict() {
      return Verdict.REDUNDANT;
    }
  }

  /**
   * False under the premises, or following only by dividing by zero. {@code carriedBy} is the
   * operation (the last of a chain of {@code carriedOver}) that produces it from an earlier
   * INCORRECT step, null for a root error; {@code counterexample} where the sides differ, if shown.
   */
  record Incorrect(
      int step,
      String latex,
      Operation carriedBy,
      int carriedOver,
      Counterexample counterexample,
      String detail,
      long work,
      double millis)
      implements StepResult {
    public Verdict verdict() {
      return Verdict.INCORRECT;
    }

    /** An error carried forward from an earlier INCORRECT step, not a new one. */
    public boolean carried() {
      return carriedBy != null;
    }

    @Override
    public Optional<Operation> justification() {
      return Optional.ofNullable(carriedBy);
    }
  }

  /** The LaTeX does not parse; the detail says where and why. */
  record Unparseable(int step, String latex, String detail, long work, double millis)
      implements StepResult {
    public Verdict verdict() {
      return Verdict.UNPARSEABLE;
    }
  }

  /** Not decided: an unsupported construct, a spent work budget (the detail says which). */
  record Unknown(int step, String latex, String detail, long work, double millis)
      implements StepResult {
    public Verdict verdict() {
      return Verdict.UNKNOWN;
    }
  }

  /** How a VALID operation was confirmed. */
  enum Confirmation {
    /** Symja simplified the difference of each pair of sides to zero. */
    SYMBOLIC,
    /** Agreement at every sample point; Symja could not prove it. */
    NUMERIC,
    /** Not asked (the check ran without {@code confirm}). */
    NONE
  }

  /**
   * Values of the step's symbols where the two sides differ, and the two sides' values there;
   * {@code symja} when Symja evaluated those values independently (else they are the checker's).
   */
  record Counterexample(Map<String, String> point, String lhs, String rhs, boolean symja) {}

  /** True for an INCORRECT step that carries an earlier error forward. */
  static boolean isCarried(StepResult s) {
    return s instanceof Incorrect i && i.carried();
  }
}
