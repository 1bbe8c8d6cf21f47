"""Copied-passage and label detection on a real Dask LocalCluster (127.0.0.1), same results."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from click.testing import CliRunner  # noqa: E402

from wb.cli import cli  # noqa: E402
from wb.dossiers.reuse import ReuseDetector, detect_reuse, read_reports  # noqa: E402
from wb.dossiers.reuse_dask import detect_reuse_dask, dossier_ids  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DOSSIERS = REPO / "corpora" / "dossiers"
sys.path.insert(0, str(REPO / "bench"))


@pytest.fixture(scope="module")
def client():
    """Scheduler and 2 workers in this process, on tcp://127.0.0.1 (reachable by the CLI)."""
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=False,
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=":0",
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def in_process() -> list[dict]:
    """The single-machine passages of the bundled dossiers."""
    return detect_reuse(DOSSIERS)["passages"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """48 generated reports with planted copies, in a tree: two folders of dossier folders."""
    from reuse_generate import generate

    flat = tmp_path_factory.mktemp("flat")
    generate(flat, 48, 500, seed=3)
    tree = tmp_path_factory.mktemp("tree")
    with open(flat / "metadata.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        top = "a" if int(row["dossier"].strip("D") or 0) % 2 else "b"
        rel = f"{top}/{row['dossier']}/{row['file']}"
        (tree / top / row["dossier"]).mkdir(parents=True, exist_ok=True)
        shutil.copy(flat / row["file"], tree / rel)
        row["file"] = rel
    with open(tree / "metadata.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return tree


def test_bundled_dossiers_from_a_file_list_give_the_same_passages(client, in_process) -> None:
    names = sorted(p.name for p in DOSSIERS.glob("*.txt"))
    listing = DOSSIERS / ".wb-test-files.lst"  # next to metadata.csv: names are relative to it
    try:
        listing.write_text("\n".join(names) + "\n", encoding="utf-8")
        got = detect_reuse_dask(listing, client, partition_size=4)
    finally:
        listing.unlink()
    assert got["engine"] == {"name": "dask", "workers": 2}
    assert len(in_process) == 60
    assert got["passages"] == in_process  # same passages, sources, origins, boilerplate


def test_generated_folder_tree_gives_the_same_passages(client, generated) -> None:
    want = detect_reuse(generated)["passages"]
    diagnostics: dict = {}
    got = detect_reuse_dask(generated, client, partition_size=12, diagnostics=diagnostics)
    assert sum(not p["boilerplate"] for p in want) > 20
    assert sum(p["boilerplate"] for p in want) > 20
    assert any(p["origin"] != p["source"] for p in want)  # chains A -> B -> C
    assert got["passages"] == want
    # each dossier partition fetched exactly the other partitions' reports that won as the
    # source of one of its passages (boilerplate from another dossier), nothing more
    with open(generated / "metadata.csv", encoding="utf-8", newline="") as fh:
        dossier = {row["file"]: row["dossier"] for row in csv.DictReader(fh)}
    n_parts = len(diagnostics["own"])
    part = {name: int(dossier_ids([d])[0]) % n_parts for name, d in dossier.items()}
    expected: list[set[str]] = [set() for _ in range(n_parts)]
    for p in want:
        target, source = p["target"]["doc"], p["source"]["doc"]
        if part[source] != part[target]:
            expected[part[target]].add(source)
    assert n_parts >= 4 and sum(diagnostics["own"]) == 48  # 48 reports, 12 a partition
    assert diagnostics["fetched"] == [sorted(names) for names in expected]
    assert 0 < sum(map(len, expected)) < 48


def test_reports_in_memory_and_undated_warning(client) -> None:
    reports, _ = read_reports(DOSSIERS)
    reports[0] = reports[0]._replace(date=None)
    want = ReuseDetector().fit(reports)
    with pytest.warns(UserWarning, match="1 rapport zonder datum"):
        got = detect_reuse_dask(reports, client, partition_size=3)
    assert got["passages"] == want.to_dict()["passages"]


def test_cli_cluster_address_records_the_engine(client, in_process, tmp_path) -> None:
    out = tmp_path / "reuse.json"
    address = client.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    result = CliRunner().invoke(
        cli, ["reuse", str(DOSSIERS), "--json", str(out), "--cluster", address]
    )
    assert result.exit_code == 0, result.output
    assert "60 overgenomen passages" in result.output and "(Dask, 2 workers)" in result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["engine"] == {"name": "dask", "workers": 2}
    assert doc["passages"] == in_process


def test_labels_on_the_cluster_match_the_single_machine_run(client, in_process) -> None:
    from wb.dossiers.labels import label_corpus

    lexicon = REPO / "codebooks" / "labels.yaml"
    want = label_corpus(DOSSIERS, lexicon, passages=in_process)
    got = label_corpus(DOSSIERS, lexicon, cluster=client, passages=in_process)
    assert got.pop("engine") == {"name": "dask", "workers": 2}
    assert len(want["labels"]) > 20 and any(h["copied_from"] for h in want["labels"])
    assert got == want


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_scheduler_is_a_dutch_error_within_10_seconds(tmp_path) -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"
    start = time.monotonic()
    result = CliRunner().invoke(
        cli, ["reuse", str(DOSSIERS), "--json", str(tmp_path / "x.json"), "--cluster", address]
    )
    assert time.monotonic() - start < 10
    assert result.exit_code == 2
    assert f"kan de Dask-scheduler op {address} niet bereiken" in result.output
    assert not (tmp_path / "x.json").exists()


def test_workers_without_local_cluster_is_refused(tmp_path) -> None:
    result = CliRunner().invoke(
        cli, ["reuse", str(DOSSIERS), "--json", str(tmp_path / "x.json"), "--workers", "2"]
    )
    assert result.exit_code == 2
    assert "--workers hoort bij --cluster local" in result.output


def test_a_worker_killed_mid_run_does_not_change_the_result(generated) -> None:
    want = detect_reuse(generated)["passages"]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        c.wait_for_workers(2)
        pids = c.run(os.getpid)
        outcome: dict = {}

        def run() -> None:
            outcome["result"] = detect_reuse(generated, cluster=c, partition_size=8)

        thread = threading.Thread(target=run)
        thread.start()
        # wait until the shuffles are under way (tasks in memory on the workers), then kill one
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and thread.is_alive():
            held = c.run_on_scheduler(
                lambda dask_scheduler: sum(
                    1 for ts in dask_scheduler.tasks.values() if ts.state == "memory"
                )
            )
            if held >= 12:
                break
            time.sleep(0.05)
        assert thread.is_alive(), "the run ended before a worker could be killed"
        victim = sorted(pids)[0]
        os.kill(pids[victim], signal.SIGKILL)
        thread.join(120)
        assert not thread.is_alive()
        assert victim not in c.scheduler_info(n_workers=-1)["workers"]  # it really died
    assert outcome["result"]["passages"] == want
