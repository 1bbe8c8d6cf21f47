"""wb: a Dutch qualitative research workbench."""

__version__ = "0.1.0"
