#!/usr/bin/env python3
"""Independent reference intervals for tisep's household bootstrap.

Writes, beside this script:
  households.csv  the samples (generated here with numpy's own generator)
  reference.json  each sample's point values and 95 % percentile intervals

The Swift test (BootstrapReferenceTests) reads both and checks that tisep's
intervals contain the values and agree with these in width (within a factor
of two) and centre. `swift test` never runs this script; run it again only to
change the samples:  python3 reference.py   (numpy 2.x)

The computation shares no code with tisep: numpy sorting, cumulative sums and
np.interp for the Lorenz curve; numpy's generator for the resampling, with
many more replicates (20,000) than tisep uses, so that the reference itself
carries little Monte Carlo error.

Scheme (docs/indicators.md, "Intervals"): each stratum (tambon) of n
households is resampled n times with replacement, every household keeping its
survey weight; a pooled sample (an amphoe) is the union of its strata's
resamples. The interval is the 2.5th and 97.5th percentile of the replicate
values, linear interpolation between order statistics (numpy's default), after
leaving out replicates where the value is undefined (no income); a ratio over
a poorest share with no income is +inf and can leave the upper end unbounded.
"""
import csv
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
POVERTY_LINE = 38_000.0
REPLICATES = 20_000
CONFIDENCE = 0.95
STATISTICS = ["s90s10", "palma", "gini", "poverty_headcount", "mean_income"]


def statistics(members, income, weight):
    """The five person-based measures of one (re)sample; None where undefined."""
    pc = income / members
    pw = members * weight
    y = income * weight
    order = np.argsort(pc, kind="stable")
    P = np.concatenate(([0.0], np.cumsum(pw[order])))
    Y = np.concatenate(([0.0], np.cumsum(y[order])))
    persons, total = P[-1], Y[-1]
    out = {
        "mean_income": total / persons,
        "poverty_headcount": pw[pc < POVERTY_LINE].sum() / persons,
    }
    if total <= 0:
        out.update(s90s10=None, palma=None, gini=None)
        return out
    Lp = lambda p: np.interp(p * persons, P, Y)  # income of the poorest share p
    richest10 = total - Lp(0.9)
    bottom10, bottom40 = Lp(0.1), Lp(0.4)
    out["s90s10"] = richest10 / bottom10 if bottom10 > 0 else np.inf
    out["palma"] = richest10 / bottom40 if bottom40 > 0 else np.inf
    area = np.sum(np.diff(P) * (Y[1:] + Y[:-1]))
    out["gini"] = min(max(1 - area / (persons * total), 0.0), 1.0)
    return out


def quantile(sorted_values, q):
    """numpy's linear quantile, with +inf taken as it comes."""
    m = len(sorted_values)
    h = (m - 1) * q
    k = int(np.floor(h))
    frac = h - k
    below = sorted_values[k]
    if frac == 0 or k + 1 >= m:
        return below
    above = sorted_values[k + 1]
    if np.isinf(below) or np.isinf(above):
        return above
    return below + frac * (above - below)


def bootstrap(strata, rng):
    """strata: list of (members, income, weight) arrays. Returns stat -> replicate array."""
    reps = {s: np.empty(REPLICATES) for s in STATISTICS}
    for b in range(REPLICATES):
        parts = []
        for members, income, weight in strata:
            idx = rng.integers(0, len(members), len(members))
            parts.append((members[idx], income[idx], weight[idx]))
        m = np.concatenate([p[0] for p in parts])
        i = np.concatenate([p[1] for p in parts])
        w = np.concatenate([p[2] for p in parts])
        values = statistics(m, i, w)
        for s in STATISTICS:
            reps[s][b] = np.nan if values[s] is None else values[s]
    return reps


def interval(replicates):
    defined = np.sort(replicates[~np.isnan(replicates)])
    if len(defined) < 0.95 * len(replicates):
        return None, None
    tail = (1 - CONFIDENCE) / 2
    low, high = quantile(defined, tail), quantile(defined, 1 - tail)
    return float(low), (None if np.isinf(high) else float(high))


def make_samples(rng):
    """Samples shaped like tambon surveys: lognormal incomes, 1-7 members, weights."""

    def households(n, zero_share=0.0, weighted=True, median=120_000.0, sigma=0.8):
        members = rng.integers(1, 8, n).astype(float)
        income = np.round(rng.lognormal(np.log(median), sigma, n))
        income[rng.random(n) < zero_share] = 0.0
        weight = np.round(rng.uniform(0.5, 2.5, n), 2) if weighted else np.ones(n)
        return members, income, weight

    samples = {
        # A typical tambon sample, unweighted.
        "A": [("A", households(40, weighted=False))],
        # A small sample (fewer than 30 households), weighted.
        "B": [("B", households(25))],
        # A larger weighted sample with a few zero incomes.
        "C": [("C", households(120, zero_share=0.03))],
        # A poor, unequal tambon: many households under the poverty line.
        "D": [("D", households(45, median=60_000.0, sigma=1.0))],
    }
    # A tambon whose poorest 10 % often draw no income: S90/S10 unbounded above.
    # Five households (13 of about 160 persons, 8 %) have none; a resample
    # with more than 10 % of its persons in them has a poorest decile with no income.
    members, income, weight = households(40, weighted=False)
    members[:5] = [3.0, 3.0, 3.0, 2.0, 2.0]
    income[:5] = 0.0
    samples["E"] = [("E", (members, income, weight))]
    # An amphoe pooled from two tambons (strata) of different income levels.
    samples["F"] = [("F1", households(30, median=80_000.0)), ("F2", households(50, median=160_000.0))]
    return samples


def main():
    rng = np.random.default_rng(20_251_129)
    samples = make_samples(rng)
    with open(os.path.join(HERE, "households.csv"), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["sample", "stratum", "members", "annual_income", "weight"])
        for sample, strata in samples.items():
            for stratum, (members, income, weight) in strata:
                for m, i, w in zip(members, income, weight):
                    out.writerow([sample, stratum, int(m), f"{i:.0f}", f"{w:.2f}"])

    # Read back what was written, so that the reference is computed from exactly the file's numbers.
    read = {}
    with open(os.path.join(HERE, "households.csv")) as f:
        for row in csv.DictReader(f):
            read.setdefault(row["sample"], {}).setdefault(row["stratum"], []).append(
                (float(row["members"]), float(row["annual_income"]), float(row["weight"])))

    result = {"replicates": REPLICATES, "confidence": CONFIDENCE, "poverty_line": POVERTY_LINE,
              "numpy": np.__version__, "samples": []}
    for sample, strata in read.items():
        arrays = [tuple(np.array(col) for col in zip(*rows)) for rows in strata.values()]
        pooled = tuple(np.concatenate([a[k] for a in arrays]) for k in range(3))
        point = statistics(*pooled)
        reps = bootstrap(arrays, rng)
        entry = {"sample": sample, "strata": list(strata.keys()),
                 "households": int(len(pooled[0])), "point": {}, "low": {}, "high": {}}
        for s in STATISTICS:
            v = point[s]
            entry["point"][s] = None if v is None or np.isinf(v) else float(v)
            low, high = interval(reps[s])
            entry["low"][s] = low
            entry["high"][s] = high
        result["samples"].append(entry)
        print(sample, {s: (entry["low"][s], entry["point"][s], entry["high"][s]) for s in STATISTICS})
    with open(os.path.join(HERE, "reference.json"), "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
