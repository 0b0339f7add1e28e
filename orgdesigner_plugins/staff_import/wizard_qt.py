"""The staff-list import wizard this plugin contributes to the app (Qt; imported only
through the importer's ``wizard`` factory): choose a staff list → sheet, header row
and the kommune's name → column mapping with a preview → summary → import.

The app passes ``finish(result) -> bool``, which applies the read result (one undo
step, or a re-import with a change report when the kommune is already in the
project); without it the wizard applies the import itself. No fødselsnummer is
ever shown (preview cells shaped like one are masked). A list that cannot be
imported says why and offers the way on; «Importer» is never a dead button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from orgdesigner.api_qt import current_palette, qcolor, severity_icon

from . import preview as pv
from .importer import Options, StaffImport, read_staff_list, remembered_mappings
from .memory import load_user_mappings, save_user_mapping
from .reading import ImportFileError, column_letter
from .report import REFUSED
from .synonyms import FIELDS, NOT_STORED

#: the field names as the wizard shows them, marked for Qt's catalogue (synonyms.FIELDS stays Qt-free)
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("StaffImportFields", "Ansattnummer"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Navn"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Fornavn"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Etternavn"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Stillingskode"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Stillingsbetegnelse"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Stillingsprosent"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Årslønn"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Ansvar"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Tjeneste/funksjon"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Enhet"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Avdeling"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Arbeidssted"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Nærmeste leder"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Tilsettingsform"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Tiltredelse"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Fødselsdato"),
    QT_TRANSLATE_NOOP("StaffImportFields", "Fødselsnummer"),
)


def field_name(label: str) -> str:
    return QCoreApplication.translate("StaffImportFields", label)


PREVIEW_ROWS = 20
PROBLEM, DOUBT, HEADER = "problem", "doubt", "header"
#: the icon of a marked cell, so its state is not told by colour alone (the tooltip says why)
ICONS = {PROBLEM: "error", DOUBT: "warning"}


class ImportWizard(QWizard):
    """Import a staff list into the controller's project as a new source kommune."""

    FILE, SHEET, MAPPING, SUMMARY = range(4)

    def __init__(
        self,
        controller: Any,
        parent: QWidget | None = None,
        path: str | None = None,
        finish: Callable[[StaffImport], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.finish = finish
        self.result: StaffImport | None = None
        self._headers: list[str] = []
        self.setWindowTitle(self.tr("Importer ansattliste"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(980, 640)
        for build in (self._file_page, self._sheet_page, self._mapping_page, self._summary_page):
            self.addPage(build())
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Importer"))
        if path:
            self.path_edit.setText(path)

    # -- pages ---------------------------------------------------------------
    def _file_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Velg fil"))
        page.setSubTitle(self.tr("Ansattlista fra lønns-/HR-systemet (.xlsx, .xls, .xlsm eller .csv)."))
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Fil"))
        browse = QPushButton(self.tr("Bla gjennom…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.kommune_edit = QLineEdit()
        self.kommune_edit.setAccessibleName(self.tr("Kildekommune"))
        self.kommune_edit.setPlaceholderText(self.tr("Foreslås ut fra innholdet i fila"))
        self.number_edit = QLineEdit()
        self.number_edit.setAccessibleName(self.tr("Kommunenummer"))
        self.number_edit.setInputMask("9999;_")
        self.number_edit.setMaximumWidth(80)
        self.kommune_hint = QLabel()
        self.kommune_hint.setWordWrap(True)
        self.drop_box = QCheckBox(self.tr("Utelat kolonner med fødselsnumre (i stedet for å avvise fila)"))
        self.file_error = QLabel()
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet("color: #a00;")
        form = QFormLayout(page)
        file_label = QLabel(self.tr("&Fil:"))
        file_label.setBuddy(self.path_edit)  # a label without a buddy shows the & literally
        form.addRow(file_label, row)
        form.addRow("", self.drop_box)
        form.addRow("", self.file_error)
        page.registerField("file*", self.path_edit)
        return page

    def _sheet_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Ark og overskriftsrad"))
        page.setSubTitle(
            self.tr("Arket og raden med kolonneoverskriftene er funnet automatisk. Endre om nødvendig.")
        )
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Ark"))
        self.sheet_combo.currentTextChanged.connect(self._sheet_chosen)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1000)
        self.header_spin.setAccessibleName(self.tr("Overskriftsrad"))
        self.header_spin.valueChanged.connect(self._show_raw)
        self.raw_table = QTableWidget()
        self.raw_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        form = QFormLayout()
        form.addRow(self.tr("&Ark:"), self.sheet_combo)
        form.addRow(self.tr("&Overskriftsrad:"), self.header_spin)
        form.addRow(self.tr("&Kildekommune:"), self.kommune_edit)
        form.addRow(self.tr("Kommune&nummer:"), self.number_edit)
        form.addRow("", self.kommune_hint)
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addWidget(self.raw_table, 1)
        return page

    def _mapping_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Kolonner"))
        page.setSubTitle(
            self.tr(
                "Koble kolonnene til feltene. Celler med problemer er merket; hold musa over for årsaken."
            )
        )
        fields = QWidget()
        form = QFormLayout(fields)
        self.field_combos: dict[str, QComboBox] = {}
        for f, (label, _syn) in FIELDS.items():
            if f in NOT_STORED:
                continue
            combo = QComboBox()
            combo.setAccessibleName(field_name(label))
            combo.activated.connect(self._refresh_preview)
            self.field_combos[f] = combo
            form.addRow(field_name(label) + ":", combo)
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        self.preview_table = QTableWidget()
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mapping_status = QLabel()
        self.mapping_status.setWordWrap(True)
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addWidget(self.preview_table, 1)
        rbox.addWidget(self.mapping_status)
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(right)
        split.setSizes([300, 660])
        QVBoxLayout(page).addWidget(split, 1)
        return page

    def _summary_page(self) -> QWizardPage:
        page = _SummaryPage(lambda: self.result is not None and self.result.ok)
        page.setTitle(self.tr("Oppsummering"))
        page.setSubTitle(self.tr("Importen legges inn som ett steg som kan angres."))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issue_table = QTableWidget(0, 4)
        self.issue_table.setHorizontalHeaderLabels(
            [self.tr("Rad"), self.tr("Kolonne"), self.tr("Alvor"), self.tr("Melding")]
        )
        self.issue_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.issue_table.horizontalHeader().setStretchLastSection(True)
        self.issue_table.verticalHeader().hide()
        self.way_on = QPushButton(self.tr("Utelat kolonnene med fødselsnumre og les fila på nytt"))
        self.way_on.setObjectName("import_way_on")
        self.way_on.clicked.connect(self._drop_and_retry)
        self.way_on.hide()
        box = QVBoxLayout(page)
        box.addWidget(self.summary_label)
        box.addWidget(self.way_on)
        box.addWidget(self.issue_table, 1)
        return page

    def _drop_and_retry(self) -> None:
        """The way on after a refusal for fødselsnumre: tick «utelat» and read again."""
        self.drop_box.setChecked(True)
        with _busy():
            self._init_summary_page()
        self.page(self.SUMMARY).completeChanged.emit()

    # -- flow ----------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Velg ansattliste"), "", self.tr("Regneark (*.xlsx *.xlsm *.csv);;Alle filer (*)")
        )
        if path:
            self.path_edit.setText(path)

    def path(self) -> str:
        return self.path_edit.text().strip()

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt name)
        cid = self.currentId()
        if cid == self.FILE:
            try:
                names = pv.sheets(self.path())
            except ImportFileError as exc:
                self.file_error.setText(str(exc))
                return False
            self.file_error.clear()
            self._sheet_names = names
        elif cid == self.SUMMARY:
            return self._finish()
        return True

    def initializePage(self, cid: int) -> None:  # noqa: N802 (Qt name)
        with _busy():
            if cid == self.SHEET:
                self._init_sheet_page()
            elif cid == self.MAPPING:
                self._init_mapping_page()
            elif cid == self.SUMMARY:
                self._init_summary_page()

    def _init_sheet_page(self) -> None:
        guess = pv.best_sheet(self.path(), self._synonyms())
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(self._sheet_names)
        if guess is not None:
            self.sheet_combo.setCurrentText(guess.sheet)
        self.sheet_combo.blockSignals(False)
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(guess.row if guess else 1)
        self.header_spin.blockSignals(False)
        self._show_raw()
        self._propose_kommune()

    def _propose_kommune(self) -> None:
        """The kommune's name and number from the title block or a cover sheet (never
        overwriting what the user typed)."""
        name, number, origin = pv.propose_kommune(
            self.path(), self.sheet_combo.currentText(), self.header_spin.value()
        )
        if not self.kommune_edit.text().strip():
            self.kommune_edit.setText(name)
            where = {
                "title": self.tr("Foreslått ut fra tittelen over lista."),
                "cover": self.tr("Foreslått ut fra forsiden i fila."),
                "number": self.tr("Foreslått ut fra kommunenummeret i fila."),
                "file": self.tr("Foreslått ut fra filnavnet – sjekk at navnet stemmer."),
            }.get(origin, "")
            self.kommune_hint.setText(where + " " + self.tr("Rett navnet om det ikke stemmer."))
        if not self.number_edit.text().strip() and number:
            self.number_edit.setText(number)

    def _sheet_chosen(self, sheet: str) -> None:
        if not sheet:
            return
        guess = pv.guess_header(self.path(), sheet, self._synonyms())
        self.header_spin.setValue(guess.row if guess else 1)
        self._show_raw()

    def _show_raw(self) -> None:
        sheet = self.sheet_combo.currentText()
        if not sheet:
            return
        header = self.header_spin.value()
        first = max(1, header - 5)
        rows = pv.raw_rows(self.path(), sheet, first, PREVIEW_ROWS)
        _fill(self.raw_table, rows, None)
        for n, (idx, _vals) in enumerate(rows):
            if idx == header:
                for c in range(self.raw_table.columnCount()):
                    _mark(_cell(self.raw_table, n, c), HEADER)

    def _init_mapping_page(self) -> None:
        guess = pv.headers_at(
            self.path(), self.sheet_combo.currentText(), self.header_spin.value(), self._synonyms()
        )
        self._headers = guess.headers
        first = self._options(mapping=None)  # detected + remembered mapping
        self.result = read_staff_list(self.path(), first, project=self.controller.project)
        self._headers = self.result.headers or guess.headers
        if not self.kommune_edit.text().strip() and self.result.report.kommune:
            self.kommune_edit.setText(self.result.report.kommune)
        choices = [self.tr("(ingen)")] + [f"{column_letter(c)} – {h}" for c, h in enumerate(self._headers)]
        for f, combo in self.field_combos.items():
            combo.clear()
            combo.addItems(choices)
            col = self.result.mapping.get(f)
            combo.setCurrentIndex(col + 1 if col is not None else 0)
        self._show_preview()

    def chosen_mapping(self) -> dict[str, int]:
        return {
            f: combo.currentIndex() - 1 for f, combo in self.field_combos.items() if combo.currentIndex() > 0
        }

    def _refresh_preview(self) -> None:
        with _busy():
            self.result = read_staff_list(
                self.path(), self._options(self.chosen_mapping()), project=self.controller.project
            )
            self._show_preview()

    def _show_preview(self) -> None:
        assert self.result is not None
        header = self.header_spin.value()
        rows = pv.raw_rows(self.path(), self.sheet_combo.currentText(), header + 1, PREVIEW_ROWS)
        _fill(self.preview_table, rows, self._headers)
        marks = {}
        for issue in self.result.report.issues:
            if issue.row is None and issue.column:
                col = _col_index(issue.column)
                head = self.preview_table.horizontalHeaderItem(col)
                if head is not None:
                    _mark(head, PROBLEM)
                    head.setToolTip(issue.message)
            elif issue.row is not None:
                marks.setdefault((issue.row, issue.column), []).append(issue)
        for n, (idx, _vals) in enumerate(rows):
            for c in range(self.preview_table.columnCount()):
                found = marks.get((idx, column_letter(c)), []) + marks.get((idx, ""), [])
                if found:
                    item = _cell(self.preview_table, n, c)
                    bad = any(i.severity == "error" for i in found)
                    _mark(item, PROBLEM if bad else DOUBT)
                    item.setToolTip("\n".join(i.message for i in found))
        r = self.result.report
        counts = self.tr("%1 rader lest: %2 kan importeres, %3 avvises, %4 hoppes over.")
        for n, value in enumerate((r.rows_read, r.rows_imported, r.rows_rejected, r.rows_skipped), 1):
            counts = counts.replace(f"%{n}", str(value))
        self.mapping_status.setText(r.message if not r.ok else counts)

    def _init_summary_page(self) -> None:
        self.result = read_staff_list(
            self.path(), self._options(self.chosen_mapping()), project=self.controller.project
        )
        r = self.result.report
        lines = [
            self.tr("Fil: %1").replace("%1", r.file),
            self.tr("Ark: %1, overskriftsrad %2").replace("%1", r.sheet).replace("%2", str(r.header_row)),
            self.tr("Kildekommune: %1").replace("%1", r.kommune),
            self.tr("Rader lest: %1 · importert: %2 · avvist: %3 · hoppet over: %4")
            .replace("%1", str(r.rows_read))
            .replace("%2", str(r.rows_imported))
            .replace("%3", str(r.rows_rejected))
            .replace("%4", str(r.rows_skipped)),
            self.tr("Ansatte: %1 · stillinger: %2 · årsverk: %3 · enheter: %4 · arbeidssteder: %5")
            .replace("%1", str(r.persons))
            .replace("%2", str(r.positions))
            .replace("%3", f"{r.fte_percent_sum / 100:.2f}".replace(".", ","))
            .replace("%4", str(r.units))
            .replace("%5", str(r.locations)),
        ]
        if not r.ok:
            lines.append("<b>" + r.message + "</b>")
        self.way_on.setVisible(r.status == REFUSED and not self.drop_box.isChecked())
        self.summary_label.setText("<br>".join(lines))
        sev = {"error": self.tr("feil"), "warning": self.tr("advarsel"), "info": self.tr("info")}
        self.issue_table.setRowCount(len(r.issues))
        for n, issue in enumerate(r.issues):
            col = f"{issue.column} «{issue.header}»" if issue.header else issue.column
            for c, text in enumerate(
                ["" if issue.row is None else str(issue.row), col, sev.get(issue.severity, ""), issue.message]
            ):
                self.issue_table.setItem(n, c, QTableWidgetItem(text))
        self.issue_table.resizeColumnsToContents()

    def _finish(self) -> bool:
        result = self.result
        if result is None or not result.ok:
            return False
        number = self.number_edit.text().strip()
        if result.source is not None and number:
            result.source.number = number
        if self.finish is not None:
            if not self.finish(result):
                return False
        else:
            try:  # without the app's finish (scripts, tests): the import alone, one undo step
                op = result.op(self.controller.project)
            except Exception as exc:  # ModelError: e.g. the kommune is already in the project
                self.summary_label.setText(self.summary_label.text() + "<br><b>" + str(exc) + "</b>")
                return False
            if not self.controller.run(op):
                return False
        save_user_mapping(
            result.report.kommune,
            {f: self._headers[c] for f, c in result.mapping.items() if c < len(self._headers)},
        )
        return True

    # -- helpers -------------------------------------------------------------
    def _synonyms(self) -> dict[str, list[str]]:
        return dict(self.controller.project.settings.get("staff_import.synonyms") or {})

    def _options(self, mapping: dict[str, int] | None) -> Options:
        remembered = load_user_mappings()
        remembered.update(remembered_mappings(self.controller.project))
        return Options(
            sheet=self.sheet_combo.currentText() or None,
            header_row=self.header_spin.value(),
            mapping=mapping,
            kommune=self.kommune_edit.text().strip() or None,
            drop_national_id=self.drop_box.isChecked(),
            remembered=remembered,
        )


def _mark(item: QTableWidgetItem, kind: str) -> None:
    """Colours of the theme in force, an error or warning icon, and for the header row bold text."""
    pal = current_palette()
    bg = {PROBLEM: pal.import_problem_bg, DOUBT: pal.import_doubt_bg, HEADER: pal.import_header_bg}[kind]
    item.setBackground(QBrush(qcolor(bg)))
    item.setForeground(QBrush(qcolor(pal.import_cell_text)))
    if kind in ICONS:
        item.setIcon(severity_icon(ICONS[kind]))
    font = item.font()
    font.setBold(kind == HEADER)
    item.setFont(font)


def _cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    """The item at (row, col), created empty when the cell has none."""
    item = table.item(row, col)
    if item is None:
        item = QTableWidgetItem()
        table.setItem(row, col, item)
    return item


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _fill(table: QTableWidget, rows: list[tuple[int, list[Any]]], headers: list[str] | None) -> None:
    width = max([len(v) for _, v in rows] + [len(headers or [])], default=0)
    table.clear()
    table.setRowCount(len(rows))
    table.setColumnCount(width)
    labels = [
        f"{column_letter(c)}" + (f" {headers[c]}" if headers and c < len(headers) and headers[c] else "")
        for c in range(width)
    ]
    table.setHorizontalHeaderLabels(labels)
    table.setVerticalHeaderLabels([str(idx) for idx, _ in rows])
    for r, (_idx, values) in enumerate(rows):
        for c, v in enumerate(values):
            if v is not None:
                table.setItem(r, c, QTableWidgetItem(str(v)))


class _SummaryPage(QWizardPage):
    """The last page: «Importer» is enabled only when the list can be imported."""

    def __init__(self, ready: Callable[[], bool]) -> None:
        super().__init__()
        self._ready = ready

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return bool(self._ready())


class _busy:
    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QApplication.restoreOverrideCursor()


__all__ = ["ImportWizard"]
