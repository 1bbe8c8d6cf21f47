"""JupyterLab views over wb's session objects (anywidget; all assets bundled, no CDN)."""

from wb.widgets.coding import CodingWidget, coding_widget

__all__ = ["CodingWidget", "coding_widget"]
