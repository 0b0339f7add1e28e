"""What an import did: the report for the CLI (--json), the wizard and the log."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from orgdesigner.api import _, formatting

ERROR = "error"
WARNING = "warning"
INFO = "info"

IMPORTED = "imported"
REFUSED = "refused"
UNREADABLE = "unreadable"


@dataclass
class Issue:
    """One problem: ``row`` is the Excel row number (None for the whole file)."""

    row: int | None
    column: str  # Excel letter, "" for the whole row
    header: str
    severity: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def where(self) -> str:
        parts = []
        if self.row is not None:
            parts.append(f"rad {self.row}")
        if self.column:
            parts.append(f"kolonne {self.column}" + (f" «{self.header}»" if self.header else ""))
        return ", ".join(parts)


@dataclass
class ImportReport:
    file: str
    sheet: str = ""
    header_row: int | None = None
    mapping: dict[str, dict[str, str]] = field(default_factory=dict)
    status: str = IMPORTED
    message: str = ""
    kommune: str = ""
    kommune_number: str = ""
    kommune_from: str = ""  # where the name came from: user, title, cover, number, file
    rows_read: int = 0
    rows_imported: int = 0
    rows_rejected: int = 0
    rows_skipped: int = 0
    persons: int = 0
    positions: int = 0
    units: int = 0
    locations: int = 0
    fte_percent_sum: float = 0.0
    dropped_columns: list[str] = field(default_factory=list)
    #: employee numbers of rejected rows (a re-import must not take them for leavers)
    rejected_employees: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == IMPORTED

    def add(self, row: int | None, column: str, header: str, severity: str, message: str) -> None:
        self.issues.append(Issue(row, column, header, severity, message))

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["fte_percent_sum"] = round(self.fte_percent_sum, 4)
        d["ok"] = self.ok
        return d

    def summary(self) -> str:
        """A few lines in bokmål for a terminal or a dialog."""
        lines = [f"Fil: {self.file}"]
        if self.sheet:
            lines.append(f"Ark: {self.sheet}, overskriftsrad {self.header_row}")
        if self.message:
            lines.append(self.message)
        if self.status == IMPORTED:
            lines.append(
                _(
                    "Rader lest: {read} · importert: {imported} · avvist: {rejected} · hoppet over: {skipped}"
                ).format(
                    read=formatting.number(self.rows_read),
                    imported=formatting.number(self.rows_imported),
                    rejected=formatting.number(self.rows_rejected),
                    skipped=formatting.number(self.rows_skipped),
                )
            )
            lines.append(
                _("Ansatte: {persons} · stillinger: {positions} · årsverk: {fte} · enheter: {units}").format(
                    persons=formatting.number(self.persons),
                    positions=formatting.number(self.positions),
                    fte=formatting.number(self.fte_percent_sum / 100, 2),
                    units=formatting.number(self.units),
                )
            )
        return "\n".join(lines)
