"""bench_names.py opens no text of a sealed round it does not measure."""

from __future__ import annotations

from pathlib import Path

from names_rounds_helpers import bench_names


def test_a_run_opens_only_the_sealed_round_it_measures(monkeypatch) -> None:
    module = bench_names()
    assert module.sealed_to_open(["x"]) == set()
    assert module.sealed_to_open(["x", "--round", "43"]) == set()
    assert module.sealed_to_open(["x", "--later", "--round", "43"]) == {43}
    assert module.sealed_to_open(["x", "--later"]) is None
    sealed = {n for n, split in module.splits().items() if split == module.SEALED}
    # 52 and 53 measured 2026-12-06 22:14 / 23:46 UTC, 54 on 2026-12-07 01:22 UTC, 55 with
    # --later at 02:33 UTC, 56 at 04:24 UTC, 57 with --later at 06:00 UTC, 58 at 07:18 UTC, 59
    # with --later at 08:40 UTC, 60 at 10:26 UTC, 61 with --later at 11:50 UTC, 62 at 13:24 UTC,
    # 63 with --later at 14:41 UTC, 64 at 16:35 UTC, 65 with --later at 17:32 UTC, 66 at 19:57
    # UTC, 67 with --later at 21:12 UTC; 68 and 69 collected sealed for later sessions
    # (collect-names4, 2026-12-07 after 19:44 UTC)
    assert sealed == {68, 69}
    opened: list[str] = []
    read_text = Path.read_text

    def spy(path: Path, *args, **kwargs) -> str:
        opened.append(path.name)
        return read_text(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", spy)
    items = module.load(open_sealed=set())
    sealed_ids = {i["id"] for i in items if i["round"] in sealed}
    assert len(sealed_ids) == 22 * len(sealed)
    assert not any(f"{i}.txt" in opened for i in sealed_ids)
    assert all("text" not in i for i in items if i["round"] in sealed)
    # the run's selection drops them before wb sees a text
    assert not [i for i in module.selected(items, ["x"]) if i["round"] in sealed]
