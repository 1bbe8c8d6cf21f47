"""Inter-coder agreement: hand-computed cases, the krippendorff package, disagreement table."""

from __future__ import annotations

import random
from itertools import combinations
from pathlib import Path

import krippendorff
import numpy as np
import pytest

from wb.codebook import parse_codebook
from wb.coding.agreement import agreement, disagreements
from wb.corpus.importer import import_folder
from wb.errors import InputError
from wb.store.codebooks import code_ids, save_codebook
from wb.store.codings import add_coding

BOOK = parse_codebook("name: cb\ncodes:\n  - name: X\n  - name: Y\n  - name: Z\n")
HUNDRED = "abcdefghij" * 10


def _setup(project, tmp_path: Path, texts: dict[str, str]) -> tuple[dict[str, int], dict]:
    """Import the texts as documents and store the codebook; ids of documents and codes."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    import_folder(project, folder)
    save_codebook(project, BOOK)
    docs = {path: i for i, path in project.conn.execute("SELECT id, path FROM documents")}
    for path, text in texts.items():
        n = project.conn.execute("SELECT n_chars FROM documents WHERE path = ?", (path,))
        assert n.fetchone()[0] == len(text)
    return docs, code_ids(project, "cb")


def _code(project, docs: dict[str, int], codes: dict[str, int], rows: list[tuple]) -> None:
    for doc, code, coder, start, end in rows:
        add_coding(project, docs[doc], codes[code], coder, start, end)


def _row(result, code: str, a: str = "A", b: str = "B") -> dict:
    table = result.per_code
    hit = table[(table["code"] == code) & (table["coder_a"] == a) & (table["coder_b"] == b)]
    assert len(hit) == 1
    return hit.iloc[0].to_dict()


def test_half_overlap_gives_kappa_zero(project, tmp_path: Path) -> None:
    docs, codes = _setup(project, tmp_path, {"a.txt": HUNDRED})
    _code(project, docs, codes, [("a.txt", "X", "A", 0, 50), ("a.txt", "X", "B", 25, 75)])
    result = agreement(project)
    row = _row(result, "X")
    # both [25,50) = 25, only A [0,25) = 25, only B [50,75) = 25, neither [75,100) = 25
    # po = 50/100 = 0.5; pe = 0.5*0.5 + 0.5*0.5 = 0.5; kappa = (0.5-0.5)/(1-0.5) = 0
    # alpha: n = 200 values, o01 = 50 disagreeing units, n1 = n0 = 100:
    # alpha = 1 - (n-1) * o01 / (n0 * n1) = 1 - 199 * 50 / 10000 = 0.005
    assert row["percent_agreement"] == pytest.approx(50.0)
    assert row["kappa"] == pytest.approx(0.0)
    assert row["alpha"] == pytest.approx(0.005)
    assert (row["chars_a"], row["chars_b"], row["chars_both"], row["chars_total"]) == (
        50,
        50,
        25,
        100,
    )
    data = [[1] * 50 + [0] * 50, [0] * 25 + [1] * 50 + [0] * 25]
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert row["alpha"] == pytest.approx(expected)
    assert result.overall["kappa"] == pytest.approx(0.0)
    assert result.overall["percent_agreement"] == pytest.approx(50.0)


def test_identical_codings_agree_fully(project, tmp_path: Path) -> None:
    docs, codes = _setup(project, tmp_path, {"a.txt": HUNDRED})
    _code(project, docs, codes, [("a.txt", "X", "A", 10, 40), ("a.txt", "X", "B", 10, 40)])
    row = _row(agreement(project), "X")
    assert (row["percent_agreement"], row["kappa"], row["alpha"]) == (100.0, 1.0, 1.0)


def test_disjoint_codings(project, tmp_path: Path) -> None:
    docs, codes = _setup(project, tmp_path, {"a.txt": HUNDRED})
    _code(project, docs, codes, [("a.txt", "X", "A", 0, 20), ("a.txt", "X", "B", 50, 70)])
    row = _row(agreement(project), "X")
    # n11 = 0, n10 = 20, n01 = 20, n00 = 60; po = 0.6
    # pe = 0.2*0.2 + 0.8*0.8 = 0.68; kappa = (0.6 - 0.68) / 0.32 = -0.25
    assert row["percent_agreement"] == pytest.approx(60.0)
    assert row["kappa"] == pytest.approx(-0.25)


def test_overlapping_codings_of_one_coder_count_once(project, tmp_path: Path) -> None:
    docs, codes = _setup(project, tmp_path, {"a.txt": HUNDRED})
    rows = [
        ("a.txt", "X", "A", 0, 30),
        ("a.txt", "X", "A", 20, 50),  # A's union: [0,50)
        ("a.txt", "X", "A", 5, 10),
        ("a.txt", "X", "B", 25, 60),
        ("a.txt", "X", "B", 60, 75),  # touching: B's union [25,75)
    ]
    _code(project, docs, codes, rows)
    row = _row(agreement(project), "X")
    # same as the half-overlap case: 50 and 50 characters, 25 in common, kappa 0
    assert (row["chars_a"], row["chars_b"], row["chars_both"]) == (50, 50, 25)
    assert row["kappa"] == pytest.approx(0.0)


def test_code_used_by_one_coder_and_pe_one(project, tmp_path: Path) -> None:
    docs, codes = _setup(project, tmp_path, {"a.txt": HUNDRED})
    rows = [
        ("a.txt", "Y", "A", 0, 10),
        ("a.txt", "X", "A", 0, 100),
        ("a.txt", "X", "B", 0, 100),
        ("a.txt", "Z", "C", 0, 10),
    ]
    _code(project, docs, codes, rows)
    result = agreement(project)
    y = _row(result, "Y")
    # n10 = 10, n00 = 90; po = 0.9; pe = 0.1*0 + 0.9*1 = 0.9; kappa = 0
    assert y["percent_agreement"] == pytest.approx(90.0)
    assert y["kappa"] == pytest.approx(0.0)
    # X coded everywhere by both: pe = 1*1 + 0*0 = 1, po = 1 -> kappa defined as 1.0
    assert _row(result, "X")["kappa"] == 1.0
    # Z: neither A nor B used it (only C): pe = 0*0 + 1*1 = 1 -> kappa 1.0, alpha 1.0
    z = _row(result, "Z")
    assert (z["percent_agreement"], z["kappa"], z["alpha"]) == (100.0, 1.0, 1.0)
    assert z["chars_a"] == z["chars_b"] == 0
    # a code nobody used (none here besides X, Y, Z) is left out
    assert sorted(set(result.per_code["code"])) == ["X", "Y", "Z"]


def test_document_without_codings(project, tmp_path: Path) -> None:
    docs, codes = _setup(project, tmp_path, {"a.txt": HUNDRED, "b.txt": HUNDRED})
    _code(project, docs, codes, [("a.txt", "X", "A", 0, 50), ("a.txt", "X", "B", 25, 75)])
    # all documents: n11 = 25, n10 = 25, n01 = 25, n00 = 25 + 100 = 125; N = 200
    # po = 150/200 = 0.75; pA1 = pB1 = 50/200 = 0.25; pe = 0.0625 + 0.5625 = 0.625
    # kappa = (0.75 - 0.625) / 0.375 = 1/3
    row = _row(agreement(project), "X")
    assert row["percent_agreement"] == pytest.approx(75.0)
    assert row["kappa"] == pytest.approx(1 / 3)
    assert row["chars_total"] == 200
    # only the documents the coders coded: back to the one-document case
    coded = agreement(project, documents="coded")
    assert _row(coded, "X")["kappa"] == pytest.approx(0.0)
    assert coded.overall["documents"] == 1
    assert _row(agreement(project, documents=["a.txt"]), "X")["kappa"] == pytest.approx(0.0)


def test_overall_pools_codes(project, tmp_path: Path) -> None:
    docs, codes = _setup(project, tmp_path, {"a.txt": HUNDRED})
    rows = [
        ("a.txt", "X", "A", 0, 50),
        ("a.txt", "X", "B", 25, 75),  # X: n11 25, n10 25, n01 25, n00 25
        ("a.txt", "Y", "A", 0, 10),
        ("a.txt", "Y", "B", 0, 10),  # Y: n11 10, n10 0, n01 0, n00 90
    ]
    _code(project, docs, codes, rows)
    result = agreement(project, ["A", "B"])
    # pooled: n11 35, n10 25, n01 25, n00 115, N 200; po = 150/200 = 0.75
    # a = b = 60: pe = (60*60 + 140*140) / 200**2 = 23200/40000 = 0.58
    # kappa = (0.75 - 0.58) / 0.42 = 17/42
    # alpha: n = 400 values, o01 = 50, n1 = 120, n0 = 280: 1 - 399*50/(280*120) = 0.40625
    assert result.overall["percent_agreement"] == pytest.approx(75.0)
    assert result.overall["kappa"] == pytest.approx(17 / 42)
    assert result.overall["kappa_mean"] == pytest.approx(0.5)  # (0 + 1) / 2
    assert result.overall["alpha"] == pytest.approx(0.40625)
    x = [[1] * 50 + [0] * 50, [0] * 25 + [1] * 50 + [0] * 25]
    y = [[1] * 10 + [0] * 90, [1] * 10 + [0] * 90]
    data = [x[0] + y[0], x[1] + y[1]]
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert result.overall["alpha"] == pytest.approx(expected)
    assert result.to_json() == {
        "coders": ["A", "B"],
        "per_code": [
            {
                "code": "X",
                "coder_a": "A",
                "coder_b": "B",
                "percent_agreement": 50.0,
                "kappa": 0.0,
                "alpha": 0.005,
            },
            {
                "code": "Y",
                "coder_a": "A",
                "coder_b": "B",
                "percent_agreement": 100.0,
                "kappa": 1.0,
                "alpha": 1.0,
            },
        ],
        "overall": {
            "percent_agreement": 75.0,
            "kappa": 0.4048,
            "kappa_mean": 0.5,
            "alpha": 0.4062,
            "documents": 1,
            "characters": 100,
            "codes": 2,
        },
        "pairs": [
            {
                "coder_a": "A",
                "coder_b": "B",
                "percent_agreement": 75.0,
                "kappa": 0.4048,
                "alpha": 0.4062,
            }
        ],
        "alpha_per_code": [{"code": "X", "alpha": 0.005}, {"code": "Y", "alpha": 1.0}],
    }


def test_three_coders(project, tmp_path: Path) -> None:
    docs, codes = _setup(project, tmp_path, {"a.txt": HUNDRED})
    rows = [
        ("a.txt", "X", "A", 0, 50),
        ("a.txt", "X", "B", 25, 75),
        ("a.txt", "X", "C", 0, 50),
    ]
    _code(project, docs, codes, rows)
    result = agreement(project)
    assert result.coders == ["A", "B", "C"]
    assert list(zip(result.per_code["coder_a"], result.per_code["coder_b"], strict=True)) == [
        ("A", "B"),
        ("A", "C"),
        ("B", "C"),
    ]
    assert _row(result, "X", "A", "C")["kappa"] == 1.0
    assert _row(result, "X", "B", "C")["kappa"] == pytest.approx(0.0)
    # alpha over three coders: [0,25) 1,0,1; [25,50) 1,1,1; [50,75) 0,1,0; [75,100) 0,0,0
    # o01 = (25 * 2*1 + 25 * 1*2) / 2 = 50; n = 300, n1 = 150, n0 = 150
    # alpha = 1 - 299 * 50 / (150 * 150) = 1 - 14950/22500 = 0.335555...
    alpha = result.alpha_per_code.set_index("code").at["X", "alpha"]
    assert alpha == pytest.approx(1 - 299 * 50 / 22500)
    data = [[1] * 50 + [0] * 50, [0] * 25 + [1] * 50 + [0] * 25, [1] * 50 + [0] * 50]
    assert alpha == pytest.approx(
        krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    )
    # pooled over the three pairs: A-B and B-C (po 0.5 each) and A-C (po 1): 200/300
    assert result.overall["percent_agreement"] == pytest.approx(200 / 3)
    assert agreement(project, ["C", "A"]).coders == ["C", "A"]


def _reference(matrix: np.ndarray) -> tuple[float, float]:
    """Percent agreement and kappa of two rows of 0/1 values, character by character."""
    a, b = matrix
    po = float(np.mean(a == b))
    pe = a.mean() * b.mean() + (1 - a.mean()) * (1 - b.mean())
    return 100 * po, 1.0 if pe == 1 else (po - pe) / (1 - pe)


@pytest.mark.parametrize(("seed", "n_coders"), [(1, 2), (2, 3), (3, 4), (4, 3)])
def test_random_cases_match_krippendorff_package(
    project, tmp_path: Path, seed: int, n_coders: int
) -> None:
    rng = random.Random(seed)
    lengths = {"a.txt": 37, "b.txt": 53, "c.txt": 20}
    texts = {name: ("lorem ipsum " * 10)[:n] for name, n in lengths.items()}
    docs, codes = _setup(project, tmp_path, texts)
    coders = ["Anna", "Bram", "Cas", "Dirk"][:n_coders]
    values = {
        c: {k: {d: np.zeros(n, int) for d, n in lengths.items()} for k in coders} for c in "XY"
    }
    for code in "XY":
        for coder in coders:
            for doc, n in lengths.items():
                for _ in range(rng.randint(0, 3)):
                    start = rng.randrange(n)
                    end = rng.randint(start + 1, n)
                    add_coding(project, docs[doc], codes[code], coder, start, end)
                    values[code][coder][doc][start:end] = 1
    result = agreement(project)
    used = [c for c in "XY" if any(v.any() for k in coders for v in values[c][k].values())]
    assert sorted(set(result.per_code["code"])) == used
    matrices = {
        c: np.array([np.concatenate([values[c][k][d] for d in lengths]) for k in coders])
        for c in used
    }
    for code, matrix in matrices.items():
        expected = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")
        got = result.alpha_per_code.set_index("code").at[code, "alpha"]
        assert got == pytest.approx(expected)
        for i, j in combinations(range(n_coders), 2):
            row = _row(result, code, coders[i], coders[j])
            percent, kappa = _reference(matrix[[i, j]])
            assert row["percent_agreement"] == pytest.approx(percent)
            assert row["kappa"] == pytest.approx(kappa)
            pair_alpha = krippendorff.alpha(
                reliability_data=matrix[[i, j]], level_of_measurement="nominal"
            )
            assert row["alpha"] == pytest.approx(pair_alpha)
    pooled = np.concatenate(list(matrices.values()), axis=1)
    expected = krippendorff.alpha(reliability_data=pooled, level_of_measurement="nominal")
    assert result.overall["alpha"] == pytest.approx(expected)


TEXT = "De raad vergadert op maandag. Het budget wordt verhoogd."


def test_disagreement_table(project, tmp_path: Path) -> None:
    docs, codes = _setup(project, tmp_path, {"n.txt": TEXT, "leeg.txt": HUNDRED})
    rows = [
        ("n.txt", "X", "A", 0, 20),
        ("n.txt", "X", "A", 15, 28),  # A: "De raad vergadert op maandag" [0,28)
        ("n.txt", "X", "B", 8, 28),  # B: "vergadert op maandag"
        ("n.txt", "X", "A", 30, 40),  # A: "Het budget"
        ("n.txt", "X", "B", 34, 56),  # B: "budget wordt verhoogd."
        ("n.txt", "Y", "B", 21, 28),  # only B: "maandag"
        ("n.txt", "Z", "A", 0, 7),
        ("n.txt", "Z", "B", 0, 7),  # agreement: no row
        ("n.txt", "X", "C", 0, 56),  # another coder: ignored
    ]
    _code(project, docs, codes, rows)
    table = disagreements(project, "A", "B")
    got = table.drop(columns=["doc_id", "corpus"]).to_dict("records")
    assert got == [
        {
            "document": "n.txt",
            "code": "X",
            "start": 0,
            "end": 8,
            "text": "De raad ",
            "coded_by": "A",
            "a_spans": "0-28",
            "a_text": "De raad vergadert op maandag",
            "b_spans": "8-28",
            "b_text": "vergadert op maandag",
        },
        {
            "document": "n.txt",
            "code": "Y",
            "start": 21,
            "end": 28,
            "text": "maandag",
            "coded_by": "B",
            "a_spans": "",
            "a_text": "",
            "b_spans": "21-28",
            "b_text": "maandag",
        },
        {
            "document": "n.txt",
            "code": "X",
            "start": 30,
            "end": 34,
            "text": "Het ",
            "coded_by": "A",
            "a_spans": "30-40",
            "a_text": "Het budget",
            "b_spans": "34-56",
            "b_text": "budget wordt verhoogd.",
        },
        {
            "document": "n.txt",
            "code": "X",
            "start": 40,
            "end": 56,
            "text": " wordt verhoogd.",
            "coded_by": "B",
            "a_spans": "30-40",
            "a_text": "Het budget",
            "b_spans": "34-56",
            "b_text": "budget wordt verhoogd.",
        },
    ]
    only_y = disagreements(project, "A", "B", code="Y")
    assert list(only_y["text"]) == ["maandag"]
    with pytest.raises(InputError, match="gebruikte codes: X, Y, Z"):
        disagreements(project, "A", "B", code="Q")


def test_errors_name_the_coders(project, tmp_path: Path) -> None:
    docs, codes = _setup(project, tmp_path, {"a.txt": HUNDRED})
    _code(project, docs, codes, [("a.txt", "X", "Anna", 0, 50)])
    with pytest.raises(
        InputError,
        match=r"minstens twee codeurs nodig; in dit project heeft alleen Anna gecodeerd\.",
    ):
        agreement(project)
    _code(project, docs, codes, [("a.txt", "X", "Bram", 0, 50)])
    with pytest.raises(InputError, match=r"codeur 'Karel' komt niet voor.*codeurs: Anna, Bram"):
        agreement(project, ["Anna", "Karel"])
    with pytest.raises(InputError, match="codeur 'Karel'"):
        disagreements(project, "Karel", "Anna")
    with pytest.raises(InputError, match="twee verschillende codeurs"):
        agreement(project, ["Anna", "Anna"])
    with pytest.raises(InputError, match=r"document 'zz\.txt'"):
        agreement(project, documents=["zz.txt"])


def test_no_codings_at_all(project, tmp_path: Path) -> None:
    _setup(project, tmp_path, {"a.txt": HUNDRED})
    with pytest.raises(InputError, match=r"in dit project heeft nog niemand gecodeerd\. Laat een"):
        agreement(project)
