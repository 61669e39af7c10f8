"""Naive baselines, one module per fact type, that `python -m pipeline.evaluate` scores next to the extractors."""
