"""The chart as text: the organisation as a nested list (unit, leader, headcount, årsverk).

A text alternative of the drawn chart (WCAG 1.1.1) for the exports: pages after the chart in a
PDF (real, selectable text, painted top to bottom so the reading order is the list's order),
the ``<desc>`` of an SVG, and a ``Description`` text chunk of a PNG. The list holds exactly the
boxes the chart shows, in the chart's sibling order; a collapsed unit says how many units it
hides. Also the document metadata the PDF export writes (title, author, subject, language).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..model import unit_type_label
from .unit_item import fmt_number

BCP47 = {"nb": "nb-NO", "nn": "nn-NO", "en": "en"}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


@dataclass(frozen=True)
class OutlineRow:
    """One unit of the list: ``level`` 0 for the chart's top box, ``number`` like ``1.2.3``."""

    level: int
    number: str
    name: str
    type: str
    leader: str
    persons: int
    persons_total: int
    fte: float
    fte_total: float
    hidden: int = 0  # units under it that the chart does not show (collapsed)


def outline_rows(scene: Any) -> list[OutlineRow]:
    """The units the chart ``scene`` shows, depth first in sibling order."""
    sc = scene.scenario()
    if sc is None or scene.data is None:
        return []
    shown = scene.layout.boxes
    data = scene.data.boxes
    rows: list[OutlineRow] = []

    def walk(uid: str, level: int, number: str) -> None:
        box = data.get(uid)
        kids = sc.children(uid)
        visible = [k for k in kids if k in shown]
        rows.append(
            OutlineRow(
                level,
                number,
                box.name if box is not None else sc.units[uid].name,
                box.type if box is not None else sc.units[uid].type,
                box.leader if box is not None else "",
                box.persons if box is not None else 0,
                box.persons_total if box is not None else 0,
                box.fte if box is not None else 0.0,
                box.fte_total if box is not None else 0.0,
                len(kids) - len(visible),
            )
        )
        for n, kid in enumerate(visible, 1):
            walk(kid, level + 1, f"{number}.{n}")

    tops = [scene.root_unit_id] if scene.root_unit_id in shown else [r for r in sc.roots() if r in shown]
    for n, top in enumerate(tops, 1):
        walk(top, 0, str(n))
    return rows


def _grouped(text: str, n: int) -> str:
    """A ``%n`` plural already translated, with the number grouped as the chart writes it."""
    return text.replace(str(n), fmt_number(n, 0), 1)


def row_text(row: OutlineRow) -> str:
    """``1.3 Digitalisering (støtte) – leder: Tove Rud – 2 ansatte, 2,0 årsverk`` (UI language)."""
    leader = row.leader or tr("ingen leder")
    kind = unit_type_label(row.type)  # in the export's language
    parts = [f"{row.number} {row.name} ({kind})", tr("leder: %1").replace("%1", leader)]
    own = tr("%1, %2 årsverk").replace("%1", _grouped(tr("%n ansatte", "", row.persons), row.persons))
    own = own.replace("%2", fmt_number(row.fte, 1))  # as the chart's boxes write it
    if row.persons_total != row.persons or abs(row.fte_total - row.fte) > 1e-9:
        total = tr("%1, %2 årsverk").replace(
            "%1", _grouped(tr("%n ansatte", "", row.persons_total), row.persons_total)
        )
        total = total.replace("%2", fmt_number(row.fte_total, 1))
        own = tr("%1 (med underenheter: %2)").replace("%1", own).replace("%2", total)
    parts.append(own)
    if row.hidden:
        parts.append(_grouped(tr("%n underenheter ikke vist", "", row.hidden), row.hidden))
    return " – ".join(parts)


def heading() -> str:
    return tr("Organisasjonen som liste")


def intro() -> str:
    return tr(
        "Tekstversjon av kartet: hver enhet med leder, ansatte og årsverk, "
        "underenheter innrykket under sin overordnede."
    )


def plain_text(scene: Any, title: str) -> str:
    """Title, heading and the indented list as plain text (SVG description, PNG text chunk)."""
    lines = [title, "", heading(), ""]
    lines += ["  " * r.level + row_text(r) for r in outline_rows(scene)]
    return "\n".join(lines)


def language_tag() -> str:
    """The BCP 47 tag of the language the export's text is in (``nb-NO``, ``nn-NO``, ``en``): that
    of Qt's installed translators, which give the headings, the list and the box labels (none
    installed, as in the headless CLI: the bokmål source texts)."""
    from .app import current_language

    return BCP47.get(current_language(), "nb-NO")


def subject(scenario_name: str) -> str:
    return tr("Organisasjonskart for alternativet «%1»").replace("%1", scenario_name)


def figure_alts(subject: str, chart_pages: int, text_pages: int) -> list[str]:
    """The Alt text of each chart page of a PDF: what it shows and where its text version is."""
    first, last = chart_pages + 1, chart_pages + text_pages
    where = tr("Innholdet står som tekst i «%1» på side %2–%3.").replace("%1", heading())
    where = where.replace("%2", str(first)).replace("%3", str(last))
    if chart_pages == 1:
        return [f"{subject}. {where}"]
    part = tr("%1, del %2 av %3.").replace("%1", subject).replace("%3", str(chart_pages))
    return [f"{part.replace('%2', str(n))} {where}" for n in range(1, chart_pages + 1)]
