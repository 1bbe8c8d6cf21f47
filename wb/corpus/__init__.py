"""Corpus input: document readers, metadata parsing and the folder importer."""
