"""Throughput of wb's Dutch pipeline: tokens per second through ``nlp.pipe`` on one core.

Usage::

    python bench/lemma_speed.py bench/data/nl_alpino-ud-test.conllu [--tokens 1000000]

The sentence texts of the CoNLL-U file (see bench/lemma_eval.py for how to get the data) are
repeated until the requested number of tokens is reached; the time includes tokenisation,
sentence splitting, tagging and lemmatisation. Wall-clock and CPU-time rates are printed: on a
shared, busy machine the CPU-time rate is the steadier one. Without a path a built-in Dutch
paragraph is repeated.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SAMPLE = (
    "De kinderen verloren het contact met hun vader tijdens de vechtscheiding. "
    "Dhr. Jansen bezocht o.a. de grootouders, die bezorgd waren over het loyaliteitsconflict. "
    "De jeugdbeschermers hebben gesprekken gevoerd met beide ouders en de omgangsregelingen "
    "werden opnieuw bekeken."
)


def texts_from(path: Path | None) -> list[str]:
    """Sentence texts of a CoNLL-U file, or the built-in sample."""
    if path is None:
        return [SAMPLE]
    prefix = "# text = "
    with path.open(encoding="utf-8") as fh:
        return [line[len(prefix) :].strip() for line in fh if line.startswith(prefix)]


def main(argv: list[str] | None = None) -> int:
    """Print tokens/s of the offline pipeline for about ``--tokens`` tokens."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", nargs="?", type=Path)
    ap.add_argument("--tokens", type=int, default=1_000_000)
    ap.add_argument("--model", action="store_true", help="use nl_core_news_sm when installed")
    args = ap.parse_args(argv)
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass

    from wb.nlp import load, pipeline_info

    t0 = time.perf_counter()
    nlp = load(prefer_model=args.model)
    load_s = time.perf_counter() - t0
    base = texts_from(args.path)
    per_round = sum(len(d) for d in nlp.tokenizer.pipe(base))
    rounds = max(1, args.tokens // max(per_round, 1))
    texts = base * rounds
    # warm the lemma cache on one round, as a long-running session would be
    for _ in nlp.pipe(base):
        pass
    n_tokens = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for doc in nlp.pipe(texts, batch_size=1000):
        n_tokens += len(doc)
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    info = pipeline_info(nlp)
    print(f"pipeline: {info['name']} {info['version']} ({', '.join(info['pipes'])})")
    print(f"load: {load_s:.2f} s")
    print(f"{n_tokens} tokens in {elapsed:.2f} s: {n_tokens / elapsed:,.0f} tokens/s (1 core)")
    print(f"CPU time {cpu:.2f} s: {n_tokens / cpu:,.0f} tokens/s per CPU second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
