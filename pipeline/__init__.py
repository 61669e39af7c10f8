"""ldtd: crawled Lao Động Thủ đô pages in, queryable and traceable facts out."""

__version__ = "0.1.0"
