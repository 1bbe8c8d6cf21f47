"""Does a coding session with documents marked done suggest what ``bench_codes.py`` measures?

Usage: python bench/codes_session_check.py [--corpus verhalen] [--done 0,1,2]

On the bundled synthetic corpus (``corpora/``, its gold ``corpora/coding_gold.jsonl``), coder
"Anna" codes the documents at the given positions of the session exactly as the gold says and
marks each done ("Document klaar", ``CodingSession.mark_done``). The suggestions the session
then shows in every other document are compared with those of the bench's path (one suggester,
the corpus counted, ``Suggester.learn_document`` with the gold codes per sentence,
``gold_sentence_codes``, which reads the gold as the session reads codings): the same
(code, sentence) pairs, and the same reach suggestions with rule and score. Prints per document
whether they agree, the suggestions only one side shows ("alleen bench" / "alleen sessie", with
rule and score), and each suggestion the reach of the codings adds, right or wrong by the gold.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from wb import (
    CodingSession,
    corpora_dir,
    find_repo_dir,
    import_folder,
    load_codebook,
    load_gold,
    open_project,
)
from wb.coding.evaluate import gold_sentence_codes, sentence_index
from wb.coding.suggest import Suggester

REACH = "(zoals uw coderingen)"


def main() -> None:
    """Mark the documents done in a session, compare with the bench's path, print the result."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default="verhalen")
    parser.add_argument("--done", default="0,1,2", help="positions of the documents done")
    args = parser.parse_args()
    done = [int(x) for x in args.done.split(",")]
    book = load_codebook(find_repo_dir("codebooks") / "leernetwerk.yaml")
    gold = load_gold(corpora_dir() / "coding_gold.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        project = open_project(Path(tmp) / "p.wbproj")
        import_folder(project, corpora_dir() / args.corpus)
        session = CodingSession(project, book, coder="Anna", corpus=args.corpus)
        for i in done:
            doc = session.open(i)
            for g in gold[doc.label]:
                for code in sorted(g.codes):
                    session.code(g.start, g.end, code)
            session.mark_done()
        print(session.learning_note())
        shown = {}
        for i, doc in enumerate(session.documents):
            if i not in done:
                session.open(i)
                shown[doc.path] = session.suggestions()
        suggester = Suggester(book, session._suggester.nlp, expand=True).fit()
        processed = {d.path: suggester.nlp(d.text) for d in session.documents}
        suggester.fit_corpus(processed.values())
        for i in done:
            d = session.documents[i]
            codes = gold_sentence_codes(gold[d.label], processed[d.path])
            suggester.learn_document(d.path, processed[d.path], codes, d.metadata)
        right = wrong = 0
        for d in session.documents:
            if d.path not in shown:
                continue
            bench = suggester.suggest_doc(d.path, processed[d.path], d.metadata)

            def key(s):  # the session shows one suggestion per code and sentence
                return (
                    (s.code, s.start, s.end, s.rule, round(s.score, 3))
                    if s.rule == REACH
                    else (s.code, s.start, s.end)
                )

            in_bench = {key(s): s for s in bench}
            in_session = {key(s): s for s in shown[d.path]}
            same = in_bench.keys() == in_session.keys()
            print(f"{d.path}: {'gelijk' if same else 'VERSCHILLEND'}")
            for side, ours, other in (
                ("bench", in_bench, in_session),
                ("sessie", in_session, in_bench),
            ):
                for k in sorted(ours.keys() - other.keys(), key=lambda k: (k[1], k[0])):
                    s = ours[k]
                    where = f"{s.start}-{s.end} {s.match_text[:60]!r}"
                    print(f"  alleen {side}: {s.code} {where} ({s.rule}, {s.score:.3f})")
            starts = [g.start for g in gold[d.label]]
            for s in shown[d.path]:
                if s.rule != REACH:
                    continue
                ok = s.code in gold[d.label][sentence_index(starts, s.match_start)].codes
                right, wrong = right + ok, wrong + (not ok)
                print(f"  {'goed' if ok else 'fout'} {s.code}: {s.match_text[:70]!r} ({s.why})")
        print(f"reach: {right} goed, {wrong} fout")
        project.close()


if __name__ == "__main__":
    main()
