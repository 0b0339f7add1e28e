"""«Lagre kartet som …»: file, paper size, orientation and tiling, as the CLI offers them.

:func:`ask_chart_export` shows the dialog and returns the choices (``path``,
``paper``, ``orientation``, ``mode``) or None when the user cancels.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ChartExportDialog(QDialog):
    """Where to save the chart, and how to put it on paper (PDF)."""

    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_export_dialog")
        self.setWindowTitle(self.tr("Lagre organisasjonskart"))
        self.path = QLineEdit(suggested)
        self.path.setObjectName("chart_export_path")
        self.path.setAccessibleName(self.tr("Fil"))
        browse = QPushButton(self.tr("&Bla gjennom…"))
        browse.clicked.connect(self.browse)
        self.paper = QComboBox()
        self.paper.setObjectName("chart_export_paper")
        self.paper.setAccessibleName(self.tr("Papirstørrelse"))
        self.paper.addItem("A4", "A4")
        self.paper.addItem("A3", "A3")
        self.orientation = QComboBox()
        self.orientation.setObjectName("chart_export_orientation")
        self.orientation.setAccessibleName(self.tr("Retning"))
        self.orientation.addItem(self.tr("Etter kartets form"), "auto")
        self.orientation.addItem(self.tr("Liggende"), "landscape")
        self.orientation.addItem(self.tr("Stående"), "portrait")
        self.tile = QCheckBox(
            self.tr("&Fordel et stort kart over flere sider (med overlapp og skjæremerker)")
        )
        self.tile.setObjectName("chart_export_tile")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        file_label = QLabel(self.tr("&Fil:"))
        file_label.setBuddy(self.path)  # a label without a buddy shows the & literally
        form.addRow(file_label, row)
        form.addRow(self.tr("&Papir:"), self.paper)
        form.addRow(self.tr("&Retning:"), self.orientation)
        form.addRow("", self.tile)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("&Lagre"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("&Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.path.textChanged.connect(self._paged)
        self._paged()

    def _paged(self, *_args: Any) -> None:
        """Paper and tiling are for PDF; PNG and SVG are one picture."""
        pdf = Path(self.path.text().strip()).suffix.lower() in ("", ".pdf")
        for w in (self.paper, self.orientation, self.tile):
            w.setEnabled(pdf)

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lagre organisasjonskart"),
            self.path.text(),
            self.tr("PDF (*.pdf);;PNG-bilde (*.png);;SVG-tegning (*.svg)"),
        )
        if path:
            self.path.setText(path)

    def choices(self) -> dict[str, Any]:
        return {
            "path": self.path.text().strip(),
            "paper": self.paper.currentData(),
            "orientation": self.orientation.currentData(),
            "mode": "tile" if self.tile.isChecked() else "fit",
        }


def ask_chart_export(parent: QWidget | None, suggested: str) -> dict[str, Any] | None:
    """Show the dialog (modal); the choices, or None when cancelled or no file was given."""
    dialog = ChartExportDialog(suggested, parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    got = dialog.choices()
    return got if got["path"] else None
