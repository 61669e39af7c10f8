"""Scores every extractor against the hand-annotated gold of the seed articles (`make eval`).

Generic over fact types: each folder `tests/gold/<fact_type>/` holds one TSV per seed
(`<seed_stem>.tsv`: a header row, then one row per fact of the seed's HOST article; `#` lines are
comments; an empty cell is NULL) and a `SPEC.toml` that names

- `key`: the columns that must be equal for a predicted fact to hit a gold row;
- `extractor`: "module:function", called as `f(doc, ctx)` on the cleaned host article. It returns
  a list of facts (pydantic models or dicts), or a tuple/list whose first element is that list
  (for extractors that return several tables at once); `output = "name"` instead takes the
  attribute or key `name` of what it returns (for example of an `ArticleFacts`);
- optionally `baseline` ("module:function", called as `f(text)` on the article text, returning
  dicts with the key columns) and `baseline_name`.

Matching is per article and per multiset: each gold row is hit at most once, each prediction
hits at most one gold row. Values are normalised before comparison: empty or None is NULL,
`true`/`false` are booleans, numbers compare within a relative tolerance of 1e-9, dates compare
as ISO strings, text as NFC with spaces trimmed. Columns of the gold that are not in the key are
compared on the hits and reported as attribute agreement.

Three collections are scored apart, each beside its baseline (`make eval`):

- `seeds`: the five pages of `corpus/`, gold in `tests/gold/`; the rules were written from them;
- `dev`: the development split of `tests/dev/` (real excerpts of published articles, listed with
  their URL in `tests/dev/SOURCES.tsv`, gold in `tests/dev/gold/` under the seeds' SPECs); the
  rules may be written from it;
- `held`: the held-aside split of `tests/dev/`, put aside before the excerpts were read closely
  and never tuned to: its line predicts the next real page.

Run: `python -m pipeline.evaluate [--set held] [--type figures] [--verbose] [--report FILE]
[--min-f1 0.9]`. `--report` writes every miss and every extra with its sentence. The exit status is
0 (it is a report) unless `--min-f1` is given and some fact type of some collection scores below it.
"""
from __future__ import annotations

import argparse
import csv
import importlib
import math
import re
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from pipeline.clean import CleanError
from pipeline.textnorm import nfc

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "tests" / "gold"
DEFAULT_CORPUS = ROOT / "corpus"
DEV_DIR = ROOT / "tests" / "dev"
REL_TOL = 1e-9

Row = dict[str, Any]
# A cell that is a plain number (`564000000`, `2.9e9`, `-0.38`); `nan` or `1,5` stay text.
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


# ------------------------------------------------------------------ normalising and matching


def normalise(value: Any) -> Any:
    """The comparable form of a cell or a fact attribute (see the module docstring)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = nfc(str(value)).strip()
    if text == "" or text.upper() in {"NULL", "\\N"}:
        return None
    if text.lower() in {"true", "false"}:
        return text.lower() == "true"
    if _NUMBER.fullmatch(text):
        return float(text)
    return text


def same(a: Any, b: Any) -> bool:
    """Equality of two normalised values, numbers within the tolerance."""
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-9)
    return a == b


def matches(gold: Row, predicted: Row, key: Sequence[str]) -> bool:
    return all(same(normalise(gold.get(c)), normalise(predicted.get(c))) for c in key)


@dataclass
class Score:
    """Hits, misses and false positives of one comparison (one article or many)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    hits: list[tuple[Row, Row]] = field(default_factory=list)
    misses: list[Row] = field(default_factory=list)
    false_positives: list[Row] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.hits.extend(other.hits)
        self.misses.extend(other.misses)
        self.false_positives.extend(other.false_positives)


def score(gold: Iterable[Row], predicted: Iterable[Row], key: Sequence[str]) -> Score:
    """Multiset matching of predicted rows against gold rows on the key columns."""
    result = Score()
    remaining = list(predicted)
    for g in gold:
        for i, p in enumerate(remaining):
            if matches(g, p, key):
                result.hits.append((g, remaining.pop(i)))
                result.tp += 1
                break
        else:
            result.misses.append(g)
            result.fn += 1
    result.false_positives = remaining
    result.fp = len(remaining)
    return result


def attribute_agreement(hits: Iterable[tuple[Row, Row]], columns: Sequence[str]) -> dict[str, tuple[int, int]]:
    """For each column: (number of hits where gold and prediction agree, number of hits)."""
    agreement = {c: [0, 0] for c in columns}
    for g, p in hits:
        for c in columns:
            agreement[c][1] += 1
            if same(normalise(g.get(c)), normalise(p.get(c))):
                agreement[c][0] += 1
    return {c: (a, n) for c, (a, n) in agreement.items()}


# ------------------------------------------------------------------ gold and specs


@dataclass
class Spec:
    fact_type: str
    folder: Path
    key: list[str]
    extractor: str
    output: str | None = None
    baseline: str | None = None
    baseline_name: str | None = None
    # Columns the baseline is scored on when it cannot produce the whole key (a NER baseline
    # finds names, not titles); the extractor is then also scored on them, side by side.
    baseline_key: list[str] | None = None


def load_spec(folder: Path) -> Spec:
    raw = tomllib.loads((folder / "SPEC.toml").read_text(encoding="utf-8"))
    missing = [k for k in ("key", "extractor") if k not in raw]
    if missing:
        raise ValueError(f"{folder / 'SPEC.toml'}: missing {', '.join(missing)}")
    return Spec(
        fact_type=folder.name,
        folder=folder,
        key=list(raw["key"]),
        extractor=raw["extractor"],
        output=raw.get("output"),
        baseline=raw.get("baseline"),
        baseline_name=raw.get("baseline_name") or raw.get("baseline"),
        baseline_key=list(raw["baseline_key"]) if raw.get("baseline_key") else None,
    )


def find_specs(gold_dir: Path, types: Sequence[str] | None = None) -> list[Spec]:
    folders = sorted(p.parent for p in gold_dir.glob("*/SPEC.toml"))
    if types:
        unknown = set(types) - {f.name for f in folders}
        if unknown:
            raise SystemExit(f"no gold for: {', '.join(sorted(unknown))} (looked in {gold_dir})")
        folders = [f for f in folders if f.name in types]
    return [load_spec(f) for f in folders]


def read_gold(path: Path) -> tuple[list[str], list[Row]]:
    """Header and rows of a gold TSV (`#` lines skipped, cells kept as written)."""
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines:
        raise ValueError(f"{path}: no header row")
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = [h.strip() for h in next(reader)]
    rows = []
    for n, cells in enumerate(reader, start=2):
        if len(cells) > len(header):
            raise ValueError(f"{path}: data row {n} has {len(cells)} cells for {len(header)} columns")
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return header, rows


# ------------------------------------------------------------------ running extractors


def load_callable(dotted: str) -> Callable:
    module_name, _, attr = dotted.partition(":")
    if not attr:
        raise ValueError(f"expected 'module:function', got {dotted!r}")
    return getattr(importlib.import_module(module_name), attr)


def as_rows(result: Any, output: str | None = None) -> list[Row]:
    """The fact rows an extractor returned, whatever the convention (see the module docstring)."""
    if output is not None:
        result = result[output] if isinstance(result, dict) else getattr(result, output)
    elif isinstance(result, tuple) or (isinstance(result, list) and result and isinstance(result[0], (list, tuple))):
        result = result[0]
    rows = []
    for item in result:
        if hasattr(item, "model_dump"):
            rows.append(item.model_dump())
        elif isinstance(item, dict):
            rows.append(dict(item))
        else:
            rows.append(vars(item))
    return rows


@cache
def host_article(seed_path: str, published_at: str | None = None):
    """(doc, ctx) of the cleaned host article of one page, as the pipeline sees it.

    `published_at` (ISO date) is what a crawl manifest would give for the page: excerpts of the
    development corpus carry it in SOURCES.tsv, the seeds have none.
    """
    from pipeline.clean import clean_page, parse_timestamp
    from pipeline.process import analyse_article

    path = Path(seed_path)
    fmt = "html" if path.suffix.lower() in (".html", ".htm") else "text"
    page = clean_page(path.read_text(encoding="utf-8"), fmt, source_path=path.as_posix(),
                      published_at=parse_timestamp(published_at))
    return analyse_article(page.article)


# ------------------------------------------------------------------ collections


@dataclass
class Collection:
    """A set of pages with gold: which pages, where their gold is, what a manifest says of them."""

    name: str
    gold_dir: Path
    pages_dir: Path
    stems: frozenset[str] | None = None  # None: every page that has gold
    published: dict[str, str] = field(default_factory=dict)
    about: str = ""

    def gold_files(self, fact_type: str) -> list[Path]:
        folder = self.gold_dir / fact_type
        return [p for p in sorted(folder.glob("*.tsv")) if self.stems is None or p.stem in self.stems]


def read_sources(dev_dir: Path = DEV_DIR) -> list[Row]:
    """Rows of the development corpus's SOURCES.tsv (id, split, url, outlet, published, …)."""
    path = dev_dir / "SOURCES.tsv"
    if not path.exists():
        return []
    return read_gold(path)[1]


def default_collections(dev_dir: Path = DEV_DIR) -> list[Collection]:
    collections = [Collection("seeds", DEFAULT_GOLD, DEFAULT_CORPUS,
                              about="the five seed pages the rules were written from")]
    sources = read_sources(dev_dir)
    for split, about in (("dev", "development split: rules may be written from it"),
                         ("held", "held-aside split: never tuned to; predicts the next real page")):
        rows = [r for r in sources if r.get("split") == split]
        if rows:
            collections.append(Collection(
                split, dev_dir / "gold", dev_dir / "pages",
                stems=frozenset(r["id"] for r in rows),
                published={r["id"]: r["published"] for r in rows if r.get("published")},
                about=f"{about} ({len(rows)} excerpts)",
            ))
    return collections


# Columns that hold words of the text, tried in order to find a gold row's sentence.
_TEXT_COLUMNS = ("surface", "name", "undated_name", "number")


def sentence_of(doc, row: Row) -> str:
    """The sentence of `doc` a fact row comes from: by its span when it has one, else by the
    first sentence that holds its words (gold rows have no spans)."""
    start = row.get("char_start")
    if not isinstance(start, int):
        start = None
        for column in _TEXT_COLUMNS:
            words = row.get(column)
            if isinstance(words, str) and words.strip() and words.strip() in doc.text:
                start = doc.text.index(words.strip())
                break
    if start is None:
        return ""
    for sent in doc.sents:
        if sent.start_char <= start < sent.end_char:
            return sent.text.strip()
    return ""


@dataclass
class TypeResult:
    spec: Spec
    score: Score = field(default_factory=Score)
    baseline: Score | None = None
    on_baseline_key: Score | None = None  # the extractor scored on the baseline's key
    per_article: dict[str, Score] = field(default_factory=dict)
    agreement: dict[str, tuple[int, int]] = field(default_factory=dict)
    n_articles: int = 0
    error: str | None = None
    # Pages the cleaner rejects, by stem, with its message: a user gets no facts from them, so
    # their gold rows all count as misses (the score is what the pipeline gives, not what it
    # would give if every page were readable).
    rejected: dict[str, str] = field(default_factory=dict)


def evaluate_type(spec: Spec, corpus: Path | Collection) -> TypeResult:
    """Score one fact type over a collection (or over every gold file of `spec.folder` against
    the pages of the folder `corpus`)."""
    if not isinstance(corpus, Collection):
        corpus = Collection("custom", spec.folder.parent, corpus)
    collection = corpus
    result = TypeResult(spec)
    try:
        extractor = load_callable(spec.extractor)
        baseline = load_callable(spec.baseline) if spec.baseline else None
    except (ImportError, AttributeError, ValueError) as exc:
        result.error = f"cannot load {spec.extractor}: {exc}"
        return result
    if baseline is not None:
        result.baseline = Score()
    baseline_key = spec.baseline_key or spec.key
    if spec.baseline_key:
        result.on_baseline_key = Score()
    compared: set[str] = set()
    for gold_path in collection.gold_files(spec.fact_type):
        seed = collection.pages_dir / f"{gold_path.stem}.txt"
        if not seed.exists():
            result.error = f"{gold_path.name}: no page {seed}"
            return result
        header, gold = read_gold(gold_path)
        missing_key = [c for c in spec.key if c not in header]
        if missing_key:
            result.error = f"{gold_path}: key column(s) {missing_key} not in header"
            return result
        try:
            doc, ctx = host_article(str(seed), collection.published.get(gold_path.stem))
        except CleanError as exc:
            doc, result.rejected[gold_path.stem] = None, str(exc)
        predicted = as_rows(extractor(doc, ctx), spec.output) if doc is not None else []
        article_score = score(gold, predicted, spec.key)
        for row in article_score.misses + article_score.false_positives:
            row["_sentence"] = (sentence_of(doc, row) if doc is not None
                                else f"(page rejected by the cleaner: {result.rejected[gold_path.stem]})")
        result.per_article[gold_path.stem] = article_score
        result.score.add(article_score)
        compared.update(c for c in header if c not in spec.key)
        if baseline is not None:
            found = [dict(r) for r in baseline(doc.text)] if doc is not None else []
            result.baseline.add(score(gold, found, baseline_key))
        if result.on_baseline_key is not None:
            result.on_baseline_key.add(score(gold, predicted, baseline_key))
        result.n_articles += 1
    result.agreement = attribute_agreement(result.score.hits, sorted(compared))
    return result


# ------------------------------------------------------------------ report


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def _describe(row: Row, key: Sequence[str]) -> str:
    return "  ".join(f"{c}={row.get(c)!s}" for c in key)


def report(results: list[TypeResult], verbose: bool = False, out=None) -> None:
    out = out or sys.stdout
    header = f"{'fact type':<12} {'art':>3} {'gold':>5} {'TP':>5} {'FP':>5} {'FN':>5} {'P':>6} {'R':>6} {'F1':>6}   baseline: P / R / F1"
    print(header, file=out)
    print("-" * len(header), file=out)
    for r in results:
        if r.error:
            print(f"{r.spec.fact_type:<12} ERROR {r.error}", file=out)
            continue
        s = r.score
        line = (
            f"{r.spec.fact_type:<12} {r.n_articles:>3} {s.tp + s.fn:>5} {s.tp:>5} {s.fp:>5} {s.fn:>5} "
            f"{_fmt(s.precision):>6} {_fmt(s.recall):>6} {_fmt(s.f1):>6}"
        )
        if r.baseline is not None:
            b = r.baseline
            line += f"   {_fmt(b.precision)} / {_fmt(b.recall)} / {_fmt(b.f1)}  ({r.spec.baseline_name})"
        print(line, file=out)
        if r.on_baseline_key is not None:
            e = r.on_baseline_key
            print(f"{'':<12} on {', '.join(r.spec.baseline_key)} only: extractor {_fmt(e.precision)} / "
                  f"{_fmt(e.recall)} / {_fmt(e.f1)}, baseline the figures above", file=out)
    for r in results:
        if r.error or not r.agreement:
            continue
        parts = [f"{c} {a}/{n}" for c, (a, n) in r.agreement.items() if n]
        if parts:
            print(f"  {r.spec.fact_type} attributes agreeing on hits: " + ", ".join(parts), file=out)
    rejected = {stem: why for r in results for stem, why in r.rejected.items()}
    for stem, why in sorted(rejected.items()):
        print(f"  page {stem} rejected by the cleaner, its gold rows count as misses: {why}", file=out)
    if not verbose:
        return
    for r in results:
        if r.error:
            continue
        for stem, s in r.per_article.items():
            if not (s.misses or s.false_positives):
                continue
            print(f"\n[{r.spec.fact_type}] {stem}: P {_fmt(s.precision)} R {_fmt(s.recall)}", file=out)
            for label, rows in (("miss           ", s.misses), ("false positive ", s.false_positives)):
                for row in rows:
                    print(f"  {label} {_describe(row, r.spec.key)}", file=out)
                    if row.get("_sentence"):
                        print(f"      in: {row['_sentence']}", file=out)
        disagreements = [
            (c, g, p) for g, p in r.score.hits for c in r.agreement
            if not same(normalise(g.get(c)), normalise(p.get(c)))
        ]
        if disagreements:
            print(f"\n[{r.spec.fact_type}] attribute disagreements on hits (gold -> predicted):", file=out)
            for c, g, p in disagreements:
                print(f"  {_describe(g, r.spec.key)}  {c}: {g.get(c)!r} -> {p.get(c)!r}", file=out)


def evaluate_collection(collection: Collection, specs: Sequence[Spec]) -> list[TypeResult]:
    """Every fact type of `specs` scored on one collection (types without gold there skipped)."""
    return [evaluate_type(spec, collection) for spec in specs if collection.gold_files(spec.fact_type)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--type", action="append", dest="types", metavar="FACT_TYPE",
                        help="only this fact type (repeatable); default: every tests/gold/*/SPEC.toml")
    parser.add_argument("--set", action="append", dest="sets", choices=("seeds", "dev", "held"),
                        help="only this collection (repeatable); default: seeds, dev and held")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list misses and false positives per article, with their sentences")
    parser.add_argument("--report", type=Path, default=None,
                        help="also write the full report (every miss and extra with its sentence) to this file")
    parser.add_argument("--min-f1", type=float, default=None, help="exit 1 if any fact type's F1 is below this")
    parser.add_argument("--gold", type=Path, default=None,
                        help="score only this gold folder (its SPEC.toml files) against --corpus")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="pages of --gold (default corpus/)")
    args = parser.parse_args(argv)

    specs = find_specs(args.gold or DEFAULT_GOLD, args.types)
    if not specs:
        print(f"no tests/gold/*/SPEC.toml under {args.gold or DEFAULT_GOLD}", file=sys.stderr)
        return 0 if args.min_f1 is None else 1
    if args.gold is not None:
        collections = [Collection("custom", args.gold, args.corpus, about=str(args.gold))]
    else:
        collections = [c for c in default_collections() if not args.sets or c.name in args.sets]
    outcomes = [(c, evaluate_collection(c, specs)) for c in collections]

    report_file = None
    if args.report is not None:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        report_file = args.report.open("w", encoding="utf-8")
    try:
        for collection, results in outcomes:
            title = f"== {collection.name}: {collection.about}"
            print(title, file=sys.stdout)
            report(results, verbose=args.verbose)
            print(file=sys.stdout)
            if report_file is not None:
                print(title, file=report_file)
                report(results, verbose=True, out=report_file)
                print("\n", file=report_file)
    finally:
        if report_file is not None:
            report_file.close()
            print(f"every miss and extra, with its sentence: {args.report}")
    if args.min_f1 is not None:
        failing = [f"{c.name}/{r.spec.fact_type}" for c, results in outcomes for r in results
                   if r.error or r.score.f1 < args.min_f1]
        if failing:
            print(f"below F1 {args.min_f1}: {', '.join(failing)}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
