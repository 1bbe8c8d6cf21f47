"""Labels on real Dutch text: recall, precision and voice per split, plus the synthetic check.

Run from the repository root:
    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/bench_labels.py
    ... bench/bench_labels.py --errors     # list misses, false hits and wrong voices (all rounds)
    ... bench/bench_labels.py --rounds     # tune split by the old rounds 1-3 as well
    ... bench/bench_labels.py --rules      # voice by the rules alone (before the default changed)
    ... bench/bench_labels.py --no-metadata  # without each text's genre as document metadata
    ... bench/bench_labels.py --later      # also measure a second held-out round (LATER_ROUND)
    ... bench/bench_labels.py --learned    # with the learned detector of judging language and
                                           # the judge of person-aimed candidates (labels27)
    ... bench/bench_labels.py --cv         # the detector's cross-validation on tune (by text)
    ... bench/bench_labels.py --confusion  # pooled tune figures and voice confusion (gold -> found)
    ... bench/bench_labels.py --hits F.json  # score hits written by bench/dump_label_hits.py
    ... bench/bench_labels.py --batch 26   # only the texts of one batch (never a sealed one)

Every round's line is followed by its scope: recall and precision for lexicon terms, for
descriptions aimed at a person and for other judging outside the lexicon
(bench/labels_scope.py: a rule over the annotated span and the tagger).

Texts and annotations: bench/realtext/labels/manifest.yaml. Committed texts live in
bench/realtext/labels/texts/, the others (news, blogs) in the git-ignored bench/data/labels/;
a text that is missing is skipped and counted. A hit counts when its span overlaps a gold span
(one to one); voice accuracy is over the matched pairs, four classes.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "bench" / "realtext" / "labels"
DATA = REPO / "bench" / "data" / "labels"
DOSSIERS = REPO / "corpora" / "dossiers"
VOICES = ("asserted", "attributed", "discussed", "negated")
JUDGING_LABEL = "oordelende taal (geleerd)"  # wb.dossiers.judging.LABEL
# the fresh round is never listed with --errors before its one measurement; rounds 12 (batch 15),
# 13 (batch 16), 14 (batch 17, branch labels14), 15 (batch 18, branch labels15), 16 (batch 19,
# labels-r16, measured 16:16 UTC), 17 (batch 20, labels-r17, 16:47 UTC), 18 (batch 21,
# labels-r18, 17:17 UTC) and 19 (batch 22, labels-r19, 18:04 UTC) were measured once on
# 2026-12-04 and are tune material since; a new round gets the next name here (and its batch in
# group_of). Round 21 (batch 24, branch labels-r21, group "held-out-21") was annotated and
# committed before anything of wb ran on it and measured once (2026-12-04 20:31 UTC, main
# 5473449); it is tune material since. Round 23 (batch 27, branch collect-labels, "held-out-23")
# was sealed until its one measurement (2026-12-04 23:07 UTC, main e495c04) and is tune material
# since. Round 25 (batch 29, branch collect-labels, "held-out-25") was sealed until its one
# measurement (2026-12-05 01:19 UTC, main 2c128c8) and is tune material since. Round 27 (batch 31,
# branch collect-labels, "held-out-27") was sealed until its one measurement (2026-12-05 04:01 UTC,
# main d6b06d7) and is tune material since. Round 29 (batch 33, collect-labels, "held-out-29")
# was sealed until its one measurement (2026-12-05 06:43 UTC, main 04361a2) and is tune material
# since. Round 31 (batch 35, collect-labels, "held-out-31") was sealed until its one measurement
# (2026-12-05 09:17 UTC, main 4746bdf) and is tune material since. Round 33 (batch 37,
# collect-labels, "held-out-33") was sealed until its one measurement (2026-12-05 21:30 UTC, on
# 292f6e8, the code at the start of that session) and is tune material since; the next fresh round
# is "held-out-35" (batch 39, round 35, to be collected and annotated blind by collect-labels for
# the next session, sealed until that session's first measurement) was sealed until its one
# measurement (2026-12-05 23:55 UTC, on 122dd085, the code at the start of that session) and is
# tune material since; the next fresh round is "held-out-37" (batch 41, round 37, to be collected
# and annotated blind by collect-labels for the next session) was sealed until its one measurement
# (2026-12-06 02:47 UTC, on ec51992b, the code at the start of that session) and is tune material
# since; the next fresh round is "held-out-39" (batch 43, round 39, to be collected and annotated
# blind for the next session) was sealed until its one measurement (2026-12-06 05:37 UTC, on
# 9650ed97, the code at the start of that session) and is tune material since; the next fresh
# round is "held-out-41" (batch 45, round 41, collected and annotated blind for the next session)
# was sealed until its one measurement (2026-12-06 08:29 UTC, on f2b2aec3, the code at the start
# of that session) and is tune material since; the next fresh round is "held-out-43" (batch 47,
# round 43, to be collected and annotated blind for the next session) was sealed until its one
# measurement (2026-12-06 11:12 UTC, on 27c6e060, the code at the start of that session) and is
# tune material since; the next fresh round is "held-out-45" (batch 49, round 45, to be collected
# and annotated blind for the next session) was sealed until its one measurement (2026-12-06 13:47
# UTC, on 59c8852c, the code at the start of that session) and is tune material since; the next
# fresh round is "held-out-47" (batch 51, round 47, to be collected and annotated blind for the
# next session) was sealed until its one measurement (2026-12-06 16:25 UTC, on e999d922, the code
# at the start of that session) and is tune material since; the next fresh round is
# "held-out-49" (batch 53, round 49, to be collected and annotated blind for the next session) was
# sealed until its one measurement (2026-12-06 19:20 UTC, on a9282b33, the code at the start of
# that session) and is tune material since; the next fresh round is "held-out-51" (batch 55,
# round 51, collected and annotated blind for the next session) was sealed until its one
# measurement (2026-12-06 22:29 UTC, on 8c336c6b, the code at the start of that session, its texts
# first restored on a new machine) and is tune material since; the next fresh round is
# "held-out-53" (batch 57, round 53, collected and annotated blind for the next session) was
# sealed until its one measurement (2026-12-07 01:22 UTC, on 71295a26, the code at the start of
# that session) and is tune material since; the next fresh round is "held-out-55" (batch 59,
# round 55, collected and annotated blind for the next session) was sealed until its one
# measurement (2026-12-07 04:26 UTC, on 2277a75a, the code at the start of that session) and is
# tune material since; the next fresh round is "held-out-57" (batch 61, round 57, collected and
# annotated blind for the next session) was sealed until its one measurement (2026-12-07 07:19
# UTC, on a0256373, the code at the start of that session) and is tune material since; the next
# fresh round is "held-out-59" (batch 63, round 59, collected and annotated blind for the next
# session) was sealed until its one measurement (2026-12-07 10:27 UTC, on 65cc314d, the code at
# the start of that session) and is tune material since; the next fresh round is "held-out-61"
# (batch 65, round 61, collected and annotated blind for the next session) was sealed until its
# one measurement (2026-12-07 13:24 UTC, on 6292b17d, the code at the start of that session) and
# is tune material since; the next fresh round is "held-out-63" (batch 67, round 63, collected
# and annotated blind for the next session) was sealed until its one measurement (2026-12-07
# 16:35 UTC, on cda383f8, the code at the start of that session) and is tune material since; the
# next fresh round is "held-out-65" (batch 69, round 65, collected and annotated blind for the
# next session) was sealed until its one measurement (2026-12-07 20:01 UTC, on a2286d80, the code
# at the start of that session) and is tune material since; the next fresh round is
# "held-out-67" (batch 71, round 67, to be collected and annotated blind for the next session).
FRESH_ROUND = "held-out-67"
# a second held-out round collected beside the fresh one is left out of every run without --later
# and never listed by --errors. Round 20 (batch 23, labels-r19) was sealed that way until its one
# measurement (2026-12-04 19:37 UTC, main df91add) and is tune material since. Round 22 (batch
# 25, branch labels-r21, group "held-out-22") was sealed the same way until its one measurement
# (2026-12-04 21:52 UTC, main d891c20) and is tune material since. Round 24 (batch 28, branch
# collect-labels, "held-out-24") was sealed the same way until its one measurement (2026-12-05
# 00:42 UTC, main f6351fc) and is tune material since. Round 26 (batch 30, branch collect-labels,
# "held-out-26") was sealed the same way until its one measurement (2026-12-05 02:57 UTC, main
# ac72578) and is tune material since. Round 28 (batch 32, branch collect-labels, "held-out-28")
# was sealed the same way until its one measurement (2026-12-05 05:35 UTC, main cd61da9) and is
# tune material since. Round 30 (batch 34, collect-labels, "held-out-30") was sealed the same way
# until its one measurement (2026-12-05 07:41 UTC, main 378f64e) and is tune material since. Round
# 32 (batch 36, collect-labels, "held-out-32") was sealed the same way until its one measurement
# (2026-12-05 10:03 UTC, main 65ee79a) and is tune material since. The later round is now
# "held-out-34" (batch 38, round 34, collected with batch 37 by collect-labels on 2026-12-05) was
# sealed the same way until its one measurement (2026-12-05 22:29 UTC, main a1d9c666) and is tune
# material since. The later round is now "held-out-36" (batch 40, round 36, collected with batch
# 39 by collect-labels on 2026-12-05) was sealed the same way until its one measurement
# (2026-12-06 01:21 UTC, main 2bdeabcb) and is tune material since. The later round is now
# "held-out-38" (batch 42, round 38, collected with batch 41 by collect-labels on 2026-12-06) was
# sealed the same way until its one measurement (2026-12-06 04:10 UTC, main 2100dbfe) and is tune
# material since. The later round is now "held-out-40" (batch 44, round 40, collected with batch
# 43 by collect-labels on 2026-12-06) was sealed the same way until its one measurement
# (2026-12-06 07:19 UTC, main a68a06c0) and is tune material since. The later round is now
# "held-out-42" (batch 46, round 42, collected with batch 45 by collect-labels on 2026-12-06) was
# sealed the same way until its one measurement (2026-12-06 09:47 UTC, main dc1c05cf) and is tune
# material since. The later round is now "held-out-44" (batch 48, round 44, collected with batch
# 47 by collect-labels on 2026-12-06) was measured once by mistake in the same session, right
# after LATER_ROUND named it (2026-12-06 10:07 UTC, main f1c57b2a plus c8331e14's neutral
# refactor; a second --later run meant to check the refactor on batch 46): blind, before any error
# was read, and recorded as its one measurement; tune material since. The later round is now
# "held-out-46" (batch 50, round 46, collected with batch 49 by collect-labels on 2026-12-06) was
# sealed the same way until its one measurement (2026-12-06 15:28 UTC, main 7e32b378) and is tune
# material since. The later round is now "held-out-48" (batch 52, round 48, collected with batch
# 51 by collect-labels on 2026-12-06) was sealed the same way until its one measurement
# (2026-12-06 18:00 UTC, main e93cb714) and is tune material since. The later round is now
# "held-out-50" (batch 54, round 50, collected with batch 53 by collect-labels on 2026-12-06) was
# sealed the same way until its one measurement (2026-12-06 20:35 UTC, main 1b6a7f3d) and is tune
# material since. The later round is now "held-out-52" (batch 56, round 52, collected with batch
# 55 by collect-labels on 2026-12-06) was sealed the same way until its one measurement
# (2026-12-06 23:50 UTC, main 20e0096b) and is tune material since. The later round is now
# "held-out-54" (batch 58, round 54, collected with batch 57 by collect-labels on 2026-12-06) was
# sealed the same way until its one measurement (2026-12-07 02:33 UTC, main 2c074566) and is tune
# material since. The later round is now "held-out-56" (batch 60, round 56, collected with batch
# 59 by collect-labels on 2026-12-07) was sealed the same way until its one measurement
# (2026-12-07 06:00 UTC, main 42aebcc5) and is tune material since. The later round is now
# "held-out-58" (batch 62, round 58, collected with batch 61 by collect-labels on 2026-12-07) was
# sealed the same way until its one measurement (2026-12-07 08:41 UTC, main 418b3863) and is tune
# material since. The later round is now "held-out-60" (batch 64, round 60, collected with batch
# 63 by collect-labels on 2026-12-07) was sealed the same way until its one measurement
# (2026-12-07 11:52 UTC, main aa23676f) and is tune material since. The later round is now
# "held-out-62" (batch 66, round 62, collected with batch 65 by collect-labels on 2026-12-07) was
# sealed the same way until its one measurement (2026-12-07 14:41 UTC, main 32d66554) and is tune
# material since. The later round is now "held-out-64" (batch 68, round 64, collected with batch
# 67 by collect-labels on 2026-12-07) was sealed the same way until its one measurement
# (2026-12-07 18:03 UTC, main 4c6f7b1a) and is tune material since. The later round is now
# "held-out-66" (batch 70, round 66, collected with batch 69 by collect-labels on 2026-12-07) was
# sealed the same way until its one measurement (2026-12-07 21:18 UTC, main 78b4ec0e) and is tune
# material since. The later round is now "held-out-68" (batch 72, round 68, collected with batch
# 71 by collect-labels4 on 2026-12-07).
LATER_ROUND = "held-out-68"
# the batches no training script may read and no run may measure or list while they are sealed
# (batches 25 and 27-32 were, until their one measurement). No training script (train_voice,
# train_judging, train_aimed) and no tune run reads a sealed batch, the default run and --errors
# leave it out, --batch refuses it; --later measures only the sealed batch whose group is
# LATER_ROUND (batch 36). Batch 31 (round 27) was sealed until its measurement at the start of the
# session of 2026-12-05 03:58 UTC, batch 32 (round 28) until its measurement with --later at that
# session's end (05:35 UTC). Batch 33 (round 29, "held-out-29") was sealed until its first
# measurement at the start of the session of 2026-12-05 06:43 UTC (06:43 UTC, main 04361a2).
# Batch 34 (round 30, "held-out-30", the later round) was sealed until its one measurement with
# --later at that session's end (07:41 UTC, main 378f64e). Batch 35 (round 31, "held-out-31")
# was sealed until its first measurement at the start of the session of 2026-12-05 09:15 UTC
# (09:17 UTC, main 4746bdf). Batch 36 (round 32, "held-out-32", the later round) was sealed until
# its one measurement with --later at that session's end (10:03 UTC, main 65ee79a). Batch 37
# (round 33, "held-out-33") was sealed until its first measurement at the start of the session of
# 2026-12-05 21:08 UTC (21:30 UTC, on 292f6e8). Batch 38 (round 34, "held-out-34", the later
# round) was sealed until its one measurement with --later at that session's end (22:29 UTC, main
# a1d9c666). Batches 39 (round 35, "held-out-35", the next session's FRESH_ROUND) and 40 (round
# 36, "held-out-36", its LATER_ROUND), collected and annotated blind by collect-labels on
# 2026-12-05, are sealed for the next session: 39 until its first measurement at that session's
# start, 40 until its one measurement with --later at that session's end. Batch 39 was measured at
# the start of the session of 2026-12-05 23:50 UTC (23:55 UTC, on 122dd085), batch 40 with
# --later at its end (2026-12-06 01:21 UTC, main 2bdeabcb). Batches 41 (round 37,
# "held-out-37") and 42 (round 38, "held-out-38"), collected blind by collect-labels in that
# session, are the next session's fresh and later rounds. Batch 41 was measured at the start of the
# session of 2026-12-06 02:40 UTC (on ec51992b), batch 42 with --later at its end (04:10 UTC, main
# 2100dbfe). Batches 43
# (round 39, "held-out-39") and 44 (round 40, "held-out-40") were reserved for the session after:
# batch 43 was measured at the start of the session of 2026-12-06 05:35 UTC (on 9650ed97), batch
# 44 with --later at its end (07:19 UTC, main a68a06c0). Batches 45 (round 41, "held-out-41")
# and 46 (round 42, "held-out-42") are reserved for the session after that: batch 45 was measured
# at the start of the session of 2026-12-06 08:25 UTC (08:29 UTC, on f2b2aec3); batch 46 with
# --later at its end (09:47 UTC, main dc1c05cf). Batches 47 (round 43, "held-out-43") and 48
# (round 44, "held-out-44") are reserved for the session after that; batch 48 was measured once
# at 10:07 UTC that same session (see LATER_ROUND). Batches 49 (round 45, "held-out-45") and 50
# (round 46, "held-out-46") are reserved for the session after that: batch 49 was measured at
# the start of the session of 2026-12-06 13:44 UTC (13:47 UTC, on 59c8852c); batch 50 with
# --later at its end (15:28 UTC, main 7e32b378). Batches 51 (round 47, "held-out-47") and 52
# (round 48, "held-out-48") are reserved for the session after that: batch 51 was measured at
# the start of the session of 2026-12-06 16:20 UTC (16:25 UTC, on e999d922); batch 52 with
# --later at its end (18:00 UTC, main e93cb714). Batches 53 (round 49, "held-out-49") and 54
# (round 50, "held-out-50") are reserved for the session after that: batch 53 was measured at
# the start of the session of 2026-12-06 19:12 UTC (19:20 UTC, on a9282b33); batch 54 with --later
# at its end (20:35 UTC, main 1b6a7f3d). Batches 55 (round 51, "held-out-51") and 56 (round 52,
# "held-out-52") are reserved for the session after that: batch 55 was measured at the start of
# the session of 2026-12-06 21:59 UTC (22:29 UTC, on 8c336c6b); batch 56 with --later at its
# end (23:50 UTC, main 20e0096b). Batches 57 (round 53,
# "held-out-53") and 58 (round 54, "held-out-54") are reserved for the session after that: batch
# 57 was measured at the start of the session of 2026-12-07 01:19 UTC (01:22 UTC, on 71295a26);
# batch 58 with --later at its end (02:33 UTC, main 2c074566). Batches 59 (round 55,
# "held-out-55") and 60 (round 56, "held-out-56") are reserved for the session after that: batch
# 59 was measured at the start of the session of 2026-12-07 04:23 UTC (04:26 UTC, on 2277a75a);
# batch 60 with --later at its end (06:00 UTC, main 42aebcc5). Batches 61 (round 57,
# "held-out-57") and 62 (round 58, "held-out-58") are reserved for the session after that: batch
# 61 was measured at the start of the session of 2026-12-07 07:17 UTC (07:19 UTC, on a0256373);
# batch 62 with --later at its end (08:41 UTC, main 418b3863). Batches 63 (round 59,
# "held-out-59") and 64 (round 60, "held-out-60") are reserved for the session after that: batch
# 63 was measured at the start of the session of 2026-12-07 10:26 UTC (10:27 UTC, on 65cc314d);
# batch 64 with --later at its end (11:52 UTC, main aa23676f). Batches 65 (round 61,
# "held-out-61") and 66 (round 62, "held-out-62") are reserved for the session after that: batch
# 65 was measured at the start of the session of 2026-12-07 13:23 UTC (13:24 UTC, on 6292b17d);
# batch 66 with --later at its end (14:41 UTC, main 32d66554). Batches 67 (round 63,
# "held-out-63") and 68 (round 64, "held-out-64") are reserved for the session after that: batch
# 67 was measured at the start of the session of 2026-12-07 16:34 UTC (16:35 UTC, on cda383f8);
# batch 68 with --later at its end (18:03 UTC, main 4c6f7b1a). Batches 69 (round 65,
# "held-out-65") and 70 (round 66, "held-out-66") are reserved for the session after that: batch
# 69 was measured at the start of the session of 2026-12-07 19:44 UTC (20:01 UTC, on a2286d80);
# batch 70 with --later at its end (21:18 UTC, main 78b4ec0e). Batches 71 (round 67,
# "held-out-67") and 72 (round 68, "held-out-68") are reserved for the session after that. Until
# their measurement no training script and no run reads a sealed batch, and --batch refuses it.
SEALED_BATCHES: frozenset[int] = frozenset({71, 72})


def measured_now(entry: dict, later: bool = False) -> bool:
    """False for a text of a sealed batch, except the later round's when --later asks for it."""
    if entry.get("batch", 1) not in SEALED_BATCHES:
        return True
    return later and group_of(entry) == LATER_ROUND


def split_of(url: str) -> str:
    """The fixed split rule, decided before annotation: held-out when sha1(url) is odd."""
    return "held-out" if int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2 else "tune"


def group_of(entry: dict) -> str:
    """tune, or held-out round 4 (batch 7), 5 (8), 6 (9), 7 (10), 8 (11), 9 (12), 10 (13), 11 (14),
    12 (15), 13 (16), 14 (17), 15 (18), 16 (19), 17 (20), 18 (21), 19 (22), 20 (23), 21 (24),
    22 (25), 23 (27), 24 (28), 25 (29), 26 (30), 27 (31), 28 (32), 29 (33), 30 (34), 31 (35),
    32 (36), 33 (37), 34 (38), 35 (39), 36 (40), 37 (41), 38 (42), 39 (43), 40 (44), 41 (45),
    42 (46), 43 (47), 44 (48), 45 (49), 46 (50), 47 (51), 48 (52), 49 (53), 50 (54), 51 (55),
    52 (56), 53 (57), 54 (58), 55 (59), 56 (60), 57 (61), 58 (62), 59 (63), 60 (64), 61 (65),
    62 (66), 63 (67), 64 (68), 65 (69), 66 (70), 67 (71), 68 (72); batch 26 is tune from the
    start (collected as training material, branch labels-data). Batches 71-72 are sealed
    (SEALED_BATCHES) until their one measurement; batches 25 and 27-70 were.

    Batches 1-6 are all tune material now: the held-out rounds 1-3 had their errors read
    (see the README). Round 4 is held out whatever its URL hash, and measured once.
    """
    batch = entry.get("batch", 1)
    if batch >= 72:
        return "held-out-68"
    if batch >= 71:
        return "held-out-67"
    if batch >= 70:
        return "held-out-66"
    if batch >= 69:
        return "held-out-65"
    if batch >= 68:
        return "held-out-64"
    if batch >= 67:
        return "held-out-63"
    if batch >= 66:
        return "held-out-62"
    if batch >= 65:
        return "held-out-61"
    if batch >= 64:
        return "held-out-60"
    if batch >= 63:
        return "held-out-59"
    if batch >= 62:
        return "held-out-58"
    if batch >= 61:
        return "held-out-57"
    if batch >= 60:
        return "held-out-56"
    if batch >= 59:
        return "held-out-55"
    if batch >= 58:
        return "held-out-54"
    if batch >= 57:
        return "held-out-53"
    if batch >= 56:
        return "held-out-52"
    if batch >= 55:
        return "held-out-51"
    if batch >= 54:
        return "held-out-50"
    if batch >= 53:
        return "held-out-49"
    if batch >= 52:
        return "held-out-48"
    if batch >= 51:
        return "held-out-47"
    if batch >= 50:
        return "held-out-46"
    if batch >= 49:
        return "held-out-45"
    if batch >= 48:
        return "held-out-44"
    if batch >= 47:
        return "held-out-43"
    if batch >= 46:
        return "held-out-42"
    if batch >= 45:
        return "held-out-41"
    if batch >= 44:
        return "held-out-40"
    if batch >= 43:
        return "held-out-39"
    if batch >= 42:
        return "held-out-38"
    if batch >= 41:
        return "held-out-37"
    if batch >= 40:
        return "held-out-36"
    if batch >= 39:
        return "held-out-35"
    if batch >= 38:
        return "held-out-34"
    if batch >= 37:
        return "held-out-33"
    if batch >= 36:
        return "held-out-32"
    if batch >= 35:
        return "held-out-31"
    if batch >= 34:
        return "held-out-30"
    if batch >= 33:
        return "held-out-29"
    if batch >= 32:
        return "held-out-28"
    if batch >= 31:
        return "held-out-27"
    if batch >= 30:
        return "held-out-26"
    if batch >= 29:
        return "held-out-25"
    if batch >= 28:
        return "held-out-24"
    if batch >= 27:
        return "held-out-23"
    if batch >= 26:
        return "tune"
    if batch >= 25:
        return "held-out-22"
    if batch >= 24:
        return "held-out-21"
    if batch >= 23:
        return "held-out-20"
    if batch >= 22:
        return "held-out-19"
    if batch >= 21:
        return "held-out-18"
    if batch >= 20:
        return "held-out-17"
    if batch >= 19:
        return "held-out-16"
    if batch >= 18:
        return "held-out-15"
    if batch >= 17:
        return "held-out-14"
    if batch >= 16:
        return "held-out-13"
    if batch >= 15:
        return "held-out-12"
    if batch >= 14:
        return "held-out-11"
    if batch >= 13:
        return "held-out-10"
    if batch >= 12:
        return "held-out-9"
    if batch >= 11:
        return "held-out-8"
    if batch >= 10:
        return "held-out-7"
    if batch >= 9:
        return "held-out-6"
    return "held-out-5" if batch >= 8 else "held-out-4" if batch >= 7 else "tune"


def old_group_of(entry: dict) -> str:
    """The split of rounds 1-3 (tune, held-out, held-out-2, held-out-3), for comparison."""
    split = split_of(entry["url"])
    if split == "tune" or entry.get("batch", 1) >= 7:
        return group_of(entry)
    batch = entry.get("batch", 1)
    return "held-out-3" if batch >= 6 else "held-out-2" if batch >= 4 else "held-out"


class AnnotationMismatch(ValueError):
    """An annotated span is not in the text (a re-fetched text that differs from the original)."""


def gold_spans(text: str, labels: list[dict]) -> list[tuple[int, int, dict]]:
    """Character spans of the annotated occurrences (n-th whole-word match of the span text)."""
    out = []
    for item in labels:
        pattern = re.compile(rf"(?<!\w){re.escape(item['text'])}(?!\w)")
        matches = list(pattern.finditer(text))
        n = item.get("n", 0)
        if n >= len(matches):
            raise AnnotationMismatch(f"{item!r} ({len(matches)} keer in de tekst)")
        out.append((matches[n].start(), matches[n].end(), item))
    return out


def text_path(entry: dict) -> Path:
    """Where the text of a manifest entry lives."""
    name = f"{entry['id']}.txt"
    return HERE / "texts" / name if entry.get("committed") else DATA / name


def metadata_of(entry: dict, use: bool = True) -> dict | None:
    """The document metadata wb would have for a text: its genre (ruling, news, blog, ...)."""
    return {"genre": entry.get("genre", "")} if use else None


def evaluate(
    finder,
    entries: list[dict],
    show_errors: bool = False,
    metadata: bool = True,
    docs: dict | None = None,
    hits_of: dict | None = None,
) -> dict:
    """Counts for one group of texts: gold, found, matched, voice right, per-voice confusion,
    and per scope (lexicon, person, other: bench/labels_scope.py); docs (id -> parsed Doc)
    saves parsing a text again; hits_of (id -> hits) scores hits found elsewhere (another
    commit's wb) instead of running finder; learned hits are counted apart."""
    from labels_scope import is_lexicon_annotation, is_lexicon_hit, scope_of

    from wb.dossiers.voice import self_terms

    c: Counter = Counter()
    confusion: Counter = Counter()
    for entry in entries:
        path = text_path(entry)
        if not path.exists():
            c["missing"] += 1
            continue
        text = path.read_text(encoding="utf-8")
        try:
            gold = gold_spans(text, entry.get("labels") or [])
        except AnnotationMismatch as err:
            print(f"  annotatie past niet op {path.name}: {err}", file=sys.stderr)
            c["mismatch"] += 1
            continue
        c["texts"] += 1
        meta = metadata_of(entry, metadata)
        doc = (docs or {}).get(entry["id"]) or finder.nlp(text)
        if hits_of is not None:
            hits = hits_of.get(entry["id"], [])
        else:
            hits = finder.find(entry["id"], doc, self_terms=self_terms(None), metadata=meta)
        used: set[int] = set()
        for a, b, item in gold:
            match = next(
                (i for i, h in enumerate(hits) if i not in used and h.start < b and a < h.end),
                None,
            )
            c["gold"] += 1
            scope = scope_of(doc, a, b, is_lexicon_annotation(item))
            c[f"gold_{scope}"] += 1
            c[f"matched_{scope}"] += match is not None
            if match is None:
                if show_errors:
                    print(f"  gemist   {entry['id']}: {item['text']!r} ({item['voice']})")
                continue
            used.add(match)
            c["matched"] += 1
            confusion[(item["voice"], hits[match].voice)] += 1
            learned = hits[match].label == JUDGING_LABEL
            c["learned_matched"] += learned
            if learned and show_errors:
                print(f"  geleerd  {entry['id']}: {hits[match].text!r} ({item['voice']})")
            if hits[match].voice == item["voice"]:
                c["voice"] += 1
                c["learned_voice"] += learned
            elif show_errors:
                ctx = text[max(0, a - 60) : b + 30].replace("\n", " ")
                print(f"  stem     {entry['id']}: {item['voice']} -> {hits[match].voice}: …{ctx}…")
        c["found"] += len(hits)
        for i, h in enumerate(hits):
            scope = scope_of(doc, h.start, h.end, is_lexicon_hit(h.label))
            c[f"found_{scope}"] += 1
            c[f"right_{scope}"] += i in used
        c["learned_found"] += sum(h.label == JUDGING_LABEL for h in hits)
        if show_errors:
            for i, h in enumerate(hits):
                if i not in used:
                    ctx = text[max(0, h.start - 50) : h.end + 30].replace("\n", " ")
                    print(f"  onterecht {entry['id']}: {h.text!r} [{h.label}, {h.voice}] …{ctx}…")
    c["confusion"] = confusion
    return c


def report(name: str, c: Counter) -> None:
    """Print one line of figures."""
    recall = c["matched"] / c["gold"] if c["gold"] else 0.0
    precision = c["matched"] / c["found"] if c["found"] else 0.0
    voice = c["voice"] / c["matched"] if c["matched"] else 0.0
    missing = f", {c['missing']} teksten ontbreken" if c["missing"] else ""
    if c["mismatch"]:
        missing += f", {c['mismatch']} passen niet op hun annotaties"
    print(
        f"{name:10s} {c['texts']:2d} teksten: recall {recall:.3f} ({c['matched']}/{c['gold']}), "
        f"precisie {precision:.3f} ({c['matched']}/{c['found']}), "
        f"stem {voice:.3f} ({c['voice']}/{c['matched']}){missing}"
    )
    scope_line(c)
    conf = c["confusion"]
    if conf:
        row = "; ".join(
            f"{g}: " + " ".join(f"{p[:4]}={conf[(g, p)]}" for p in VOICES if conf[(g, p)])
            for g in VOICES
            if any(conf[(g, p)] for p in VOICES)
        )
        print(f"          goud -> gevonden: {row}")
    if c["learned_found"]:
        print(
            f"          geleerde detector: {c['learned_found']} gevonden, "
            f"{c['learned_matched']} juist, stem {c['learned_voice']} juist"
        )


SCOPE_NAMES = {"lexicon": "lexicon", "person": "op een persoon", "other": "ander oordeel"}


def scope_line(c: Counter) -> None:
    """Print recall (gold found) and precision (hits right) per scope of one group."""
    parts = []
    for scope, name in SCOPE_NAMES.items():
        gold, matched = c[f"gold_{scope}"], c[f"matched_{scope}"]
        found, right = c[f"found_{scope}"], c[f"right_{scope}"]
        if gold or found:
            recall = f"{matched / gold:.3f}" if gold else "-"
            precision = f"{right / found:.3f}" if found else "-"
            parts.append(f"{name} {recall} ({matched}/{gold}), prec. {precision} ({right}/{found})")
    if parts:
        print("          bereik: " + "; ".join(parts))


def confusion_table(name: str, c: Counter) -> None:
    """Print the voice confusion of pooled counts as a table, gold in rows, found in columns."""
    conf = c["confusion"]
    print(f"stemverwarring {name} (goud -> gevonden), {c['matched']} gevonden treffers:")
    print("  goud \\ gevonden " + " ".join(f"{v:>10s}" for v in VOICES) + "      goed")
    for g in VOICES:
        row = [conf[(g, p)] for p in VOICES]
        if sum(row):
            right = conf[(g, g)]
            cells = " ".join(f"{n:10d}" for n in row)
            print(f"  {g:15s} {cells}  {right / sum(row):.3f} ({right}/{sum(row)})")
    pairs = sorted(((n, g, p) for (g, p), n in conf.items() if g != p), reverse=True)
    print("  fouten: " + ", ".join(f"{g} -> {p} {n}" for n, g, p in pairs))


def synthetic(finder) -> None:
    """The bundled dossier check (corpora/dossiers/truth.yaml), as in tests/test_labels.py."""
    from labels_truth import found_labels, scores, truth_labels

    s = scores(truth_labels(DOSSIERS), found_labels(finder, DOSSIERS))
    print(
        f"synthetisch: recall {s['recall']:.3f}, precisie {s['precision']:.3f}, "
        f"label {s['label']:.3f}, stem {s['voice']:.3f} "
        f"({s['matched']}/{s['gold']} goud, {s['found']} gevonden)"
    )


def main() -> None:
    """Print the figures per split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--errors", action="store_true", help="fouten tonen (niet op de verse ronde)"
    )
    parser.add_argument("--rounds", action="store_true", help="tune ook naar de oude rondes 1-3")
    parser.add_argument(
        "--later", action="store_true", help="ook de latere held-out ronde meten (eenmalig)"
    )
    parser.add_argument(
        "--rules", action="store_true", help="stem met alleen de regels (wb.dossiers.voice)"
    )
    parser.add_argument(
        "--confusion",
        action="store_true",
        help="alle tune-rondes samen: cijfers en stemverwarring (goud -> gevonden)",
    )
    parser.add_argument(
        "--no-metadata", action="store_true", help="zonder het genre van de tekst als metadata"
    )
    parser.add_argument(
        "--learned", action="store_true", help="met de geleerde detector van oordelende taal"
    )
    parser.add_argument(
        "--cv",
        action="store_true",
        help="kruisvalidatie van de geleerde detector (tune, per tekst)",
    )
    parser.add_argument(
        "--hits",
        type=Path,
        help="treffers uit een JSON-bestand van bench/dump_label_hits.py (een andere commit)",
    )
    parser.add_argument(
        "--batch", type=int, help="alleen de teksten van deze batch (nooit een verzegelde)"
    )
    args = parser.parse_args()
    if args.batch in SEALED_BATCHES:
        raise SystemExit(f"batch {args.batch} is verzegeld: alleen de lead meet die, met --later")
    use_meta = not args.no_metadata
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "bench"))
    from wb.dossiers.labels import LabelFinder

    if args.cv:
        from train_judging import main as train_main

        sys.argv = [sys.argv[0], "--cv"]
        train_main()
        return

    from manifest_yaml import read_manifest

    manifest = read_manifest(HERE / "manifest.yaml")
    entries = manifest["texts"]
    if args.batch is not None:
        entries = [e for e in entries if e.get("batch", 1) == args.batch]
    voice_model = "rules" if args.rules else "learned"
    finder = LabelFinder(
        REPO / "codebooks" / "labels.yaml",
        voice_model=voice_model,
        judging=args.learned,
        aimed=args.learned,
    ).fit()
    print(f"stem: {voice_model}{', met de geleerde detector' if args.learned else ''}")
    # every group group_of names, in order; held-out-47 and -48 (batches 51-52) stay empty while
    # sealed, as every earlier round did
    groups: dict[str, list[dict]] = {"tune": []} | {f"held-out-{n}": [] for n in range(4, 69)}
    hits_of = None
    if args.hits:
        from wb.dossiers.labels import LabelHit

        raw = yaml.safe_load(args.hits.read_text(encoding="utf-8"))
        hits_of = {d: [LabelHit(**h) for h in hs] for d, hs in raw["hits"].items()}
        print(f"treffers uit {args.hits.name} (wb {raw.get('commit', '?')})")
        entries = [e for e in entries if e["id"] in hits_of]
    for entry in entries:
        if measured_now(entry, later=args.later):  # a sealed batch is never read by a tune run
            groups[group_of(entry)].append(entry)
    pooled: Counter = Counter(confusion=Counter())
    for name, group in groups.items():
        if name == LATER_ROUND and not args.later:
            continue
        if group:
            errors = args.errors and name not in (FRESH_ROUND, LATER_ROUND)
            counts = evaluate(finder, group, show_errors=errors, metadata=use_meta, hits_of=hits_of)
            report(name, counts)
            if name not in (FRESH_ROUND, LATER_ROUND):
                pooled["confusion"] += counts.pop("confusion")
                pooled.update(counts)
    if args.confusion:
        report("alle tune", pooled)
        confusion_table("alle tune", pooled)
    else:
        print("alle tune (alle rondes hierboven samen, zonder verse en latere ronde):")
        scope_line(pooled)
    if args.rounds:
        print("de tune-teksten naar de rondes 1-3:")
        old: dict[str, list[dict]] = {}
        for entry in groups["tune"]:
            old.setdefault(old_group_of(entry), []).append(entry)
        for name in ("tune", "held-out", "held-out-2", "held-out-3"):
            if old.get(name):
                report(name, evaluate(finder, old[name], metadata=use_meta))
    synthetic(finder)


if __name__ == "__main__":
    main()
