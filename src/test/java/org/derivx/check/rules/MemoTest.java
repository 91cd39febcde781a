package org.derivx.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.derivx.check.Budget;
import org.derivx.check.EqRef;
import org.derivx.check.numeric.Complex;
import org.derivx.check.numeric.Samples;
import org.derivx.expr.Relation;
import org.derivx.latex.LatexParser;
import org.junit.jupiter.api.Test;

/**
 * What is made once: a derivation's memo remembers candidates made from its own equations for every
 * later step, but not a search's (their indices restart with each search); a search's scratch memo
 * remembers those for as long as the search lasts, so the step's second orientation costs one unit
 * per candidate instead of building it again. A constant bound since forgets everything.
 */
class MemoTest {
  private static final Relation R = LatexParser.parseRelation("y = x^{2} + \\sin{(x)}");

  private final Samples samples = new Samples();
  private final AtomicInteger built = new AtomicInteger();
  private final Supplier<Optional<Relation>> make =
      () -> {
        built.incrementAndGet();
        samples.budget().spend(100);
        return Optional.of(R);
      };

  MemoTest() {
    samples.use(new Budget(1_000_000, new AtomicBoolean(), 600_000));
  }

  @Test
  void aDerivationsMemoRemembersItsOwnEquationsOnly() {
    Memo memo = new Memo();
    memo.get(samples, EqRef.step(2), EqRef.premise(1), "plain", make);
    memo.get(samples, EqRef.step(2), EqRef.premise(1), "plain", make);
    assertThat(built).hasValue(1);
    memo.get(samples, EqRef.step(-1), EqRef.step(2), "plain", make);
    memo.get(samples, EqRef.step(-1), EqRef.step(2), "plain", make);
    assertThat(built).hasValue(3);
  }

  @Test
  void aSearchsScratchMemoRemembersItsEquationsAtOneUnitEach() {
    Memo scratch = Memo.scratch();
    Budget b = samples.budget();
    long before = b.used();
    Optional<Memo.Candidate> first = scratch.get(samples, EqRef.step(-7), EqRef.step(2), "x", make);
    long once = b.used() - before;
    Optional<Memo.Candidate> again = scratch.get(samples, EqRef.step(-7), EqRef.step(2), "x", make);
    assertThat(built).hasValue(1);
    assertThat(again.get()).isSameAs(first.get());
    assertThat(b.used() - before).isEqualTo(once + 1);
    scratch.get(samples, EqRef.step(-7), EqRef.step(2), "y", make);
    assertThat(built).hasValue(2);
  }

  @Test
  void anAttributionKeepsItsSearchsCandidatesToItselfAndSharesThePools() {
    Memo derivation = new Memo();
    Attribution one = new Attribution(samples, Attribution.ZeroTest.NONE, derivation);
    Attribution two = new Attribution(samples, Attribution.ZeroTest.NONE, derivation);
    one.candidate(EqRef.step(-1), EqRef.step(2), "x", make);
    one.candidate(EqRef.step(-1), EqRef.step(2), "x", make);
    assertThat(built).hasValue(1);
    // another search's -1 is another equation: never taken from the first search
    two.candidate(EqRef.step(-1), EqRef.step(2), "x", make);
    assertThat(built).hasValue(2);
    // the pool's candidates are the derivation's: made once for every attribution
    one.candidate(EqRef.step(1), EqRef.step(2), "x", make);
    two.candidate(EqRef.step(1), EqRef.step(2), "x", make);
    assertThat(built).hasValue(3);
  }

  @Test
  void aBoundConstantForgetsEverything() {
    Memo scratch = Memo.scratch();
    scratch.get(samples, EqRef.step(-1), null, "x", make);
    samples.bind(
        "C", new Complex[] {Complex.real(1), Complex.real(2), Complex.real(3), Complex.real(4)});
    scratch.get(samples, EqRef.step(-1), null, "x", make);
    assertThat(built).hasValue(2);
  }

  @Test
  void aPeekChargesNothingAndSeesOnlyWhatIsRememberedNow() {
    Memo memo = new Memo();
    Budget b = samples.budget();
    assertThat(memo.peek(samples, EqRef.step(2), EqRef.step(1), "plain")).isNull();
    Optional<Memo.Candidate> made = memo.get(samples, EqRef.step(2), EqRef.step(1), "plain", make);
    long before = b.used();
    assertThat(memo.peek(samples, EqRef.step(2), EqRef.step(1), "plain").get())
        .isSameAs(made.get());
    assertThat(b.used()).isEqualTo(before);
    // a derivation's memo keeps no search equation, so it can show none
    memo.get(samples, EqRef.step(-1), EqRef.step(1), "plain", make);
    assertThat(memo.peek(samples, EqRef.step(-1), EqRef.step(1), "plain")).isNull();
    samples.bind(
        "C", new Complex[] {Complex.real(1), Complex.real(2), Complex.real(3), Complex.real(4)});
    assertThat(memo.peek(samples, EqRef.step(2), EqRef.step(1), "plain")).isNull();
  }
}
