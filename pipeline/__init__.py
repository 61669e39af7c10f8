"""ldtd: crawled Lao Động Thủ đô pages in, queryable and traceable facts out."""
from pathlib import Path

__version__ = "0.1.0"
# Here, not in pipeline.store, so that `ldtd check` knows it without importing DuckDB.
DEFAULT_DB = Path("data/ldtd.duckdb")
