"""The HTML report: charts and tables of the warehouse views in one self-contained, offline file.

render_report(warehouse, out_dir=None) -> Path of index.html (default out_dir: report/ beside the warehouse).
SQL: sql/report/*.sql. Charts: Vega-Altair rendered to inline SVG by vl-convert (no JavaScript in the page).
"""

from tariffscope.report.build import render_report

__all__ = ["render_report"]
