"""Dossier analysis: copied passages between dated reports, labels, provenance."""
