"""The real-text set of the labels bench (bench/realtext/labels) is well-formed and split."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "bench" / "realtext" / "labels"
sys.path.insert(0, str(REPO / "bench"))
from bench_labels import FRESH_ROUND, LATER_ROUND, group_of, measured_now  # noqa: E402
from manifest_yaml import read_manifest  # noqa: E402

VOICES = {"asserted", "attributed", "discussed", "negated"}


def _texts() -> list[dict]:
    return read_manifest(HERE / "manifest.yaml")["texts"]


def test_ids_are_unique_and_voices_known() -> None:
    texts = _texts()
    assert len({t["id"] for t in texts}) == len(texts)
    for t in texts:
        for item in t.get("labels") or []:
            assert item["voice"] in VOICES, (t["id"], item)


def test_committed_texts_exist_and_every_annotation_resolves() -> None:
    for t in _texts():
        if not t.get("committed"):
            continue
        text = (HERE / "texts" / f"{t['id']}.txt").read_text(encoding="utf-8")
        for item in t.get("labels") or []:
            found = re.findall(rf"(?<!\w){re.escape(item['text'])}(?!\w)", text)
            assert len(found) > item.get("n", 0), (t["id"], item)


def test_rounds_19_and_20_are_their_own_groups() -> None:
    texts = _texts()
    by_batch = {b: [t for t in texts if t.get("batch") == b] for b in (22, 23)}
    assert [len(by_batch[22]), len(by_batch[23])] == [17, 15]
    occurrences = {b: sum(len(t.get("labels") or []) for t in ts) for b, ts in by_batch.items()}
    # labels-policy added three reported acts to batch 22 (stichtinghoogbegaafd); labels42 one
    # discussed "verwaarlozing" to batch 23 (ncgovote, the generic definition of drinking);
    # labels-policy6 took out its "alcoholisme van een ouder" (policy line 19, a condition)
    assert occurrences == {22: 69, 23: 41}
    assert Counter(i["voice"] for t in by_batch[22] for i in t.get("labels") or []) == Counter(
        asserted=13, attributed=25, discussed=29, negated=2
    )
    assert {group_of(t) for t in by_batch[22]} == {"held-out-19"}
    assert {group_of(t) for t in by_batch[23]} == {"held-out-20"}
    # batch 23 was sealed (LATER_ROUND) until its one measurement; rounds 19 and 20 are tune
    # material now
    assert not any(t.get("committed") for t in by_batch[22] + by_batch[23])


def test_rounds_21_and_22_measured_once_and_tune_since() -> None:
    texts = _texts()
    by_batch = {b: [t for t in texts if t.get("batch") == b] for b in (24, 25)}
    assert [len(by_batch[24]), len(by_batch[25])] == [16, 15]
    voices = {
        b: Counter(i["voice"] for t in ts for i in t.get("labels") or [])
        for b, ts in by_batch.items()
    }
    # 7 asserted: krompraten's "niet in staat" (money) left out since the capacity policy of
    # 2026-12-05 (labels-capacity); 2 attributed -> discussed by policy 7 (labels-voice: "een
    # leven met een narcist is een hel" in a quote characterises the type); labels42: the bare
    # "verwaarlozing" of foster children in general discussed (blikophulp, 24), the generic
    # parent's "verwaarloost" in a condition added (ludodriesen, 25)
    assert voices[24] == Counter(asserted=7, attributed=8, discussed=38, negated=3)
    assert sum(voices[25].values()) == 64
    # rounds 21-24 were each measured once (tune since, their errors may be listed)
    assert (FRESH_ROUND, LATER_ROUND) == ("held-out-67", "held-out-68")
    assert {group_of(t) for t in by_batch[24]} == {"held-out-21"}
    assert {group_of(t) for t in by_batch[25]} == {"held-out-22"}
    # only sealed batches wait in a held-out round (37 in FRESH_ROUND, 38 in LATER_ROUND, both
    # collected blind by collect-labels; batches 35 and 36 were measured once on 2026-12-05, at
    # 09:17 and 10:03 UTC, and are tune since); the court texts and motie of rounds 21 and 22
    # are committed
    waiting = {t.get("batch") for t in texts if group_of(t) in (FRESH_ROUND, LATER_ROUND)}
    # batches 37 and 38 measured on 2026-12-05 (21:30 UTC on 292f6e8, 22:29 UTC on a1d9c666),
    # tune since; batch 39 was measured once at the start of the session of 2026-12-05 23:50 UTC
    # (on 122dd085), batch 40 with --later at its end (2026-12-06 01:21 UTC, on 2bdeabcb), both
    # tune since; batches 41 and 42 (collected blind by collect-labels on 2026-12-06) wait in
    # FRESH_ROUND and LATER_ROUND for the next session. Batch 41 was measured once at the start
    # of the session of 2026-12-06 02:40 UTC (on ec51992b), batch 42 with --later at its end (on
    # 2100dbfe), both tune since; batches 43 and 44 (collect-labels, that session) wait in
    # FRESH_ROUND and LATER_ROUND for the next session. Batch 43 was measured once at the start
    # of the session of 2026-12-06 05:35 UTC (on 9650ed97), tune since; batch 44 waits in
    # LATER_ROUND for that session's end; batch 45 (collect-labels, that session) waits in
    # FRESH_ROUND for the next session, batch 46 in "held-out-42", the next LATER_ROUND. Batch 44
    # was measured with --later at that session's end (07:19 UTC, main a68a06c0), tune since.
    # Batch 45 was measured once at the start of the session of 2026-12-06 08:25 UTC (on
    # f2b2aec3), tune since; batch 46 waits in LATER_ROUND for that session's end; batch 47
    # (collect-labels, that session) waits in FRESH_ROUND for the next session, batch 48 in
    # "held-out-44", the next LATER_ROUND. Batch 46 was measured with --later at that session's
    # end (09:47 UTC, main dc1c05cf), tune since; batch 48 once right after (10:07 UTC), tune
    # since; LATER_ROUND names batch 50, not collected yet. Batch 47 was measured once at the
    # start of the session of 2026-12-06 11:08 UTC (on 27c6e060), tune since; FRESH_ROUND names
    # batch 49, LATER_ROUND batch 50; both were collected blind by collect-labels in that session
    # and wait for the next one (49 at its start, 50 with --later at its end). Batch 49 was
    # measured once at the start of the session of 2026-12-06 13:44 UTC (on 59c8852c), tune
    # since; FRESH_ROUND names batch 51 (collected blind by collect-labels from 13:55 UTC that
    # session, with batch 52 in "held-out-48"), batch 50 waited in LATER_ROUND until its one
    # measurement at that session's end (15:28 UTC, main 7e32b378); LATER_ROUND names batch 52.
    # Batch 51 was measured once at the start of the session of 2026-12-06 16:20 UTC (on
    # e999d922), tune since; FRESH_ROUND names batch 53 (collected blind by collect-labels from
    # 16:30 UTC that session, with batch 54 in "held-out-50"), batch 52 waits in LATER_ROUND
    # Batch 52 was measured with --later at the end of that session (18:00 UTC, main e93cb714),
    # tune since; LATER_ROUND names batch 54. Batch 53 was measured once at the start of the
    # session of 2026-12-06 19:12 UTC (19:20 UTC, on a9282b33), tune since; FRESH_ROUND names
    # batch 55 (to be collected blind in that session), batch 54 waits in LATER_ROUND.
    # Batches 55 and 56 were collected blind by collect-labels in that session (from 19:22 UTC):
    # batch 55 waits in FRESH_ROUND for the next session's start, batch 56 in "held-out-52"
    # Batch 54 was measured with --later at that session's end (20:35 UTC, main 1b6a7f3d), tune
    # since; LATER_ROUND names batch 56 (collected blind with batch 55 that session). Batch 55 was
    # measured once at the start of the session of 2026-12-06 21:59 UTC (22:29 UTC, on 8c336c6b),
    # tune since; FRESH_ROUND names batch 57 (not collected yet), batch 56 waits in LATER_ROUND
    # Batches 57 and 58 were collected blind by collect-labels in that session (from 23:20 UTC):
    # batch 57 waits in FRESH_ROUND for the next session's start, batch 58 in "held-out-54".
    # Batch 56 was measured with --later at that session's end (23:50 UTC, main 20e0096b), tune
    # since; LATER_ROUND names batch 58. Batch 57 was measured once at the start of the session
    # of 2026-12-07 01:19 UTC (01:22 UTC, on 71295a26), tune since; FRESH_ROUND names batch 59
    # Batches 59 and 60 were collected blind by collect-labels in that session (from 01:30 UTC):
    # batch 59 waits in FRESH_ROUND for the next session's start, batch 60 in "held-out-56"
    # Batch 58 was measured with --later at that session's end (02:33 UTC, main 2c074566), tune
    # since; LATER_ROUND names batch 60. Batch 59 was measured once at the start of the session
    # of 2026-12-07 04:23 UTC (04:26 UTC, on 2277a75a), tune since; FRESH_ROUND names batch 61
    # Batches 61 and 62 were collected blind by collect-labels in that session (from 04:40 UTC):
    # batch 61 waits in FRESH_ROUND for the next session's start, batch 62 in "held-out-58"
    # Batch 60 was measured with --later at that session's end (06:00 UTC, main 42aebcc5), tune
    # since; LATER_ROUND names batch 62. Batch 61 was measured once at the start of the session
    # of 2026-12-07 07:17 UTC (07:19 UTC, on a0256373), tune since; FRESH_ROUND names batch 63
    # (to be collected). Batches 63 and 64 were collected blind by collect-labels in that
    # session (from 07:40 UTC): batch 63 waits in FRESH_ROUND for the next session's start,
    # batch 64 in "held-out-60". Batch 62 was measured with --later at that session's end (08:41
    # UTC, main 418b3863), tune since; LATER_ROUND names batch 64. Batch 63 was measured once at
    # the start of the session of 2026-12-07 10:26 UTC (10:27 UTC, on 65cc314d), tune since;
    # FRESH_ROUND names batch 65. Batches 65 and 66 were collected blind by collect-labels in
    # that session (from 10:41 UTC): batch 65 waits in FRESH_ROUND for the next session's start,
    # batch 66 in "held-out-62". Batch 64 was measured with --later at that session's end (11:52
    # UTC, main aa23676f), tune since; LATER_ROUND names batch 66. Batch 65 was measured once at
    # the start of the session of 2026-12-07 13:23 UTC (13:24 UTC, on 6292b17d), tune since;
    # FRESH_ROUND names batch 67 (to be collected). Batches 67 and 68 were collected blind by
    # collect-labels in that session (from 13:50 UTC): batch 67 waits in FRESH_ROUND for the
    # next session's start, batch 68 in "held-out-64". Batch 66 was measured with --later at that
    # session's end (14:41 UTC, main 32d66554), tune since; LATER_ROUND names batch 68. Batch 67
    # was measured once at the start of the session of 2026-12-07 16:34 UTC (16:35 UTC, on
    # cda383f8), tune since; FRESH_ROUND names batch 69. Batches 69 and 70 were collected blind
    # by collect-labels in that session (from 16:49 UTC): batch 69 waits in FRESH_ROUND for the
    # next session's start, batch 70 in "held-out-66". Batch 68 was measured with --later at that
    # session's end (18:03 UTC, main 4c6f7b1a), tune since; LATER_ROUND names batch 70. Batch 69
    # was measured once at the start of the session of 2026-12-07 19:44 UTC (20:01 UTC, on
    # a2286d80), tune since; FRESH_ROUND names batch 71. Batches 71 and 72 were collected blind by
    # collect-labels4 in that session (from 19:47 UTC): batch 71 waits in FRESH_ROUND for the next
    # session's start, batch 72 in "held-out-68". Batch 70 was measured with --later at that
    # session's end (21:18 UTC, main 78b4ec0e), tune since; LATER_ROUND names batch 72
    assert waiting == {71, 72}
    committed = sorted(t["id"] for t in by_batch[24] + by_batch[25] if t.get("committed"))
    assert committed == [
        "ghshe-2021-1058",
        "kst-33836-12",
        "rbdha-2021-9876",
        "rbobr-2014-2457",
    ]


def test_batch_26_is_tune_from_the_start() -> None:
    texts = _texts()
    batch = [t for t in texts if t.get("batch") == 26]
    assert len(batch) == 30
    voices = Counter(i["voice"] for t in batch for i in t.get("labels") or [])
    # labels-policy: a judgement of a group is asserted (one was discussed); labels-voice:
    # policy 7 (2 asserted -> discussed: "de moederdagmoeder" as a type) and policy 8 (1
    # discussed -> attributed: "dat 'moeilijk opvoedbare' joch", a scare quote on a concrete child);
    # labels-policy9, policy 9: 3 asserted -> discussed ("moederdagmoeders" as the subject of a
    # generic statement about the type); labels-policy3 (labels-policy2 line 3): the children's
    # "kindeigen problematiek" (a care need) removed (attributed)
    assert voices == Counter(asserted=26, attributed=62, discussed=20, negated=5)
    assert {group_of(t) for t in batch} == {"tune"}
    assert sorted(t["id"] for t in batch if not t.get("labels")) == [
        "b26-pedagogiekdigitaal-kwetsbare-vader"
    ]
    committed = sorted(t["id"] for t in batch if t.get("committed"))
    assert committed == [
        "b26-echtscheiden-online-ontzetting-vader",
        "b26-lexboost-ghshe-2022-4447",
        "b26-lexboost-rbgro-2011-bs7508",
        "b26-stichtingkog-gezag-ontheffing",
    ]
    # batch 25 keeps its round's name after its one measurement
    assert {group_of(t) for t in texts if t.get("batch") == 25} == {"held-out-22"}


def test_training_leaves_out_exactly_the_sealed_batches() -> None:
    import train_judging
    import train_voice
    from bench_labels import SEALED_BATCHES

    # batches 25 and 27-42 were sealed until their one measurement (41 until 2026-12-06 02:47
    # UTC, 42 until 04:10 UTC, 43 until 2026-12-06 05:37 UTC); batch 44 waits for the end of that
    # session (measured 07:19 UTC), batches 45 and 46 (collected blind by collect-labels in that
    # session) are the next one's fresh and later rounds (45 measured 2026-12-06 08:29 UTC);
    # batch 46 waits for the end of that session, batches 47 and 48 (collected blind by
    # collect-labels in that session) are the next one's fresh and later rounds (46 measured
    # 2026-12-06 09:47 UTC, 48 at 10:07 UTC, 47 at 11:12 UTC); batches 49 and 50 (collected
    # blind by collect-labels in that session) are the next one's fresh and later rounds (49
    # measured 2026-12-06 13:47 UTC, 50 at 15:28 UTC); batches 51 and 52 (collected blind by
    # collect-labels in that session) are the next one's fresh and later rounds (51 measured
    # 2026-12-06 16:25 UTC); batches 53 and 54 are reserved for the session after (53 measured
    # 2026-12-06 19:20 UTC); batches 55 and 56 are reserved for the session after that
    # 61 measured 2026-12-07 07:19 UTC, 62 at 08:41 UTC; 63 and 64 collected that session; 63
    # measured 2026-12-07 10:27 UTC, 64 at 11:52 UTC; 65 and 66 collected that session; 65
    # measured 2026-12-07 13:24 UTC, 66 at 14:41 UTC; 67 and 68 collected that session; 67
    # measured 2026-12-07 16:35 UTC, 68 at 18:03 UTC; 69 and 70 collected that session; 69
    # measured 2026-12-07 20:01 UTC, 70 at 21:18 UTC; 71 and 72 collected blind by
    # collect-labels4 that session
    assert SEALED_BATCHES == frozenset({71, 72})
    assert train_voice.LEFT_OUT_BATCHES == train_judging.LEFT_OUT_BATCHES == SEALED_BATCHES
    voice_batches = {e.get("batch", 1) for e in train_voice.training_entries()}
    assert {24, 25, 26} <= voice_batches
    assert voice_batches == {t.get("batch", 1) for t in _texts()} - SEALED_BATCHES
    # the detector's texts: the committed ones are on every machine
    judging_ids = {e["id"] for e in train_judging.tune_entries()}
    assert {"rbobr-2014-2457", "kst-33836-12", "b26-lexboost-ghshe-2022-4447"} <= judging_ids
    # batch 25's committed rulings, read since its one measurement; the sealed ones never
    assert {"ghshe-2021-1058", "rbdha-2021-9876"} <= judging_ids
    # batch 27's committed rulings, read since its one measurement; the sealed batches' never
    assert {"b27-rbgro-2009-bk7256"} <= judging_ids
    assert {"b29-ghshe-2018-3916"} <= judging_ids  # batch 29, read since its one measurement
    assert {"b30-rbzwb-2025-8995"} <= judging_ids  # batch 30, read since its one measurement
    assert {"b31-rbgro-2006-az4417"} <= judging_ids  # batch 31, read since its one measurement
    assert {"b33-rbnho-2016-7004"} <= judging_ids  # batch 33, read since its one measurement
    assert {"b34-ghshe-2019-996"} <= judging_ids  # batch 34, read since its one measurement
    assert {"b36-rblim-2017-8964"} <= judging_ids  # batch 36, read since its one measurement
    assert {"b39-rbzwb-2019-4049"} <= judging_ids  # batch 39, read since its one measurement
    assert {"b40-rbshe-2011-bp2276"} <= judging_ids  # batch 40, read since its one measurement
    assert any(i.startswith("b41-") for i in judging_ids)  # batch 41, since its one measurement
    assert {"b42-kst-31268-18"} <= judging_ids  # batch 42, read since its one measurement
    assert {"b43-kog-grootouders-1274"} <= judging_ids  # batch 43, since its one measurement
    assert {"b44-lexboost-ghshe-2021-979"} <= judging_ids  # batch 44, since its one measurement
    assert {"b45-lexboost-rbnho-2024-1123"} <= judging_ids  # batch 45, since its measurement
    assert {"b46-lexboost-ghshe-2023-2849"} <= judging_ids  # batch 46, since its measurement
    assert {"b48-lexboost-rbams-2020-2311"} <= judging_ids  # batch 48, since its measurement
    assert {"b47-lexboost-ghshe-2014-5216"} <= judging_ids  # batch 47, since its measurement
    assert any(i.startswith("b49-") for i in judging_ids)  # batch 49, since its measurement
    assert any(i.startswith("b50-") for i in judging_ids)  # batch 50, since its measurement
    assert any(i.startswith("b51-") for i in judging_ids)  # batch 51, since its measurement
    assert any(i.startswith("b52-") for i in judging_ids)  # batch 52, since its measurement
    assert any(i.startswith("b53-") for i in judging_ids)  # batch 53, since its measurement
    assert any(i.startswith("b54-") for i in judging_ids)  # batch 54, since its measurement
    assert any(i.startswith("b55-") for i in judging_ids)  # batch 55, since its measurement
    assert any(i.startswith("b56-") for i in judging_ids)  # batch 56, since its measurement
    assert any(i.startswith("b57-") for i in judging_ids)  # batch 57, since its measurement
    assert any(i.startswith("b58-") for i in judging_ids)  # batch 58, since its measurement
    assert any(i.startswith("b59-") for i in judging_ids)  # batch 59, since its measurement
    assert any(i.startswith("b60-") for i in judging_ids)  # batch 60, since its measurement
    assert any(i.startswith("b61-") for i in judging_ids)  # batch 61, since its measurement
    assert any(i.startswith("b62-") for i in judging_ids)  # batch 62, since its measurement
    assert any(i.startswith("b63-") for i in judging_ids)  # batch 63, since its measurement
    assert any(i.startswith("b64-") for i in judging_ids)  # batch 64, since its measurement
    assert any(i.startswith("b65-") for i in judging_ids)  # batch 65, since its measurement
    assert any(i.startswith("b66-") for i in judging_ids)  # batch 66, since its measurement
    assert any(i.startswith("b67-") for i in judging_ids)  # batch 67, since its measurement
    assert any(i.startswith("b68-") for i in judging_ids)  # batch 68, since its measurement
    assert any(i.startswith("b69-") for i in judging_ids)  # batch 69, since its measurement
    assert any(i.startswith("b70-") for i in judging_ids)  # batch 70, since its measurement
    assert not any(i.startswith(("b71-", "b72-")) for i in judging_ids)  # sealed


def test_rounds_23_and_24_were_measured_once() -> None:
    texts = _texts()
    by_batch = {b: [t for t in texts if t.get("batch") == b] for b in (27, 28)}
    assert [len(by_batch[27]), len(by_batch[28])] == [15, 15]
    voices = {
        b: Counter(i["voice"] for t in ts for i in t.get("labels") or [])
        for b, ts in by_batch.items()
    }
    # labels-policy: a group judgement asserted, a reported act added (27); a group judgement (28);
    # labels-voice: policy 7, 2 attributed -> discussed in 27 (a quoted speaker's "een narcist",
    # "een buitengesloten ouder" as a type); policy 8, 1 asserted -> attributed in 28 ("mijn
    # moeder niet anders gekend dan 'ziek'"); labels-policy9, policy 9: 1 asserted -> discussed in
    # each ("brutale kinderen kregen straf", "Curlingouders staan ...": the type as the subject)
    # labels-policy2, line 2: the granddaughter's "wordt ze boos" added (attributed, 27)
    # labels-policy5, line 18: 3 attributed -> discussed in 27 (a pedagogue's generic "je")
    assert voices[27] == Counter(asserted=12, attributed=30, discussed=41, negated=4)
    # labels42: "verwaarlozing" of foster children in general, discussed (universiteitleiden, 28)
    assert voices[28] == Counter(asserted=11, attributed=12, discussed=56, negated=3)
    # batch 27 keeps its round's name after its one measurement (2026-12-04 23:07 UTC)
    assert {group_of(t) for t in by_batch[27]} == {"held-out-23"} != {FRESH_ROUND}
    # batch 28 too (2026-12-05 00:42 UTC, with --later)
    assert {group_of(t) for t in by_batch[28]} == {"held-out-24"} != {LATER_ROUND}
    assert {group_of(t) for t in texts if t.get("batch") == 26} == {"tune"}
    committed = sorted(t["id"] for t in by_batch[27] + by_batch[28] if t.get("committed"))
    assert committed == ["b27-ghshe-2018-2872", "b27-rbgro-2009-bk7256", "b28-ghshe-2017-953"]
    no_labels = sorted(t["id"] for t in by_batch[27] + by_batch[28] if not t.get("labels"))
    assert no_labels == [
        "b27-ghshe-2018-2872",
        "b27-telegraaf-oma-praatsessies",
        "b28-ghshe-2017-953",
    ]
    # the default run reads both batches now, and no sealed text
    assert all(measured_now(t) for t in by_batch[27] + by_batch[28])
    # batches 49 and 50 were measured in the session of 2026-12-06 13:44 UTC; batches 51 and 52
    # (collected blind by collect-labels from 13:55 UTC that session) were sealed; batch 51 was
    # measured at the start of the session of 2026-12-06 16:20 UTC, batch 52 stays sealed, as do
    # batches 53 and 54 (collected blind by collect-labels from 16:30 UTC that session)
    # batch 52 was measured with --later at that session's end (18:00 UTC), batch 53 at the start
    # of the next (2026-12-06 19:20 UTC)
    # batch 54 with --later at the end of that session (20:35 UTC), batch 55 at the start of the
    # next (22:29 UTC)
    # batches 57 and 58 (collected blind by collect-labels from 23:20 UTC that session) are sealed;
    # batch 56 was measured with --later at that session's end (23:50 UTC)
    # batch 57 at the start of the next (2026-12-07 01:22 UTC)
    # batches 59 and 60 (collected blind by collect-labels from 01:30 UTC that session) are sealed
    # batch 58 with --later at that session's end (02:33 UTC)
    # batch 59 at the start of the next (2026-12-07 04:26 UTC); batches 61 and 62 (collected
    # blind by collect-labels from 04:40 UTC that session) are sealed
    # batch 60 with --later at that session's end (06:00 UTC), batch 61 at the start of the next
    # (2026-12-07 07:19 UTC); batches 63 and 64 (collected blind by collect-labels from 07:40 UTC
    # that session) are sealed; batch 62 with --later at that session's end (08:41 UTC), batch
    # 63 at the start of the next (2026-12-07 10:27 UTC); batches 65 and 66 (collected blind by
    # collect-labels from 10:41 UTC that session) are sealed; batch 64 with --later at that
    # session's end (11:52 UTC), batch 65 at the start of the next (2026-12-07 13:24 UTC);
    # batches 67 and 68 (collected blind by collect-labels from 13:50 UTC that session) are sealed;
    # batch 66 with --later at that session's end (14:41 UTC), batch 67 at the start of the next
    # (2026-12-07 16:35 UTC); batches 69 and 70 (collected blind by collect-labels from 16:49 UTC
    # that session) are sealed; batch 68 with --later at that session's end (18:03 UTC), batch
    # 69 at the start of the next (2026-12-07 20:01 UTC); batches 71 and 72 (collected blind by
    # collect-labels4 from 19:47 UTC that session) are sealed; batch 70 with --later at that
    # session's end (21:18 UTC)
    sealed = {71, 72}
    assert all(measured_now(t) for t in texts if t.get("batch", 1) not in sealed)
    assert not any(measured_now(t) for t in texts if t.get("batch", 1) in sealed)


def test_a_sealed_batch_is_refused_before_wb_is_loaded(monkeypatch) -> None:
    import bench_labels

    for batch in ("71", "72"):
        monkeypatch.setattr(sys, "argv", ["bench_labels.py", "--batch", batch])
        try:
            bench_labels.main()
        except SystemExit as exc:
            assert "verzegeld" in str(exc.code)
        else:
            raise AssertionError(f"batch {batch} was not refused")


def test_rounds_25_and_26_were_measured_once() -> None:
    import hashlib

    from bench_labels import SEALED_BATCHES

    texts = _texts()
    by_batch = {b: [t for t in texts if t.get("batch") == b] for b in (29, 30)}
    assert [len(by_batch[29]), len(by_batch[30])] == [15, 17]
    voices = {
        b: Counter(i["voice"] for t in ts for i in t.get("labels") or [])
        for b, ts in by_batch.items()
    }
    # labels-policy: four reported acts added to b29-demamagids-pesten-juf
    assert voices[29] == Counter(asserted=22, attributed=10, discussed=31, negated=2)
    # labels-policy9, policy 10: the judging "ongerechtvaardigd" of a child rejecting a parent added
    # to b30-justitie-belgium-ouderverstoting (discussed)
    # labels-policy2, line 2: "Verontwaardigde vader" (asserted) and a daughter's "boos"
    # (attributed) added in 30
    assert voices[30] == Counter(asserted=15, attributed=7, discussed=42, negated=1)
    # round 25 was measured once (2026-12-05 01:19 UTC), round 26 too (02:57 UTC): tune since
    assert {group_of(t) for t in by_batch[29]} == {"held-out-25"} != {FRESH_ROUND}
    assert {group_of(t) for t in by_batch[30]} == {"held-out-26"} != {LATER_ROUND}
    assert not {29, 30} & SEALED_BATCHES
    assert all(measured_now(t) for t in by_batch[29] + by_batch[30])
    committed = sorted(t["id"] for t in by_batch[29] + by_batch[30] if t.get("committed"))
    assert committed == [
        "b29-cu-voordewind-ao-vechtscheidingen",
        "b29-ghshe-2018-3916",
        "b29-rbnho-2019-2766",
        "b30-ghshe-2021-550",
        "b30-kv-tk-2021Z13869",
        "b30-rbzwb-2025-8995",
    ]
    no_labels = sorted(t["id"] for t in by_batch[29] + by_batch[30] if not t.get("labels"))
    # b29-demamagids-pesten-juf has labels since labels-policy (reported acts)
    assert no_labels == [
        "b29-rbnho-2019-2766",
        "b30-ghshe-2021-550",
        "b30-kv-tk-2021Z13869",
        "b30-rbzwb-2025-8995",
    ]
    # every text carries the sha256 of its stored text; the committed ones match it here
    for t in by_batch[29] + by_batch[30]:
        assert re.fullmatch(r"[0-9a-f]{64}", t["sha256"]), t["id"]
        if t.get("committed"):
            data = (HERE / "texts" / f"{t['id']}.txt").read_bytes()
            assert hashlib.sha256(data).hexdigest() == t["sha256"], t["id"]
    # no URL of the new batches is used twice in the manifest
    urls = Counter(t["url"] for t in texts)
    assert all(urls[t["url"]] == 1 for t in by_batch[29] + by_batch[30])
    # the default run reads both batches (each measured once)
    assert all(measured_now(t) for t in by_batch[29] + by_batch[30])
