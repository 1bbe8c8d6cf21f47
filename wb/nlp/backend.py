"""Choice of the Dutch tagging backend: wb's own (default), Frog (optional program), or auto.

Frog (Debian package ``frog``, GPL) is never required: it runs as a separate program. Asked
for by name and missing, wb stops with a Dutch message that says how to install it; asked for
as ``auto``, wb goes on with its own pipeline.
"""

from __future__ import annotations

import shutil

from wb.errors import FrogNotInstalledError, PipelineError

BACKENDS = ("wb", "frog", "auto")
FROG_INSTALL = (
    "Frog is niet geïnstalleerd. Installeer het met 'sudo apt-get install frog frogdata "
    "uctodata' (Debian/Ubuntu), of kies de taalpijplijn 'wb' of 'auto' (dan gebruikt wb zijn "
    "eigen offline pijplijn)."
)


def frog_installed() -> bool:
    """True when the ``frog`` program is on PATH."""
    return shutil.which("frog") is not None


def choose_backend(requested: str = "wb") -> str:
    """The backend to use for ``requested`` ('wb', 'frog' or 'auto'): 'wb' or 'frog'."""
    if requested not in BACKENDS:
        raise PipelineError(
            f"Onbekende taalpijplijn '{requested}'; kies uit: {', '.join(BACKENDS)}."
        )
    if requested == "wb":
        return "wb"
    if requested == "frog" and not frog_installed():
        raise FrogNotInstalledError(FROG_INSTALL)
    # auto, or frog when installed: wb has no Frog coupling yet, so its own pipeline tags
    if requested == "frog":
        raise PipelineError(
            "Frog is geïnstalleerd, maar deze versie van wb kan Frog nog niet als taalpijplijn "
            "gebruiken; kies 'wb' of 'auto'."
        )
    return "wb"
