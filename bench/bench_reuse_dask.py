"""Copied-passage detection on a Dask LocalCluster: time, peak worker memory, per-task costs.

For each size, a fresh LocalCluster (scheduler + 2 worker processes, 1 thread each, on
127.0.0.1) runs :func:`wb.dossiers.reuse_dask.detect_reuse_dask` on a generated corpus
(:mod:`reuse_generate`, ~2,000 words a report). Printed per size: wall time, peak RSS of each
worker process (``ru_maxrss``, read on the workers after the run), the CPU seconds the
workers used (``ru_utime + ru_stime``: on a shared machine wall time is inflated, CPU time is
not), whether the result equals the in-process detector (``--check``; costs an in-process
run), and the measured cost per input
partition of each stage (sum of task durations from Dask's task stream / partitions), from
which bench/README.md works out 1 and 10 million reports.

Usage: python bench/bench_reuse_dask.py [--sizes 4000,16000] [--workers 2] [--check]
       [--data DIR]   (corpora are generated into DIR, default a temporary folder)
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reuse_generate import generate


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _thread_cpu(dask_scheduler) -> dict[str, float]:
    """CPU seconds of the task threads per task prefix (Dask's fine performance metrics)."""
    out: dict[str, float] = defaultdict(float)
    for key, value in dask_scheduler.cumulative_worker_metrics.items():
        if isinstance(key, tuple) and len(key) == 4 and key[0] == "execute":
            if key[2] == "thread-cpu" and key[3] == "seconds":
                out[_stage(str(key[1]))] += value
    return dict(out)


def _stage(key: str) -> str:
    """A task-stream key -> stage name (the function or the shuffle step)."""
    name = key.strip("('").split("'")[0].split(",")[0]
    name = re.sub(r"-[0-9a-f]{8,}.*$", "", name)
    for stage in (
        "load_meta",
        "ranked_texts",
        "shingle_rows",
        "index_partition",
        "choose_partition",
        "needed_sources",
        "finish_partition",
        "shuffle-transfer",
        "shuffle_p2p",
        "p2pshuffle",
        "sort",
        "merge",
        "set-index",
    ):
        if stage in name:
            return stage
    return name[:40]


def run(folder: Path, n_workers: int, partition_size: int) -> dict:
    """One run on a fresh LocalCluster: seconds, peak worker RSS and per-stage task seconds."""
    import distributed

    from wb.cluster import connect
    from wb.dossiers.reuse_dask import detect_reuse_dask

    with connect("local", workers=n_workers) as client:  # the cluster `--cluster local` starts
        client.wait_for_workers(n_workers)
        baseline = client.run(_peak_rss_mb)
        cpu_before = client.run(_cpu_seconds)
        thread_cpu_before = client.run_on_scheduler(_thread_cpu)
        with distributed.get_task_stream(client) as stream:
            start = time.perf_counter()
            diagnostics: dict = {}
            result = detect_reuse_dask(
                folder, client, partition_size=partition_size, diagnostics=diagnostics
            )
            seconds = time.perf_counter() - start
        peaks = client.run(_peak_rss_mb)
        cpu_after = client.run(_cpu_seconds)
        time.sleep(3)  # workers report their metrics with the heartbeat
        thread_cpu = client.run_on_scheduler(_thread_cpu)
    stages: dict[str, float] = defaultdict(float)
    for task in stream.data:
        for span in task.get("startstops", ()):
            if span.get("action") == "compute":
                stages[_stage(str(task["key"]))] += span["stop"] - span["start"]
    return {
        "seconds": seconds,
        "worker_start_mb": max(baseline.values()),
        "worker_peak_mb": max(peaks.values()),
        "worker_cpu_s": sum(cpu_after.values()) - sum(cpu_before.values()),
        "stages": dict(stages),
        "task_cpu_s": sum(thread_cpu.values()) - sum(thread_cpu_before.values()),
        "stage_cpu": {
            k: v - thread_cpu_before.get(k, 0.0) for k, v in thread_cpu.items() if v > 0.05
        },
        "own_reports": sum(diagnostics["own"]),
        "fetched_reports": sum(map(len, diagnostics["fetched"])),
        "index_rows": sum(diagnostics["index_rows"]),
        "again_reports": sum(diagnostics["again"]),
        "passages": result["passages"],
    }


def main() -> None:
    """Generate the corpora, run each size, print a Markdown table and per-partition costs."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="4000,16000")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partition-size", type=int, default=250)
    ap.add_argument("--check", action="store_true", help="compare with the in-process run")
    ap.add_argument("--data", type=Path)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data or Path(tmp)
        for n in sizes:
            folder = data / f"gen{n}"
            if not (folder / "truth.json").exists():
                generate(folder, n, 2000, seed=1)
            r = run(folder, args.workers, args.partition_size)
            if args.check:
                from wb.dossiers.reuse import detect_reuse

                r["same"] = detect_reuse(folder)["passages"] == r["passages"]
            r["n"] = n
            r["partitions"] = -(-n // args.partition_size)
            rows.append(r)
            print(json.dumps({k: v for k, v in r.items() if k != "passages"}), flush=True)
    print()
    print(
        "| reports | workers | time (s) | worker CPU (s) | task CPU (s) | peak worker RSS (MB) "
        "| same |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        same = {True: "yes", False: "NO"}.get(r.get("same"), "not checked")
        print(
            f"| {r['n']} | {args.workers} | {r['seconds']:.1f} | {r['worker_cpu_s']:.0f} | "
            f"{r['task_cpu_s']:.0f} | {r['worker_peak_mb']:.0f} | {same} |"
        )
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        print(
            f"\n{b['n'] / a['n']:.0f}x reports: {b['seconds'] / a['seconds']:.2f}x time, "
            f"{b['worker_peak_mb'] / a['worker_peak_mb']:.2f}x peak worker memory, "
            f"{b['worker_cpu_s'] / a['worker_cpu_s']:.2f}x worker CPU, "
            f"{b['task_cpu_s'] / a['task_cpu_s']:.2f}x task CPU"
        )
    print("\ntask seconds per input partition (of", args.partition_size, "reports):")
    for r in rows:
        costs = {k: round(v / r["partitions"], 3) for k, v in sorted(r["stages"].items())}
        print(r["n"], json.dumps(costs))
    print("\ntask CPU seconds per input partition (thread CPU, not inflated by waiting):")
    for r in rows:
        costs = {k: round(v / r["partitions"], 3) for k, v in sorted(r["stage_cpu"].items())}
        print(r["n"], json.dumps(costs))


if __name__ == "__main__":
    main()
