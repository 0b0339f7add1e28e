"""Shared parts of the Excel lists: styled sheets, the cover sheet, atomic writing.

Workbooks are written with openpyxl in write-only mode (fast and lean at 50 000
rows). Every sheet gets a styled header row, a frozen header, an autofilter and
column widths; numbers carry number formats that Excel and LibreOffice show
with Norwegian separators ("1 234,5", "80,0 %"). Headers, sheet names and the
cover are marked bokmål (``N_``) and written in the current language
(``orgdesigner.api.using_language`` around an export picks another).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from orgdesigner.api import APP_VERSION as __version__
from orgdesigner.api import Project, Scenario, _, current_language

from .fastrows import RowStream, splice, wrapped_lines

#: number formats (Excel localises "," and "." to the reader's separators)
FMT_INT = "#,##0"
FMT_FTE = "#,##0.00"
FMT_PCT = "0.0 %"
FMT_MONEY = "#,##0"
FMT_DATETIME = "dd.mm.yyyy hh:mm"
FMT_DATE = "dd.mm.yyyy"
#: English (en_GB) dates: day first with slashes; nb and nn: dd.mm.yyyy
_EN_DATE, _EN_DATETIME = "dd/mm/yyyy", "dd/mm/yyyy hh:mm"


def date_format(with_time: bool = False) -> str:
    """The Excel number format of a date (or date and time) in the current language."""
    if current_language() == "en":
        return _EN_DATETIME if with_time else _EN_DATE
    return FMT_DATETIME if with_time else FMT_DATE


FORMATS = {
    "text": None,
    "int": FMT_INT,
    "fte": FMT_FTE,
    "pct": FMT_PCT,
    "money": FMT_MONEY,
    "datetime": FMT_DATETIME,
    "date": FMT_DATE,
}

HEADER_FONT = Font(name="Calibri", bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
WRAP_ALIGN = Alignment(vertical="top", wrap_text=True)
TOP_ALIGN = Alignment(vertical="top")
COVER_ALIGN = Alignment(horizontal="left", vertical="top", wrap_text=True)
COVER_WIDTH = 62
TOTAL_FONT = Font(name="Calibri", bold=True)
TOTAL_FILL = PatternFill("solid", fgColor="DDEBF7")
GRAND_FILL = PatternFill("solid", fgColor="BDD7EE")
TOP_BORDER = Border(top=Side(style="thin", color="1F4E78"))
TITLE_FONT = Font(name="Calibri", bold=True, size=14)
LABEL_FONT = Font(name="Calibri", bold=True)


class ExportError(Exception):
    """An export that could not be written; the message (in the current language) says why."""


@dataclass(frozen=True)
class Column:
    """One column of a list: header (bokmål, marked with ``N_``; also the key of the column's value,
    translated when written), kind (text, wrap, int, fte, pct, money, date, datetime), width."""

    header: str
    kind: str = "text"
    width: float = 14.0


def resolve_scenario(project: Project, scenario: Any) -> Scenario:
    """A scenario from a Scenario, an id or a name; the first one when None."""
    if isinstance(scenario, Scenario):
        return scenario
    if scenario is None or scenario == "":
        if not project.scenarios:
            raise ExportError(_("Prosjektet har ingen alternativer"))
        return next(iter(project.scenarios.values()))
    try:
        return project.scenario(str(scenario))
    except ValueError as exc:
        raise ExportError(str(exc)) from exc


class ListWriter:
    """A write-only workbook with a cover sheet first and one sheet per part."""

    def __init__(
        self, project: Project, scenario: Scenario | None, title: str, path: str | os.PathLike[str]
    ) -> None:
        self.path = check_target(path)  # fail before any work is done
        self.wb = Workbook(write_only=True)
        self.project = project
        self.scenario = scenario
        self.title = title
        self.counts: list[tuple[str, int]] = []
        self.streams: list[tuple[Any, RowStream]] = []
        self._cover = self.wb.create_sheet(_sheet_name(_("Om listen")))
        self._cover.column_dimensions["A"].width = 24
        self._cover.column_dimensions["B"].width = COVER_WIDTH
        _print_setup(self._cover, landscape=False)

    def cover(
        self, filters: Iterable[tuple[str, str]] = (), notes: Iterable[str] = (), pseudonymised=False
    ) -> None:
        """Fill the cover sheet (call last, after every part has been written)."""
        ws = self._cover
        ws.append([self._cell(ws, self.title, font=TITLE_FONT)])
        ws.append([])
        rows: list[tuple[str, Any]] = [
            (_("Prosjekt"), self.project.name),
            (_("Alternativ"), self.scenario.name if self.scenario else "–"),
            (_("Dato"), dt.datetime.now().replace(microsecond=0)),
            (
                _("Pseudonymisert"),
                (
                    _("Ja – navn er erstattet med pseudonymer; ansattnummer, lønn og fritekst er fjernet")
                    if pseudonymised
                    else _("Nei")
                ),
            ),
        ]
        filt = list(filters)
        rows.append((_("Utvalg"), "; ".join(f"{_(k)}: {v}" for k, v in filt) if filt else _("Alle")))
        for name, n in self.counts:
            rows.append((_("Rader i «{sheet}»").format(sheet=name), n))
        rows.append((_("Laget med"), f"OrgDesigner {__version__}"))
        row = 3
        for label, value in rows:
            fmt = (
                date_format(with_time=True)
                if isinstance(value, dt.datetime)
                else (FMT_INT if isinstance(value, int) else None)
            )
            if isinstance(value, str):  # long texts wrap in column B, so the cover prints at full size
                ws.row_dimensions[row].height = 15 * wrapped_lines(value, COVER_WIDTH)
                cell = self._cell(ws, value, align=COVER_ALIGN)
            else:
                cell = self._cell(ws, value, fmt=fmt, left=True)
            ws.append([self._cell(ws, label, font=LABEL_FONT, align=COVER_ALIGN), cell])
            row += 1
        for note in notes:
            ws.append([])
            ws.row_dimensions[row + 1].height = 15 * wrapped_lines(note, COVER_WIDTH)
            ws.append([None, self._cell(ws, note, align=COVER_ALIGN)])
            row += 2

    def sheet(
        self, name: str, columns: list[Column], rows: Iterable[list[Any]], print_columns: int | None = None
    ) -> int:
        """Write one table sheet; rows are lists of values, or of (value, style) via :class:`Styled`.

        ``print_columns``: only the first so many columns are printed (the print
        area); the others stay in the sheet for filtering and sorting.
        """
        ws = self.wb.create_sheet(_sheet_name(_(name)))
        headers = [_(c.header) for c in columns]
        widths = []
        for n, (col, header) in enumerate(zip(columns, headers, strict=True), start=1):
            # the header wraps onto two lines (row height below): wide enough for its longest word
            width = max(col.width, max(len(w) for w in header.split() or [""]) * 1.15 + 2)
            ws.column_dimensions[get_column_letter(n)].width = width
            widths.append(width)
        ws.freeze_panes = "A2"
        ws.row_dimensions[1].height = 30  # two lines of header
        _print_setup(ws, landscape=True)
        ws.print_title_rows = "1:1"  # the header on every printed page
        ws.append(
            [
                self._cell(ws, header, font=HEADER_FONT, fill=HEADER_FILL, align=HEADER_ALIGN)
                for header in headers
            ]
        )
        wrap = [w if c.kind == "wrap" else None for c, w in zip(columns, widths, strict=True)]
        stream = RowStream(len(columns), [self._styles(ws, c) for c in columns], wrap=wrap)
        self.streams.append((ws, stream))
        data = 0  # rows that are not subtotals or totals, for the cover
        for row in rows:
            data += not (row and isinstance(row[0], Styled))
            stream.add([(v.value, v.style) if isinstance(v, Styled) else v for v in row])
        count = stream.count
        last = get_column_letter(len(columns))
        ws.auto_filter.ref = f"A1:{last}{count + 1}"
        if print_columns:
            ws.print_area = f"A1:{get_column_letter(print_columns)}{count + 1}"
        self.counts.append((ws.title, data))
        return count

    def _styles(self, ws: Any, col: Column) -> dict[str, int]:
        """Style ids (registered in this workbook) for a column's plain, total and grand cells."""
        fmt = (
            date_format(col.kind == "datetime") if col.kind in ("date", "datetime") else FORMATS.get(col.kind)
        )
        out = {
            # top-aligned, so a row whose other cells wrap onto two lines still reads across
            "plain": self._cell(ws, None, fmt=fmt, align=TOP_ALIGN).style_id,
            "text": self._cell(ws, None, align=TOP_ALIGN).style_id,
            "total": self._cell(
                ws, None, font=TOTAL_FONT, fill=TOTAL_FILL, fmt=fmt, border=TOP_BORDER
            ).style_id,
            "grand": self._cell(
                ws, None, font=TOTAL_FONT, fill=GRAND_FILL, fmt=fmt, border=TOP_BORDER
            ).style_id,
            "date": self._cell(ws, None, fmt=date_format(col.kind != "date"), align=TOP_ALIGN).style_id,
        }
        if col.kind == "wrap":  # long text wraps inside the column instead of running off the page
            out["text"] = self._cell(ws, None, align=WRAP_ALIGN).style_id
            for variant, fill in (("total", TOTAL_FILL), ("grand", GRAND_FILL)):
                out[variant] = self._cell(
                    ws, None, font=TOTAL_FONT, fill=fill, border=TOP_BORDER, align=WRAP_ALIGN
                ).style_id
        return out

    @staticmethod
    def _cell(
        ws: Any, value: Any, *, font=None, fill=None, align=None, fmt=None, border=None, left=False
    ) -> Any:
        c = WriteOnlyCell(ws, value)
        if c.data_type == "f":  # user text is never a formula: «=cmd|…» stays the text it is
            c.data_type = "s"
        if font is not None:
            c.font = font
        if fill is not None:
            c.fill = fill
        if align is not None:
            c.alignment = align
        elif left:
            c.alignment = Alignment(horizontal="left")
        if fmt:
            c.number_format = fmt
        if border is not None:
            c.border = border
        return c

    def save(self) -> Path:
        index = {id(ws): n for n, ws in enumerate(self.wb._sheets, start=1)}
        streams = {f"xl/worksheets/sheet{index[id(ws)]}.xml": st for ws, st in self.streams}
        try:
            return atomic_save(self.wb, self.path, streams)
        finally:
            for _, st in self.streams:
                st.close()


@dataclass(frozen=True)
class Styled:
    """A value written in a subtotal ("total") or grand total ("grand") row style."""

    value: Any
    style: str = "total"


def _print_setup(ws: Any, landscape: bool) -> None:
    """A4, one page wide (as many pages down as it takes)."""
    ws.page_setup.paperSize = "9"  # A4 (Worksheet.PAPERSIZE_A4)
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    # narrow margins: the width goes to the columns, so fit-to-width keeps the text ≥ 8 pt
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.page_margins.header = ws.page_margins.footer = 0.25


def _sheet_name(name: str) -> str:
    bad = "[]:*?/\\"
    clean = "".join("-" if ch in bad else ch for ch in name)
    return clean[:31] or _("Ark")


def atomic_save(
    wb: Workbook, path: str | os.PathLike[str], streams: dict[str, RowStream] | None = None
) -> Path:
    """Save ``wb`` (with the data rows in ``streams`` spliced into its sheets) to a
    temporary file beside ``path`` and move it into place.

    On any failure the temporary file is removed, an existing file at ``path``
    is left as it was, and :class:`ExportError` says why.
    """
    target = check_target(path)
    folder = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(
            _("Kan ikke skrive i mappen {folder}: {reason}").format(folder=folder, reason=exc.strerror or exc)
        ) from exc
    os.close(fd)
    parts = [tmp]
    try:
        if streams:
            fd, packed = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
            os.close(fd)
            parts.append(packed)
            wb.save(packed)
            splice(packed, tmp, streams)
        else:
            wb.save(tmp)
        os.chmod(tmp, _file_mode(target))
        os.replace(tmp, target)
    except BaseException as exc:
        for part in parts:
            try:
                os.unlink(part)
            except OSError:
                pass
        discard(wb)
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        raise ExportError(_("Kunne ikke skrive {path}: {reason}").format(path=target, reason=reason)) from exc
    finally:
        for part in parts[1:]:
            try:
                os.unlink(part)
            except OSError:
                pass
    return target


def discard(wb: Workbook) -> None:
    """Close the streams and remove the temporary files of a write-only workbook that failed."""
    for ws in getattr(wb, "_sheets", []):
        try:
            if not getattr(ws, "closed", True):
                ws.close()
        except Exception:
            pass
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            try:
                writer.cleanup()
            except Exception:
                pass


def _file_mode(target: Path) -> int:
    """The mode a new file gets (umask), or the existing file's (mkstemp makes 0600)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def check_target(path: str | os.PathLike[str]) -> Path:
    """``path`` as a Path, or :class:`ExportError` when it cannot be written there."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            _("Kan ikke skrive {path}: mappen {folder} finnes ikke").format(path=target, folder=folder)
        )
    if target.is_dir():
        raise ExportError(_("Kan ikke skrive {path}: det er en mappe").format(path=target))
    if not os.access(folder, os.W_OK):
        raise ExportError(
            _("Kan ikke skrive {path}: ingen skrivetilgang til mappen {folder}").format(
                path=target, folder=folder
            )
        )
    return target


def parse_time(text: str) -> dt.datetime | str:
    """An ISO 8601 time as a datetime (Excel shows it as a date), else the text."""
    try:
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)
    except (TypeError, ValueError):
        return text or ""


def yes_no(flag: bool) -> str:
    return _("Ja") if flag else _("Nei")
