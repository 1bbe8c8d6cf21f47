"""A generated dossier report PDF as a case system prints it, and a scanned copy of it.

The report has a running header with a case number, a footer "Pagina N van M", Dutch body text
set line by line with hyphenation at line ends ("ouder-" / "verstoting"), compounds with a real
hyphen broken at that hyphen ("ex-" / "partner"), and sentences that run across page breaks.
Used by tests/test_pdf_clean.py and bench/bench_pdf.py.
"""

from __future__ import annotations

import difflib
import random
import re
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

CASE_NUMBER = "Zaaknummer 2024/0317-RK | C/13/734512 FA RK 24-1187"
HEADER = "Raad voor de Kinderbescherming - Raadsrapport"

# "|" marks where a word may be hyphenated at a line end (a real hyphen may also break a line);
# "~" forces a line break there ("ouder-" / "verstoting", "ex-" / "partner").
BODY = """\
1. Aanleiding van het onderzoek
De rechtbank heeft de Raad voor de Kinderbescherming ver|zocht een onderzoek te doen naar het \
gezag over en de om|gangs|regeling met de minder|jarige. De ouders zijn sinds twee jaar \
ge|scheiden en kunnen niet met elkaar over|leggen over de op|voeding. Vader stelt dat moeder \
het contact tussen hem en zijn dochter be|lemmert; hij spreekt van ouder~verstoting. Moeder \
be|twist dat en zegt dat het kind zelf geen contact wil. De ex-~partner van moeder is bij de \
eerste ge|sprekken aan|wezig geweest. In dit rapport be|schrijft de raads|onder|zoeker wat zij \
heeft gezien en gehoord, welke in|formatie zij van de school en de huis|arts heeft ont|vangen \
en welk advies zij de rechtbank geeft.

2. Verloop van het onderzoek
De raads|onder|zoeker heeft beide ouders af|zonderlijk ge|sproken, op het kantoor van de Raad \
en bij hen thuis. Met het kind is ge|sproken op school, in aan|wezig|heid van de intern \
be|geleider. De gezins|voogd van de jeugd|bescherming is telefonisch ge|raad|pleegd. Ook is \
in|formatie op|gevraagd bij de huis|arts en bij de hulp|verlener van het wijk|team. Beide \
ouders hebben het concept van dit rapport ont|vangen en hebben de ge|legen|heid ge|kregen om \
te reageren. Hun reacties zijn aan het einde van dit rapport op|genomen, zonder dat de inhoud \
van het rapport daardoor is ge|wijzigd.

3. Bevindingen over de ouders
Vader is een be|trokken ouder die zich grote zorgen maakt over de ont|wikkeling van zijn \
dochter. Hij ver|telt dat de over|drachten bij school steeds vaker mis|lopen en dat hij zijn \
dochter sinds de zomer|vakantie niet meer heeft gezien. Hij vindt dat moeder het kind tegen \
hem op|zet en wil dat de rechtbank in|grijpt. Moeder ver|telt dat zij het contact niet \
tegen|houdt, maar dat het kind na de be|zoeken aan vader angstig en ont|regeld thuis|komt. Zij \
wil dat de om|gang eerst onder be|geleiding plaats|vindt. Beide ouders zeggen het belang van \
hun kind voorop te stellen, maar zij ver|schillen sterk van mening over wat dat belang is. De \
raads|onder|zoeker ziet dat de ouders elkaar niet meer ver|trouwen en dat elke af|spraak tot \
nieuwe con|flicten leidt.

4. Bevindingen over het kind
Het kind is een vrien|delijk en slim meisje van tien jaar. Op school gaat het redelijk, maar \
de leer|kracht ziet dat zij de laatste maanden stil en te|rug|ge|trokken is. Zij zegt zelf dat \
zij haar vader mist, maar dat zij bang is dat moeder ver|drietig wordt als zij dat zegt. Het \
kind raakt daardoor klem tussen de ouders. De raads|onder|zoeker be|schouwt dit als een \
loyali|teits|conflict en niet als ouder|verstoting in de zin waarin vader dat woord ge|bruikt. \
Het kind heeft be|hoefte aan rust, aan duidelijk|heid en aan ouders die haar toe|stemming \
geven om van hen allebei te houden.

5. Conclusie en advies
De raad ad|viseert de rechtbank het ge|zamen|lijk gezag te laten voort|bestaan en een \
om|gangs|regeling vast te stellen van één week|end per twee weken, eerst onder be|geleiding \
van een om|gangs|huis. De raad ad|viseert daarnaast een ondertoezicht|stelling voor de duur \
van één jaar, zodat een gezins|voogd de uit|voering van de regeling kan volgen en de ouders \
kan on|der|steunen. Beide ouders wordt dringend aan|geraden een ouder|schaps|traject te \
volgen, zodat zij weer met elkaar kunnen over|leggen over hun dochter. Na een half jaar wordt \
be|keken of de be|geleiding van de om|gang kan worden af|gebouwd.

6. Reactie van de ouders
Vader kan zich vinden in het advies over de om|gangs|regeling, maar vindt dat de raad te \
weinig aan|dacht heeft voor zijn zorgen over de in|vloed van moeder. Moeder is het eens met de \
be|geleide om|gang en met de onder|toezicht|stelling, en vraagt de rechtbank om de \
over|drachten niet langer bij school te laten plaats|vinden. De raad heeft deze reacties \
ge|lezen en ziet daarin geen aan|leiding om het advies te wijzigen."""


def body_text() -> str:
    """The body as it should come out: hyphenation marks removed, paragraphs by blank lines."""
    return BODY.replace("|", "").replace("~", "")


def words(text: str) -> list[str]:
    """The words of a text in order (letters and digits; hyphenated compounds are one word)."""
    return re.findall(r"\w+(?:-\w+)*", text)


def word_recall(expected: str, got: str) -> float:
    """Share of the expected words found in order in `got` (difflib matching blocks)."""
    want, have = words(expected), words(got)
    matcher = difflib.SequenceMatcher(None, want, have, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks()) / len(want)


@dataclass
class LayoutStats:
    """What the layout produced: hyphenated line ends, hyphen breaks and pages."""

    hyphenated: list[tuple[str, str]]  # (left part, right part) of a word split over two lines
    pages: int
    sentences_across_pages: int


class _Report(FPDF):
    def header(self) -> None:
        self.set_font("helvetica", "B", 9)
        self.cell(0, 5, HEADER, new_x="LMARGIN", new_y="NEXT")
        self.set_font("helvetica", "", 9)
        self.cell(0, 5, CASE_NUMBER, new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("helvetica", "", 9)
        self.cell(0, 10, f"Pagina {self.page_no()} van {{nb}}", align="C")


def make_report_pdf(path: Path, *, width_mm: float = 100, font_size: float = 12) -> LayoutStats:
    """Write the report to `path`: body set line by line, hyphenating at the "|" marks."""
    pdf = _Report(format="A4")
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(30, 15, 30)
    pdf.add_page()
    line_h = font_size * 0.55
    hyphenated: list[tuple[str, str]] = []
    across = 0
    previous = ""
    for para in BODY.split("\n\n"):
        heading, _, text = para.partition("\n")
        if pdf.get_y() > pdf.h - 22 - 3 * line_h:  # keep a heading with its text
            pdf.add_page()
        pdf.set_font("helvetica", "B", font_size)
        pdf.cell(0, line_h + 1, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", "", font_size)
        lines, splits = _break_lines(pdf, text, width_mm)
        hyphenated += splits
        for line in lines:
            page = pdf.page_no()
            pdf.cell(0, line_h, line, new_x="LMARGIN", new_y="NEXT")
            if pdf.page_no() != page:  # fpdf broke the page before this line
                across += not re.search(r"[.!?:]$", previous)
            previous = line
        pdf.ln(line_h)
    pdf.output(str(path))
    return LayoutStats(hyphenated, pdf.page_no(), across)


def _break_lines(pdf: FPDF, text: str, width: float) -> tuple[list[str], list[tuple[str, str]]]:
    """Greedy line breaking at spaces, at "|" marks (adding "-") and after real hyphens."""
    lines: list[str] = []
    splits: list[tuple[str, str]] = []
    line = ""
    for word in text.split():
        if "~" in word:  # a forced break
            head, tail = word.split("~")
            shown = head.replace("|", "") + ("" if head.endswith("-") else "-")
            lines.append(f"{line} {shown}".strip().replace("|", ""))
            splits.append((shown, tail.replace("|", "")))
            line = tail
            continue
        candidate = f"{line} {word}".strip().replace("|", "")
        if pdf.get_string_width(candidate) <= width:
            line = f"{line} {word}".strip()
            continue
        # try the longest head of the word that fits, at a "|" or after a "-"
        cuts = [m.end() for m in re.finditer(r"\||-(?=\w)", word)]
        for cut in reversed(cuts):
            head, tail = word[:cut], word[cut:]
            shown = head.rstrip("|").replace("|", "") + "-"
            if pdf.get_string_width(f"{line} {shown}".strip().replace("|", "")) <= width:
                lines.append(f"{line} {shown}".strip().replace("|", ""))
                splits.append((shown, tail.replace("|", "")))
                word = tail
                break
        else:
            lines.append(line.replace("|", ""))
        line = word
    lines.append(line.replace("|", ""))
    return [ln for ln in lines if ln], splits


def make_scanned_copy(
    source: Path,
    path: Path,
    *,
    dpi: int = 200,
    seed: int = 0,
    angle: float = 0.6,
    blur: float = 0.7,
    noise: float = 18,
) -> None:
    """An image-only PDF of `source`: pages rendered, slightly rotated, blurred and noisy."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    images = []
    doc = pdfium.PdfDocument(str(source))
    try:
        for page in doc:
            img = page.render(scale=dpi / 72).to_pil().convert("L")
            img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
            img = img.filter(ImageFilter.GaussianBlur(blur))
            pixels = np.asarray(img, dtype=np.float32)
            pixels += np_rng.normal(0, noise, pixels.shape)  # scanner noise
            img = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
            angle = -angle * (0.5 + rng.random())
            images.append(img)
    finally:
        doc.close()
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
