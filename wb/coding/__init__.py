"""Coding: codebook suggestions on Dutch lemmas, coding sessions, agreement."""
