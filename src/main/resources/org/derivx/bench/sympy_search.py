#!/usr/bin/env python3
"""The SymPy baseline of `derivx bench check --sympy`: a single-operation search in SymPy.

For every reference equation of a results file of the paper (its `srepr_derivation`) that is not a
premise, try each single operation of the paper's vocabulary on the equations before it and match
the result with the equation: add, minus, times, divide (the argument inferred from the step's left
side), power (small exponents), exp, log, sin, cos, differentiate and integrate (by the step's own
calculus variables), evaluate_derivatives / evaluate_integrals (SymPy's doit(), as the paper's
generator does) and both substitutions of every earlier equation into every other. As derivx's
checker does, calculus stays inert when matching: sides without derivatives or integrals are
compared at three fixed random points (undefined functions replaced by a fixed exponential of their
arguments), sides with them structurally after SymPy's automatic simplification. As the checker
does, what is made from a derivation's equations alone (each side's values, doit(), substitutions)
is made once per derivation and reused for every later step. No symbolic confirmation. SymPy's
cache is cleared before the timed run; a candidate that takes SymPy more than --limit seconds of
CPU time, or that SymPy fails to make, counts as no match (both are counted).

Prints one line: `sympy: N steps (M matched) in S s: R steps/s (sympy X, python Y)`.
"""
import argparse
import hashlib
import json
import math
import signal
import sys
import time

import sympy
from sympy import *  # noqa: F401,F403 -- srepr strings name SymPy's classes
from sympy.core.cache import clear_cache
from sympy.core.function import AppliedUndef

POINTS = 3
TIMED_OUT = [0]
FAILED = [0]


class TooLong(BaseException):
    """Not an Exception: SymPy's own handlers must not swallow it."""


def _too_long(signum, frame):
    raise TooLong()


def fixed(name, salt):
    h = hashlib.sha256((name + "/" + salt).encode()).digest()
    return 0.55 + 1.4 * int.from_bytes(h[:4], "big") / 2**32


def concrete(expr):
    """Undefined functions replaced by exp(c1*x1 + ...), c fixed per function and argument."""

    def swap(f):
        name = type(f).__name__
        return sympy.exp(sum(fixed(name, str(i)) * 0.5 * a for i, a in enumerate(f.args)))

    return expr.replace(lambda x: isinstance(x, AppliedUndef), swap)


class Memo:
    """What is made from one derivation's equations, made once (as derivx's checker keeps it)."""

    def __init__(self):
        self.made = {}

    def get(self, key, make):
        if key not in self.made:
            self.made[key] = make()
        return self.made[key]


def values(expr, memo):
    """Numbers at the points, or, for a side with calculus, the side itself (inert)."""
    return memo.get(("values", expr), lambda: _values(expr))


def _values(expr):
    if expr.has(Derivative, Integral):
        return expr
    out = []
    for p in range(POINTS):
        point = {s: fixed(s.name, "p%d" % p) for s in expr.free_symbols}
        try:
            v = complex(concrete(expr).xreplace(point).evalf())
        except Exception:  # noqa: BLE001 -- SymPy fails in many ways; no value then
            v = complex("nan")
        out.append(v)
    return out


def same(a, b):
    if not isinstance(a, list) or not isinstance(b, list):
        return not isinstance(a, list) and not isinstance(b, list) and a == b
    for x, y in zip(a, b):
        if not (math.isfinite(x.real) and math.isfinite(x.imag)):
            return False
        if not (math.isfinite(y.real) and math.isfinite(y.imag)):
            return False
        if abs(x - y) > 1e-8 * max(1.0, abs(x), abs(y)):
            return False
    return True


def candidates(step, pool, memo):
    """Every single operation on the pool's equations, each as a function that makes it."""
    calculus = [v for d in step.atoms(Derivative) for v in d.variables]
    calculus += [lim[0] for i in step.atoms(Integral) for lim in i.limits]
    for e in pool:
        yield lambda e=e: e
        if e.has(Derivative, Integral):
            yield lambda e=e: memo.get(("doit", e), e.doit)
        for target in (step, Eq(step.rhs, step.lhs, evaluate=False)):
            yield lambda e=e, t=target: Eq(
                e.lhs + (t.lhs - e.lhs), e.rhs + (t.lhs - e.lhs), evaluate=False
            )
            if e.lhs != 0:
                yield lambda e=e, t=target: Eq(
                    e.lhs * (t.lhs / e.lhs), e.rhs * (t.lhs / e.lhs), evaluate=False
                )
        for k in (-2, -1, Rational(1, 2), 2, 3):
            yield lambda e=e, k=k: Eq(e.lhs**k, e.rhs**k, evaluate=False)
        for f in (sympy.exp, sympy.log, sympy.sin, sympy.cos):
            yield lambda e=e, f=f: Eq(f(e.lhs), f(e.rhs), evaluate=False)
        for v in set(calculus):
            yield lambda e=e, v=v: Eq(Derivative(e.lhs, v), Derivative(e.rhs, v), evaluate=False)
            yield lambda e=e, v=v: Eq(Integral(e.lhs, v), Integral(e.rhs, v), evaluate=False)
        for f in pool:
            if f is not e:
                yield lambda e=e, f=f: memo.get(("lhs for rhs", e, f), lambda: e.subs(f.lhs, f.rhs))
                yield lambda e=e, f=f: memo.get(("rhs for lhs", e, f), lambda: e.subs(f.rhs, f.lhs))


def timed(make, limit):
    """make() within `limit` seconds of CPU time; TooLong past it."""
    signal.setitimer(signal.ITIMER_PROF, limit)
    try:
        return make()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)


def search(step, pool, limit, memo):
    try:
        want = timed(lambda: (values(step.lhs, memo), values(step.rhs, memo)), limit)
    except TooLong:
        TIMED_OUT[0] += 1
        return False
    for make in candidates(step, pool, memo):
        try:
            c = timed(make, limit)
            if not isinstance(c, Equality):
                continue
            got = timed(lambda c=c: (values(c.lhs, memo), values(c.rhs, memo)), limit)
        except TooLong:
            TIMED_OUT[0] += 1
            continue
        except Exception:  # noqa: BLE001 -- a candidate SymPy cannot make is no match
            FAILED[0] += 1
            continue
        if (same(got[0], want[0]) and same(got[1], want[1])) or (
            same(got[0], want[1]) and same(got[1], want[0])
        ):
            return True
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", help="a results JSON of the paper (with srepr_derivation)")
    ap.add_argument(
        "--limit", type=float, default=2.0, help="CPU seconds per candidate (default 2)"
    )
    args = ap.parse_args()
    signal.signal(signal.SIGPROF, _too_long)
    with open(args.file, encoding="utf-8") as f:
        records = json.load(f)
    derivations = []
    for r in records:
        eqs = [(a, eval(s)) for a, s in r.get("srepr_derivation") or []]  # noqa: S307 -- our data
        derivations.append(eqs)
    clear_cache()
    steps = matched = 0
    start = time.perf_counter()
    for eqs in derivations:
        memo = Memo()
        for k, (annotation, eq) in enumerate(eqs):
            if isinstance(annotation, str) or annotation[0] in ("get_premise", "renaming_premise"):
                continue
            steps += 1
            matched += search(eq, [e for _, e in eqs[:k]], args.limit, memo)
    seconds = time.perf_counter() - start
    print(
        "sympy: %d steps (%d matched) in %.3f s: %.1f steps/s (sympy %s, python %s; %d candidates"
        " over the %.1f s limit, %d failed)"
        % (
            steps,
            matched,
            seconds,
            steps / seconds,
            sympy.__version__,
            sys.version.split()[0],
            TIMED_OUT[0],
            args.limit,
            FAILED[0],
        )
    )


if __name__ == "__main__":
    main()
