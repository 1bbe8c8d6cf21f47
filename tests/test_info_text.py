"""`wb info` names the parts of the pipeline in Dutch; package names and versions stay."""

from __future__ import annotations

from wb.info import format_info


def test_info_names_the_pipeline_fields_in_dutch() -> None:
    info = {
        "wb": "0.1.0",
        "python": "3.11.7",
        "pipeline": {
            "name": "wb-offline-nl",
            "version": "2.0.0",
            "pipes": ["sentencizer", "wb_tagger"],
            "tagger": "wb: lineair model",
            "lemmatizer": "wb: regels",
            "spacy": "3.8.18",
        },
        "packages": {"spacy": "3.8.18"},
    }
    assert format_info(info).splitlines() == [
        "wb 0.1.0 (Python 3.11.7)",
        "Taalpijplijn: wb-offline-nl 2.0.0 (wb's eigen offline pijplijn; het spaCy-model "
        "nl_core_news_sm is niet geïnstalleerd)",
        "  onderdelen: sentencizer, wb_tagger",
        "  woordsoorten: wb: lineair model",
        "  lemma's: wb: regels",
        "  spacy: 3.8.18",
        "Pakketten:",
        "  spacy: 3.8.18",
        "wb downloadt niets tijdens het werk; alle tekst blijft op deze computer.",
    ]
