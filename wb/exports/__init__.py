"""Exports of project data to files for other tools: tables (CSV, Excel) and REFI-QDA."""
