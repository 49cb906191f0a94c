"""Run the benchmarks in sequence and print their outputs (``make bench``).

    .venv/bin/python bench/run_all.py [--quick] [--only ingest,latency,memory,scale,cycles,pdf]

bench_memory and bench_scale use the stores bench_latency built, so latency runs first.
Exit code 1 if any benchmark failed; the others still run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ("ingest", "latency", "memory", "scale", "cycles", "pdf")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small fast runs (passed on)")
    parser.add_argument("--only", help=f"comma-separated subset of {','.join(BENCHES)}")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else list(BENCHES)
    unknown = [b for b in chosen if b not in BENCHES]
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
    failed = []
    for name in BENCHES:
        if name not in chosen:
            continue
        cmd = [sys.executable, str(HERE / f"bench_{name}.py")] + (["--quick"] if args.quick else [])
        print(f"\n=== bench_{name}.py{' --quick' if args.quick else ''} ===", flush=True)
        started = time.perf_counter()
        # Output goes straight through (tables on stdout, progress on stderr).
        code = subprocess.run(cmd).returncode
        print(f"=== bench_{name}.py: exit {code}, {time.perf_counter() - started:.0f} s ===",
              flush=True)
        if code != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
