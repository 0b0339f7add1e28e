"""Cost of one figure formatted for people: orgdesigner.formatting (Babel) beside the hand-made
f-string it replaced in the CLI.

Run: ``python benchmarks/bench_formatting.py [--n 20000] [--repeat 9]``. Each repeat formats
``n`` numbers with each way, interleaved; prints the median and p95 per call in microseconds and
the ratio. Not a unit test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orgdesigner import formatting  # noqa: E402


def hand(value: float, decimals: int = 1) -> str:
    return f"{value:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    rng = random.Random(7)
    values = [rng.uniform(0, 2_000_000) for _ in range(args.n)]
    formatting.set_language("nb")
    ways = {"babel": lambda v: formatting.number(v, 1), "hand-made": hand}
    per_call: dict[str, list[float]] = {k: [] for k in ways}
    for _ in range(args.repeat):
        for name, fn in ways.items():
            t0 = time.perf_counter()
            for v in values:
                fn(v)
            per_call[name].append((time.perf_counter() - t0) / args.n * 1e6)
    for name, runs in per_call.items():
        runs.sort()
        p95 = runs[min(len(runs) - 1, round(0.95 * (len(runs) - 1)))]
        print(f"{name:10} median {statistics.median(runs):6.2f} µs/call   p95 {p95:6.2f} µs/call")
    ratio = statistics.median(per_call["babel"]) / statistics.median(per_call["hand-made"])
    print(
        f"babel / hand-made: {ratio:.1f}×  ({args.n} numbers: {statistics.median(per_call['babel']) * args.n / 1000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
