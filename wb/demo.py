"""`make demo`: import the bundled corpora into a demo project and print an overview."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from wb.codebook import load_codebook
from wb.coding.apply import suggest_project
from wb.config import corpora_dir, find_repo_dir
from wb.corpus.importer import import_folder
from wb.errors import WbError
from wb.info import environment_info, pipeline_line
from wb.progress import step
from wb.store import open_project
from wb.store.documents import documents_table

DEMO_CORPORA = ("notulen", "verhalen", "dossiers")


def run_demo(project_path: Path, *, progress: bool = False) -> str:
    """Import the bundled corpora into `project_path` and return the overview text; with
    `progress`, each step says on stderr what it does (about a minute in all)."""
    corpora = corpora_dir()
    project_path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"Demoproject: {project_path}"]
    with open_project(project_path) as project:
        for name in DEMO_CORPORA:
            folder = corpora / name
            if folder.is_dir():
                report = import_folder(project, folder, corpus=name, progress=progress)
                lines.append(report.summary())
        table = documents_table(project)
    lines.append("")
    lines.append("Overzicht:")
    by_corpus = table.groupby("corpus").agg(
        documenten=("document", "count"), woorden=("woorden", "sum")
    )
    for corpus, row in by_corpus.iterrows():
        lines.append(
            f"  {corpus:<10} {row['documenten']:>3} documenten {row['woorden']:>7} woorden"
        )
    lines.append(
        f"  {'totaal':<10} {len(table):>3} documenten {int(table['woorden'].sum()):>7} woorden"
    )
    lines.append(pipeline_line(environment_info()["pipeline"]))
    lines += _coding_overview(project_path, progress)
    lines += _dossier_overview(project_path, progress)
    lines += _theme_overview(project_path, progress)
    return "\n".join(lines)


def _dossier_overview(project_path: Path, progress: bool) -> list[str]:
    """Labels and copied passages in the bundled dossiers, stored as findings."""
    codebooks = find_repo_dir("codebooks")
    if codebooks is None or not (codebooks / "labels.yaml").is_file():
        return []
    from wb.dossiers.analyse import analyse_dossiers
    from wb.exports.readable import label_counts
    from wb.store.findings import findings

    with open_project(project_path) as project:
        counts = analyse_dossiers(project, codebooks / "labels.yaml", progress=progress)
        labels = [f.payload for f in findings(project, "label")]
    copied = sum(1 for p in labels if p.get("copied_from"))
    return [
        "",
        f"Dossiers: {label_counts(labels)}; {copied} daarvan staan in tekst die uit een eerder "
        "rapport is overgenomen.",
        f"  {counts['passages']} overgenomen passages, "
        f"{counts['boilerplate']} keer standaardtekst.",
        f"  Beoordelen: {wb_command()} review {project_path}",
    ]


def wb_command() -> str:
    """How to start wb from the working folder: `wb` when it is on the PATH, else the `wb` next
    to this Python (".venv/bin/wb" in the checkout, its full path elsewhere)."""
    import shutil

    from wb.config import shown_path

    here = Path(sys.executable).parent / "wb"
    on_path = shutil.which("wb")
    if on_path is not None and (not here.is_file() or Path(on_path).resolve() == here.resolve()):
        return "wb"
    return shown_path(here) if here.is_file() else "wb"


def _theme_overview(project_path: Path, progress: bool) -> list[str]:
    """Themes in the minutes and stories, with their stability."""
    from wb.store.documents import iter_documents
    from wb.themes.run import themes_for_segments
    from wb.themes.segments import segment_documents

    with open_project(project_path) as project:
        docs = [
            (f"{d.corpus}/{d.path}", d.text)
            for corpus in ("notulen", "verhalen")
            for d in iter_documents(project, corpus)
        ]
    step("Thema's zoeken in notulen en verhalen (3 runs)…", progress)
    result = themes_for_segments(segment_documents(docs, "paragraph"), n_runs=3, progress=progress)
    skipped = result["parameters"]["n_furniture"]
    lines = [
        "",
        f"Thema's in notulen en verhalen ({len(result['segments'])} passages; "
        f"{skipped} koppen en opmaak overgeslagen):",
    ]
    for theme in sorted(result["themes"], key=lambda t: -t["size"])[:8]:
        flag = "stabiel" if theme.get("stable", True) else "instabiel"
        lines.append(
            f"  {theme['size']:>4}  {theme['label']}  ({', '.join(theme['keywords'][:4])}; {flag})"
        )
    return lines


def _coding_overview(project_path: Path, progress: bool) -> list[str]:
    """Suggestions of the leernetwerk codebook on the notulen and verhalen."""
    book_path = find_repo_dir("codebooks")
    if book_path is None or not (book_path / "leernetwerk.yaml").is_file():
        return []
    codebook = load_codebook(book_path / "leernetwerk.yaml")
    step(f"Codeboek '{codebook.name}' toepassen op notulen en verhalen…", progress)
    with open_project(project_path) as project:
        found = [
            s
            for corpus in ("notulen", "verhalen")
            for s in suggest_project(project, codebook, corpus=corpus, progress=progress)
        ]
    counts = Counter(s.code for s in found)
    lines = [
        "",
        f"Codeboek '{codebook.name}' ({len(codebook)} codes): {len(found)} suggesties in "
        f"{len({s.doc for s in found})} notulen en verhalen. Meest gesuggereerd:",
    ]
    lines += [f"  {n:>4}  {code}" for code, n in counts.most_common(8)]
    example = next((s for s in found if s.rule == "samenwerken" and " " in s.match_text), None)
    if example is not None:
        lines.append(f'  (lemma-patroon "samenwerken" vond o.a. "{example.match_text}")')
    return lines


def main() -> None:
    """Entry point of `python -m wb.demo`."""
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("demo") / "demo.wbproj"
    try:
        print(run_demo(target, progress=sys.stderr.isatty()))
    except WbError as exc:
        print(f"fout: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
