"""Shared set-up for the notebooks: where the database and charts live, a read-only connection, tables, fonts."""
from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any, Sequence

import duckdb
import matplotlib

# Notebooks run as plain scripts (and in CI) with no display; inside Jupyter the inline backend stays.
IN_JUPYTER = "ipykernel" in sys.modules
if not IN_JUPYTER:
    matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = "data/ldtd.duckdb"
DEFAULT_FIGURES = "notebooks/figures"
# Ships with matplotlib and has every Vietnamese letter with its tone marks.
FONT = "DejaVu Sans"


def _from_root(value: str) -> Path:
    """A path from the environment; relative ones count from the repository root, wherever Jupyter runs."""
    path = Path(value).expanduser()
    return path if path.is_absolute() else ROOT / path


def db_path() -> Path:
    """The database the notebook reads: $LDTD_DB, else data/ldtd.duckdb."""
    return _from_root(os.environ.get("LDTD_DB") or DEFAULT_DB)


def figures_dir() -> Path:
    """Where charts are written: $LDTD_FIGURES, else notebooks/figures/ (created if missing)."""
    folder = _from_root(os.environ.get("LDTD_FIGURES") or DEFAULT_FIGURES)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def connect() -> duckdb.DuckDBPyConnection:
    """A read-only connection: a notebook never changes the database it studies."""
    path = db_path()
    if not path.exists():
        raise SystemExit(f"{path}: no database here; build it with `ldtd extract corpus --db {path}` "
                         "(or `make notebooks`), or point LDTD_DB at one")
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.IOException as exc:
        # Most often an `ldtd extract` still writing to it: DuckDB lets one writer in at a time.
        raise SystemExit(f"{path}: cannot open the database read-only ({exc})") from None


def setup_plots() -> None:
    """One look for every chart: a font with Vietnamese diacritics, readable sizes, light grid."""
    from matplotlib import font_manager

    # Fail here, not with boxes in place of letters: without the font matplotlib would fall back silently.
    font_manager.findfont(FONT, fallback_to_default=False)
    plt.rcParams.update({
        "font.family": FONT,
        "font.size": 10,
        "axes.titlesize": 12,
        "axes.titleweight": "bold",
        "axes.grid": True,
        "grid.alpha": 0.3,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "figure.dpi": 100,
        "savefig.dpi": 120,
        "savefig.bbox": "tight",
    })


def save(fig, name: str) -> Path:
    """Write the chart as PNG under the figures folder and say where."""
    out = figures_dir() / name
    fig.savefig(out)
    if IN_JUPYTER:
        from IPython.display import display

        display(fig)
    plt.close(fig)
    print(f"chart written: {out}")
    return out


def shorten(text: Any, width: int = 60) -> str:
    """A one-line label of at most `width` characters (an ellipsis marks the cut)."""
    if text is None:
        return ""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip(" ,;:-–") + "…"


def _cell(value: Any, width: int) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        text = f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    elif isinstance(value, datetime):
        text = value.strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, (list, tuple)):
        text = ", ".join(str(v) for v in value)
    else:
        text = str(value)
    return shorten(text, width)


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
    """The result of a query as a list of dicts (column name -> value)."""
    result = con.execute(sql, params or [])
    columns = [d[0] for d in result.description]
    return [dict(zip(columns, r)) for r in result.fetchall()]


def print_table(records: list[dict[str, Any]], columns: Sequence[str] | None = None, max_width: int = 60,
                title: str | None = None) -> None:
    """A plain-text table (works in a terminal, a log and Jupyter alike); says so when it is empty."""
    if title:
        print(f"\n{title}")
    if columns is None:
        columns = list(records[0]) if records else []
    cells = [[_cell(r.get(c), max_width) for c in columns] for r in records]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    print("  ".join("─" * w for w in widths))
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)))
    print(f"({len(records)} row{'s' if len(records) != 1 else ''})")


def table(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] | None = None, max_width: int = 60,
          title: str | None = None) -> list[dict[str, Any]]:
    """Run a query, print its result as a table (headers even when empty), and return the rows."""
    result = con.execute(sql, params or [])
    columns = [d[0] for d in result.description]
    records = [dict(zip(columns, r)) for r in result.fetchall()]
    print_table(records, columns, max_width, title)
    return records


def vnd(value: float | None) -> str:
    """An amount of đồng the way the paper writes it: `144 tỷ đồng`, `564 triệu đồng`, `2,9 tỷ đồng`, `24.167 đồng`."""
    if value is None:
        return "?"
    amount, word = value, ""
    for scale, name in ((1e9, "tỷ"), (1e6, "triệu")):
        if abs(value) >= scale:
            amount, word = value / scale, name
            break
    return " ".join(part for part in (vietnamese_number(amount), word, "đồng") if part)


def vietnamese_number(value: float) -> str:
    """`.` between thousands and `,` before decimals, as Vietnamese writes them: 14.791; 2,9."""
    english = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.3f}".rstrip("0").rstrip(".")
    return english.translate(str.maketrans(",.", ".,"))


def excerpt(sentence: str, start: int, end: int, width: int = 80) -> str:
    """The words around sentence[start:end], which is marked «like this»: a label that shows what a figure is about."""
    marked = f"{sentence[:start]}«{sentence[start:end]}»{sentence[end:]}"
    if len(marked) <= width:
        return marked
    # Keep more of what follows the figure: Vietnamese puts the counted noun and its complements after it.
    left = max(0, start - (width - (end - start)) // 3)
    right = min(len(marked), left + width)
    left = max(0, right - width)
    # Cut between words, never inside one.
    if left > 0 and " " in marked[left:start]:
        left = marked.index(" ", left) + 1
    if right < len(marked) and " " in marked[end + 2:right]:
        right = marked.rindex(" ", end + 2, right)
    return ("…" if left > 0 else "") + marked[left:right].strip() + ("…" if right < len(marked) else "")
