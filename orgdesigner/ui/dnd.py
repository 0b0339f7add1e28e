"""Drag and drop shared by the chart, the outline and the people panel.

Drags carry ids in the app's own MIME types; a drop is validated here and
turned into one model op that the controller runs (one undo step).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QMimeData

from ..model import ModelError, ops
from ..model.rules import can_hold
from .controller import DocumentController

MIME_UNITS = "application/x-orgdesigner-units"
MIME_POSITIONS = "application/x-orgdesigner-positions"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


def units_mime(scenario_id: str, unit_ids: list[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_UNITS, json.dumps({"scenario": scenario_id, "units": unit_ids}).encode())
    mime.setText("\n".join(unit_ids))
    return mime


def positions_mime(position_ids: list[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_POSITIONS, json.dumps({"positions": position_ids}).encode())
    mime.setText("\n".join(position_ids))
    return mime


def _payload(mime: QMimeData, fmt: str) -> dict:
    try:
        return json.loads(bytes(mime.data(fmt)).decode())
    except (ValueError, UnicodeDecodeError):
        return {}


def dragged_units(mime: QMimeData) -> list[str]:
    """Unit ids a units drag carries ([] for other content)."""
    if not mime.hasFormat(MIME_UNITS):
        return []
    return [str(u) for u in _payload(mime, MIME_UNITS).get("units", [])]


def dragged_positions(mime: QMimeData) -> list[str]:
    """Position ids a positions drag carries ([] for other content)."""
    if not mime.hasFormat(MIME_POSITIONS):
        return []
    return [str(p) for p in _payload(mime, MIME_POSITIONS).get("positions", [])]


def accepts(mime: QMimeData) -> bool:
    return mime.hasFormat(MIME_UNITS) or mime.hasFormat(MIME_POSITIONS)


def check_drop(
    controller: DocumentController, mime: QMimeData, target_unit: str | None, index: int | None = None
) -> tuple[ops.Op | None, str]:
    """The op a drop onto ``target_unit`` would run, or (None, why it is refused).

    ``index`` is the sibling position for unit moves (None: last).
    """
    sc = controller.scenario()
    if sc is None:
        return None, tr("Ingen alternativ er åpent")
    try:
        if mime.hasFormat(MIME_UNITS):
            data = _payload(mime, MIME_UNITS)
            unit_ids = [u for u in data.get("units", []) if u in sc.units]
            if data.get("scenario") != sc.id or not unit_ids:
                return None, tr("Enhetene finnes ikke i dette alternativet")
            if target_unit is not None:
                for uid in unit_ids:
                    ok, why = can_hold(sc.units[target_unit].type, sc.units[uid].type)
                    if not ok:
                        return None, why
            return ops.move_units(controller.project, sc.id, unit_ids, target_unit, index), ""
        if mime.hasFormat(MIME_POSITIONS):
            pos_ids = [
                p
                for p in _payload(mime, MIME_POSITIONS).get("positions", [])
                if p in controller.project.positions
            ]
            if not pos_ids:
                return None, tr("Stillingene finnes ikke")
            if target_unit is None:
                return None, tr("Slipp stillinger på en enhet")
            moving = [p for p in pos_ids if sc.unit_of(p) != target_unit]
            if not moving:
                return None, tr("Stillingene er allerede plassert her")
            return ops.place_positions(controller.project, sc.id, moving, target_unit), ""
    except ModelError as exc:
        return None, str(exc)
    return None, tr("Ukjent innhold")


def drop(
    controller: DocumentController, mime: QMimeData, target_unit: str | None, index: int | None = None
) -> bool:
    """Run the drop as one undo step; a refused drop goes to the status bar."""
    op, why = check_drop(controller, mime, target_unit, index)
    if op is None:
        controller.statusMessage.emit(why)
        return False
    return controller.run(op)
