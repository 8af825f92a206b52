"""The numpy side of the Monte Carlo benchmark (issue 20): the workload of bench/plainLoop.ts
(read as JSON from the file given as the first argument) vectorised over paths the way a Python
user would write it: all normals drawn at once (numpy's default generator, PCG64 + ziggurat),
correlated by the Cholesky factor, AR(1) and the growth ratios over the years as loops over paths'
vectors. Prints one JSON line: the median wall seconds of the repeats, the paths, the checksum.

Usage: python3 bench/numpyLoop.py workload.json PATHS REPEATS [CHUNK]
Paths are run in chunks of CHUNK (default 100,000) so that memory stays bounded.
"""
import json
import sys
import time

import numpy as np


def run(w, n, rng):
    T = w["years"]
    shocks = w["shocks"]
    K = len(shocks)
    C = np.array(w["cholesky"]).reshape(K, K)
    sd = np.array([s["sd"] for s in shocks])
    phi = np.array([s["ar1"] for s in shocks])
    psd = np.array([s["parameterSd"] for s in shocks])
    e = {k: np.asarray(v) for k, v in w["employee"].items() if isinstance(v, list)}
    r = {k: np.asarray(v) for k, v in w["resident"].items() if isinstance(v, list)}
    ke, kr = w["employee"]["k"], w["resident"]["k"]
    floor = w["floor"]
    delta = psd * rng.standard_normal((n, K))
    eps = rng.standard_normal((T, n, K))
    z = eps @ C.T * sd  # (T, n, K)
    x = np.zeros((n, K))
    factors = {}
    bE = np.full(n, w["employee"]["opening"])
    bR = np.full(n, w["resident"]["opening"])
    aE = np.zeros(n)
    aR = np.zeros(n)
    exE = np.zeros(n, dtype=bool)
    exR = np.zeros(n, dtype=bool)
    for t in range(1, T + 1):
        x = phi * x + z[t - 1]
        s = delta + x
        v = {("employee", k): a[t] for k, a in e.items()}
        v.update({("resident", k): a[t] for k, a in r.items()})
        for j, sh in enumerate(shocks):
            for tg in sh["targets"]:
                key = (tg["fund"], tg["key"])
                if tg["growth"] is not None:
                    g = tg["growth"][t]
                    factors[key] = factors.get(key, 1.0) * ((1 + g + s[:, j]) / (1 + g))
                    v[key] = v[key] * factors[key]
                else:
                    v[key] = v[key] + s[:, j]
        E = lambda k: v[("employee", k)]
        R = lambda k: v[("resident", k)]
        post = w["employee"]["post2021"][t] == 1
        na, nr = E("actives"), E("retirees")
        employer = na * E("contributionBase") * ke * E("employerRate") * E("collectionRate")
        to_accounts = 0 if post else employer * E("employerShareToAccounts")
        credits = nr * E("pension") * E("retireeCreditShare") * ke if post else 0
        bA = na * E("spendPerActive") * ke * E("costMultiplier")
        bRt = nr * E("spendPerRetiree") * ke * E("costMultiplier")
        income_e = employer - to_accounts + nr * E("pension") * E("retireeRate") * ke + E("fiscalSubsidy") + (bA + bRt) * E("otherIncomeShare") + E("interestRate") * bE
        spent_e = bA + bRt + credits
        bE = bE + (income_e - spent_e)
        aE = np.maximum((floor * spent_e) / 12 - bE, (1 + E("interestRate")) * aE)
        exE |= bE < 0
        m = R("insured")
        benefits = m * R("spendPerInsured") * kr * R("costMultiplier")
        income_r = m * R("subsidyPerHead") * kr + m * R("premiumPerHead") * kr + R("fiscalSubsidy") + benefits * R("otherIncomeShare") + R("interestRate") * bR
        spent_r = benefits + m * R("criticalIllnessPerHead") * kr
        bR = bR + (income_r - spent_r)
        aR = np.maximum((floor * spent_r) / 12 - bR, (1 + R("interestRate")) * aR)
        exR |= bR < 0
    return [int(exE.sum()), int(exR.sum())], [float(bE.sum()), float(bR.sum())]


def main():
    w = json.load(open(sys.argv[1]))
    paths, repeats = int(sys.argv[2]), int(sys.argv[3])
    chunk = int(sys.argv[4]) if len(sys.argv) > 4 else 100_000
    times = []
    for _ in range(repeats + 1):  # the first is a warm-up
        rng = np.random.default_rng(1)
        t0 = time.perf_counter()
        exhausted, end = [0, 0], [0.0, 0.0]
        for start in range(0, paths, chunk):
            ex, eb = run(w, min(chunk, paths - start), rng)
            exhausted = [a + b for a, b in zip(exhausted, ex)]
            end = [a + b for a, b in zip(end, eb)]
        times.append(time.perf_counter() - t0)
    wall = sorted(times[1:])[len(times[1:]) // 2]
    print(json.dumps({"wall": wall, "paths": paths, "exhausted": exhausted, "endBalance": end, "numpy": np.__version__}))


main()
