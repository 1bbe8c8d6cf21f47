"""The learned names model (names27): features, decisions, and the opt-in path through the
Pseudonymiser and `wb pseudonymise --learned`. Made-up snippets only; no name of a bench text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wb import Pseudonymiser
from wb.cli import cli
from wb.dossiers.mentions import Mention
from wb.dossiers.name_model import (
    NamesModel,
    apply_learned,
    choose,
    decide,
    default_model,
    text_features,
    tokens,
)
from wb.errors import LanguageDataError

HEADING = "Toegang\n\nDe moeder belde met Zorgpunt Weidevelde over haar zoon."


def test_tokens_keep_initials_and_drop_a_sentence_full_stop() -> None:
    text = "Mw. J.P. Kwarteling-Bos kwam."
    assert [(t.start, t.end, t.text) for t in tokens(text)] == [
        (0, 2, "Mw"),
        (4, 8, "J.P."),
        (9, 23, "Kwarteling-Bos"),
        (24, 28, "kwam"),
    ]


def test_features_say_heading_line_start_and_the_rules_decision() -> None:
    spans = [(34, 53, "ORGANISATIE", "org-head", 1)]
    toks, cands, feats = text_features(HEADING, spans)
    assert [toks[i].text for i in cands] == ["Toegang", "De", "Zorgpunt", "Weidevelde"]
    heading, _, org, _ = feats
    assert {"u|line:heading", "u|line:one", "u|at:line_start", "u|r=none"} <= set(heading)
    assert "u|d:ordinary" in heading
    assert {"c|r=ORGANISATIE", "c|src=org-head", "c|tier=1", "c|r:pos=first"} <= set(org)
    assert "c|p=met" in org  # an ordinary lowercase word before it
    assert not any(k.startswith(("c|p=", "c|n=")) and k[4:6].istitle() for k in org)


def test_context_features_never_hold_a_capitalised_word() -> None:
    _, _, feats = text_features("Toen kwam Wiebrenja Oltmans binnen.", [])
    names = {k for f in feats for k in f}
    assert "u|n=binnen" in names
    assert not [k for k in names if "wiebrenja" in k.lower() or "oltmans" in k.lower()]


def test_word_classes_become_features_when_given() -> None:
    _, _, feats = text_features("Zij belde Zorgpunt.", [], {0: "PRON", 4: "VERB", 10: "PROPN"})
    assert {"u|pos=PROPN", "u|pos-1=VERB"} <= set(feats[1])
    assert "u|pos+1=?" not in feats[1]  # nothing after the last word


def test_score_is_the_logistic_of_the_summed_weights() -> None:
    model = NamesModel({"u|b": 2.0, "u|d:ordinary": -2.0}, drop=0.1, add=0.9)
    assert model.score({"u|b": 1.0, "u|d:ordinary": 1.0}) == 0.5
    assert model.score({"u|b": 1.0}) == pytest.approx(0.8807970779778823)


def test_choose_joins_adjacent_words_and_drops_only_name_types() -> None:
    text = "Zorgpunt Weidevelde mailt info@voorbeeld.nl en Zorgpunt."
    spans = [(27, 45, "EMAIL"), (49, 57, "ORGANISATIE")]
    toks = tokens(text)
    cands = [i for i, t in enumerate(toks) if t.capital]
    assert [toks[i].text for i in cands] == ["Zorgpunt", "Weidevelde", "Zorgpunt"]
    drop, runs = choose(text, spans, toks, cands, [0.95, 0.9, 0.05], 0.1, 0.9)
    assert runs == [(0, 19)]
    assert drop == {1}
    drop, runs = choose(text, spans, toks, cands, [0.95, 0.5, 0.5], 0.1, 0.9)
    assert (drop, runs) == (set(), [(0, 8)])
    _, runs = choose(text, spans, toks, cands, [0.95, 0.9, 0.05], 0.1, 0.9, [(0, 8)])
    assert runs == [(9, 19)]  # a kept term is never added


def _mention(text: str, word: str, type_: str, tier: int = 1) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), type_, word, tier, "test")


def test_apply_learned_joins_a_neighbour_and_reuses_a_twin() -> None:
    text = "Het Wijkteam Noord helpt. Later belde Wijkteam weer."
    rules = [_mention(text, "Wijkteam", "ORGANISATIE")]
    # every capitalised word the rules left is a name to this toy model, except 'Het'/'Later'
    model = NamesModel({"u|b": 5.0, "u|d:lexicon": -3.0, "u|at:mid": 1.0}, drop=0.0, add=0.9)
    out = apply_learned(text, rules, model, tags={})
    assert [(m.start, m.end, m.type, m.source) for m in out] == [
        (4, 18, "ORGANISATIE", "test"),
        (38, 46, "ORGANISATIE", "learned"),
    ]
    assert out[0].text == "Wijkteam Noord"  # the organisation grew by the added word
    assert out[1].key == out[0].key == "wijkteam noord"  # the twin: one entity, one placeholder


def test_apply_learned_never_drops_tier_zero_mentions() -> None:
    text = "Mail Zorgpunt via info@voorbeeld.nl."
    rules = [
        _mention(text, "Zorgpunt", "ORGANISATIE"),
        _mention(text, "info@voorbeeld.nl", "EMAIL", 0),
    ]
    model = NamesModel({"c|b": -10.0}, drop=0.5, add=1.01)
    out = apply_learned(text, rules, model, tags={})
    assert [(m.start, m.end, m.type) for m in out] == [(18, 35, "EMAIL")]


def test_decide_with_the_bundled_model_keeps_a_heading() -> None:
    drop, runs = decide(HEADING, [(34, 53, "ORGANISATIE", "org-head", 1)], tags={})
    assert drop == set()  # the heading's rule span stays: it scores above the drop threshold
    assert all(HEADING[a:b] != "Toegang" for a, b in runs)


def test_bundled_model_file_holds_no_text_of_a_capitalised_word() -> None:
    data = json.loads(Path("wb/lang/nl/names_weights.json").read_text(encoding="utf-8"))
    assert data["drop"] == default_model().drop and data["add"] == default_model().add
    context = [k.split("=", 1)[1] for k in data["weights"] if k[2:4] in ("p=", "n=")]
    assert context and all(w.islower() and w.isalpha() for w in context)


def test_a_broken_weights_file_names_itself(tmp_path: Path) -> None:
    path = tmp_path / "names_weights.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(LanguageDataError, match=r"names_weights\.json"):
        NamesModel.load(path)


SNIPPETS = [  # made up: (text, rules only, with the bundled learned model)
    (
        "Het gezin krijgt hulp van Stek Jeugdzorg. Volgens Rianne Stoop van Stek gaat het beter.",
        "Het gezin krijgt hulp van Stek Jeugdzorg. Volgens [PERSOON-1] van Stek gaat het beter.",
        "Het gezin krijgt hulp van [ORGANISATIE-1] Jeugdzorg. Volgens [PERSOON-1] van "
        "[ORGANISATIE-1] gaat het beter.",
    ),
    (
        "Vorig jaar nam Thuisteam Oost de zorg over. Het Thuisteam Oost werkt samen met de "
        "huisarts.",
        "Vorig jaar nam [ORGANISATIE-1] Oost de zorg over. Het [ORGANISATIE-1] Oost werkt samen "
        "met de huisarts.",
        "Vorig jaar nam [ORGANISATIE-1] de zorg over. Het [ORGANISATIE-1] werkt samen met de "
        "huisarts.",
    ),
    (
        "Ouders\n\nToegang tot hulp\n\nDe gemeente betaalt. Jeugdzorg is duur.",
        "Ouders\n\nToegang tot hulp\n\nDe gemeente betaalt. Jeugdzorg is duur.",
        "Ouders\n\nToegang tot hulp\n\nDe gemeente betaalt. Jeugdzorg is duur.",
    ),
]


@pytest.mark.parametrize(("text", "rules", "learned"), SNIPPETS)
def test_learned_is_opt_in(text: str, rules: str, learned: str) -> None:
    assert Pseudonymiser().dossier([text])[0].text == rules
    assert Pseudonymiser(learned=True).dossier([text])[0].text == learned


def test_the_cli_passes_learned(tmp_path: Path) -> None:
    text, rules, learned = SNIPPETS[1]
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    for flag, expected in (([], rules), (["--learned"], learned)):
        out = tmp_path / ("uit" + "".join(flag))
        result = CliRunner().invoke(cli, ["pseudonymise", str(corpus), "--out", str(out), *flag])
        assert result.exit_code == 0, result.output
        assert (out / "a.txt").read_text(encoding="utf-8").rstrip("\n") == expected


def test_learned_never_replaces_a_term_the_user_keeps() -> None:
    text, rules, _ = SNIPPETS[0]
    assert Pseudonymiser(learned=True, keep={"Stek"}).dossier([text])[0].text == rules


def test_training_refuses_the_sealed_names_rounds(monkeypatch) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import train_names_model as train
    from bench_names import splits

    split_of = splits()
    # the weights are trained on rounds 1-30 (each measured once before, tune since,
    # names-retrain 2026-12-05); rounds 31-34 are tune since, 35 is sealed
    assert train.LAST_ROUND == 30
    assert split_of[24] == split_of[25] == split_of[26] == split_of[27] == split_of[28] == "tune"
    assert split_of[29] == split_of[30] == "tune"
    assert split_of[31] == "tune"  # measured once (07:31 UTC), after the weights were written
    assert split_of[32] == "tune"  # measured once (09:15 UTC), after the weights were written
    assert split_of[33] == "tune"  # measured once (10:03 UTC), after the weights were written
    assert split_of[34] == "tune"  # measured once (2026-12-05 21:30 UTC), after the weights
    assert split_of[35] == "tune"  # measured once (2026-12-05 22:29 UTC), after the weights
    assert split_of[36] == "tune"  # measured once (2026-12-05 23:55 UTC, on 122dd085)
    assert split_of[37] == "tune"  # measured once with --later (2026-12-06 01:21 UTC, 2bdeabcb)
    assert split_of[38] == "tune"  # measured once (2026-12-06 02:47 UTC, on ec51992b)
    assert split_of[39] == "tune"  # measured once with --later (2026-12-06 04:10 UTC, 2100dbfe)
    assert split_of[40] == "tune"  # measured once (2026-12-06 05:37 UTC, on 9650ed97)
    assert split_of[41] == "tune"  # measured once with --later (2026-12-06 07:15 UTC, 3349a127)
    assert split_of[42] == "tune"  # measured once (2026-12-06 08:28 UTC, on f2b2aec3)
    assert split_of[43] == "tune"  # measured once with --later (2026-12-06 09:36 UTC, cbae31e7)
    assert split_of[44] == "tune"  # measured once (2026-12-06 11:12 UTC, on 27c6e060)
    assert split_of[45] == "tune"  # measured once with --later (2026-12-06 12:52 UTC, dc9413cf)
    assert split_of[46] == "tune"  # measured once (2026-12-06 13:49 UTC, on 59c8852c)
    assert split_of[47] == "tune"  # measured once with --later (2026-12-06 15:07 UTC, b9702a40)
    assert split_of[48] == "tune"  # measured once (2026-12-06 16:22 UTC, on e999d922)
    assert split_of[49] == "tune"  # measured once with --later (2026-12-06 18:06 UTC, 36f46b4e)
    assert split_of[50] == "tune"  # measured once (2026-12-06 19:16 UTC, on a9282b33)
    assert split_of[51] == "tune"  # measured once with --later (2026-12-06 20:28 UTC, 0339e333)
    assert split_of[52] == "tune"  # measured once (2026-12-06 22:14 UTC, on 8c336c6b)
    assert split_of[53] == "tune"  # measured once with --later (2026-12-06 23:46 UTC, 76b03005)
    assert split_of[54] == "tune"  # measured once (2026-12-07 01:22 UTC, on 71295a26)
    assert split_of[55] == "tune"  # measured once with --later (2026-12-07 02:33 UTC, 2c074566)
    assert split_of[56] == "tune"  # measured once (2026-12-07 04:24 UTC, on 2277a75a)
    assert split_of[57] == "tune"  # measured once with --later (2026-12-07 06:00 UTC, 42aebcc5)
    assert split_of[58] == "tune"  # measured once (2026-12-07 07:18 UTC, on a0256373)
    assert split_of[59] == "tune"  # measured once with --later (2026-12-07 08:40 UTC, 482eb5c3)
    assert split_of[60] == "tune"  # measured once (2026-12-07 10:26 UTC, on 65cc314d)
    assert split_of[61] == "tune"  # measured once with --later (2026-12-07 11:50 UTC, aa23676f)
    assert split_of[62] == "tune"  # measured once (2026-12-07 13:24 UTC, on 6292b17d)
    assert split_of[63] == "tune"  # measured once with --later (2026-12-07 14:41 UTC, e01c096c)
    assert split_of[64] == "tune"  # measured once (2026-12-07 16:35 UTC, on cda383f8)
    assert split_of[65] == "tune"  # measured once with --later (2026-12-07 17:32 UTC, 4845ad8b)
    assert split_of[66] == "tune"  # measured once (2026-12-07 19:57 UTC, on a2286d80)
    assert split_of[67] == "tune"  # measured once with --later (2026-12-07 21:12 UTC, 8c3b5dea)
    train.check_rounds(split_of)  # rounds 1-30 are tune: no refusal
    with pytest.raises(SystemExit, match=r"\[30\]"):
        train.check_rounds(split_of | {30: "sealed"})
    # texts of rounds after LAST_ROUND never reach the rules or the features
    fake = [{"id": f"t{r}", "round": r, "text": "x"} for r in (29, 30, 31, 32)]
    seen: list[str] = []

    def spans(commit: str | None, items: list[dict]) -> dict[str, list]:
        seen.extend(i["id"] for i in items)
        return {i["id"]: [] for i in items}

    asked: list = []

    def load(last_round: int | None = None) -> list[dict]:
        asked.append(last_round)
        return [dict(i) for i in fake]

    monkeypatch.setattr(train, "load", load)
    monkeypatch.setattr(train, "rule_spans", spans)
    monkeypatch.setattr(train, "prepare", lambda item: None)
    assert [i["id"] for i in train.items_with_rules("current")] == ["t29", "t30"]
    assert seen == ["t29", "t30"]
    assert asked == [train.LAST_ROUND]  # bench_names.load opens no text of a later round
