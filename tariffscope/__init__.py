"""tariffscope: trade-policy news and official trade statistics in one DuckDB warehouse.

The library is pure Python over polars, Great Expectations and DuckDB; it never imports Prefect
(the orchestration layer lives in flows/).
"""

__version__ = "0.1.0"
