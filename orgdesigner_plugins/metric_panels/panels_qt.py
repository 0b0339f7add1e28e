"""The metric dock widgets (Qt; imported only by the app through ``widget_factory``).

All four panels read one :class:`MetricsEngine` per controller and alternative,
which follows the project's edits incrementally; a panel redraws shortly after each edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from orgdesigner.api import (
    SPAN_DEFINITION_LABELS,
    MetricsEngine,
    formatting,
    ops,
    progress_status_label,
    span_definition_label,
    span_definition_text,
)

from . import figures
from .charts_qt import BarChart, Histogram

STATUS_COLOURS = [7, 4, 2, 1, 3, 5]  # series numbers of the theme's metric palette (7: grey)


def num(v: float, decimals: int = 0) -> str:
    return formatting.number(float(v), decimals)


KEEP_ENGINES = 1  # engines kept of alternatives not shown (≈ 40 MB each at 50 000 positions)


def shared_engine(controller: Any) -> MetricsEngine | None:
    """The controller's metrics engine for the scenario shown (made on first use).

    The engine of the alternative shown before stays alive and follows the project's edits
    incrementally (an edit in one alternative costs the other nothing), so switching back
    needs no rebuild; another project drops them all.
    """
    sc = controller.scenario()
    if sc is None:
        return None
    kept: dict[str, MetricsEngine] = getattr(controller, "_metric_panels_engines", {})
    if any(e.project is not controller.project for e in kept.values()):
        for e in kept.values():
            e.close()
        kept = {}
    controller._metric_panels_engines = kept
    eng = kept.pop(sc.id, None)
    if eng is None:
        eng = MetricsEngine(controller.project, sc.id)
    kept[sc.id] = eng  # the most recent last
    for sid in [s for s in kept if s not in controller.project.scenarios]:
        kept.pop(sid).close()  # removed alternatives
    while len(kept) > KEEP_ENGINES + 1:
        kept.pop(next(iter(kept))).close()
    return eng


class MetricPanelBase(QWidget):
    """Refreshes from the shared engine after edits, scenario switches and project changes."""

    def __init__(self, controller: Any, parent: QWidget | None = None, delay_ms: int = 200) -> None:
        super().__init__(parent)
        self.controller = controller
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.empty = QLabel(self.tr("Ingen alternativ er åpent."))
        self.layout_.addWidget(self.empty)
        # only while on screen, after the chart has painted; a hidden panel catches up when shown
        self.stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._refresh_if_shown)
        controller.edited.connect(lambda _c: self.request())
        controller.projectReplaced.connect(self.request)
        controller.scenarioChanged.connect(lambda _s: self.request())

    def request(self) -> None:
        """Refresh a little later while on screen; off screen, once shown again."""
        self.stale = True
        if self.isVisible() and not self.visibleRegion().isEmpty():
            self._timer.start()

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and not self.visibleRegion().isEmpty():
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.stale:
            self._timer.start(0)

    def refresh(self) -> None:
        self._timer.stop()
        self.stale = False
        eng = shared_engine(self.controller)
        self.empty.setVisible(eng is None)
        if eng is not None:
            self.update_from(eng, self.controller.scenario())

    def update_from(self, engine: MetricsEngine, scenario: Any) -> None:
        raise NotImplementedError

    def source_name(self, sid: str) -> str:
        src = self.controller.project.sources.get(sid)
        return src.name if src else (self.tr("Nye stillinger") if not sid else sid)


class KeyFiguresPanel(MetricPanelBase):
    """Headline numbers, placement progress and the workplace balance between the old kommuner."""

    ROWS = [
        ("units", QT_TRANSLATE_NOOP("KeyFiguresPanel", "Enheter"), 0),
        ("levels", QT_TRANSLATE_NOOP("KeyFiguresPanel", "Nivåer"), 0),
        ("positions", QT_TRANSLATE_NOOP("KeyFiguresPanel", "Stillinger"), 0),
        ("positions_placed", QT_TRANSLATE_NOOP("KeyFiguresPanel", "Innplassert"), 0),
        ("persons", QT_TRANSLATE_NOOP("KeyFiguresPanel", "Ansatte"), 0),
        ("fte", QT_TRANSLATE_NOOP("KeyFiguresPanel", "Årsverk"), 1),
        ("salary", QT_TRANSLATE_NOOP("KeyFiguresPanel", "Lønnskostnad (kr)"), 0),
        ("vacancies", QT_TRANSLATE_NOOP("KeyFiguresPanel", "Vakante stillinger"), 0),
        ("relocated", QT_TRANSLATE_NOOP("KeyFiguresPanel", "Endret arbeidssted"), 0),
        ("leaders", QT_TRANSLATE_NOOP("KeyFiguresPanel", "Ledere"), 0),
        ("span_mean", QT_TRANSLATE_NOOP("KeyFiguresPanel", "Spenn, snitt"), 1),
        ("span_max", QT_TRANSLATE_NOOP("KeyFiguresPanel", "Spenn, største"), 0),
    ]

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("metric_key_figures")
        grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        for i, (key, label, _d) in enumerate(self.ROWS):
            name = QLabel(self.tr(label))
            value = QLabel()
            value.setObjectName(f"key_{key}")
            value.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            f = value.font()
            f.setBold(True)
            value.setFont(f)
            name.setBuddy(value)
            value.setAccessibleName(self.tr(label))
            grid.addWidget(name, i // 2, (i % 2) * 2)
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
            self.values[key] = value
        self.layout_.addLayout(grid)
        self.layout_.addWidget(QLabel(self.tr("Innplassering (stillinger per status)")))
        self.progress = BarChart()
        self.progress.setObjectName("chart_progress")
        self.progress.setAccessibleName(self.tr("Innplassering per status"))
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(QLabel(self.tr("Arbeidsplasser per gammel kommune, før og etter")))
        self.balance = BarChart()
        self.balance.setObjectName("chart_balance")
        self.balance.setAccessibleName(self.tr("Arbeidsplasser per gammel kommune før og etter"))
        self.layout_.addWidget(self.balance)
        self.layout_.addStretch(1)
        self.refresh()

    def update_from(self, engine: MetricsEngine, scenario: Any) -> None:
        k = engine.key_figures()
        for key, _label, decimals in self.ROWS:
            self.values[key].setText(num(k[key], decimals))
        progress = k["progress"]
        names = [progress_status_label(s) for s in progress]
        self.progress.set_data(
            [(self.tr("Stillinger"), list(progress.values()))], names, num, colours=STATUS_COLOURS
        )
        before, after = engine.balance()
        rows = []
        for terr in sorted(set(before) | set(after)):
            name = self.source_name(terr) if terr else self.tr("Ukjent sted")
            rows.append(
                (name, [before.get(terr, {}).get("positions", 0), after.get(terr, {}).get("positions", 0)])
            )
        series = [self.tr("Før (gammelt arbeidssted)"), self.tr("Etter (innplasserte)")]
        self.balance.set_data(rows, series, num, colours=[7, 0], grouped=True)


class SpanPanel(MetricPanelBase):
    """Histogram of leaders' spans of control, with the definition and limits stated."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("metric_span")
        self.choice = QComboBox()
        self.choice.setObjectName("span_definition_choice")
        self.choice.setAccessibleName(self.tr("Hvordan kontrollspenn telles"))
        for key in SPAN_DEFINITION_LABELS:
            self.choice.addItem(span_definition_label(key), key)
        self.choice.activated.connect(self._choose)
        self.layout_.addWidget(self.choice)
        self.definition = QLabel()
        self.definition.setObjectName("span_definition")
        self.definition.setWordWrap(True)
        self.limits = QLabel()
        self.limits.setObjectName("span_limits")
        self.limits.setWordWrap(True)
        self.histogram = Histogram()
        self.histogram.setObjectName("chart_span")
        self.histogram.setAccessibleName(self.tr("Kontrollspenn: antall ledere per intervall"))
        self.layout_.addWidget(self.definition)
        self.layout_.addWidget(self.limits)
        self.layout_.addWidget(self.histogram, 1)
        self.refresh()

    def update_from(self, engine: MetricsEngine, scenario: Any) -> None:
        project = self.controller.project
        warn, error = figures.span_settings(project)
        engine.flush()
        spans = list(engine.led_spans)  # leaders' spans, kept sorted by the engine
        self.definition.setText(span_definition_text(engine.definition))
        self.choice.setCurrentIndex(max(0, self.choice.findData(engine.definition)))
        over = figures.span_over(project, scenario, engine.span)  # counted as the rule counts its findings
        over_w, over_e = over["warning"], over["error"]
        by_type = project.setting("span.by_type", {}) or {}
        self.limits.setText(
            self.tr("%1 ledere. Advarsel over %2, feil over %3")
            .replace("%1", str(len(spans)))
            .replace("%2", str(warn))
            .replace("%3", str(error))
            + (self.tr(" (egne grenser for %1)").replace("%1", ", ".join(sorted(by_type))) if by_type else "")
            + self.tr(": %4 enheter over advarselsgrensen, %5 over feilgrensen.")
            .replace("%4", str(over_w))
            .replace("%5", str(over_e))
        )
        self.histogram.set_bins(figures.span_bins(spans, warn, error), self.tr("ledere"))

    def _choose(self, index: int) -> None:
        """Make the chosen definition the project's setting (one undo step)."""
        key = self.choice.itemData(index)
        if key and key != self.controller.project.setting("span.definition"):
            self.controller.run(
                ops.SetSettings({"span.definition": key}, text=self.tr("Endre definisjon av kontrollspenn"))
            )


class _ScrollChartPanel(MetricPanelBase):
    def __init__(self, controller: Any, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName(name)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.chart = BarChart()
        self.chart.setObjectName(name.replace("metric_", "chart_"))
        self.chart.setAccessibleName(caption)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.layout_.addWidget(self.caption)
        self.layout_.addWidget(scroll, 1)


def _focus(panel: MetricPanelBase, scenario: Any) -> tuple[list[str], str]:
    """The units a chart shows: the children of the selected unit, else the top units."""
    for uid in panel.controller.selected_units():
        if uid in scenario.units and scenario.children(uid):
            return scenario.children(uid), scenario.units[uid].name
    return figures.top_units(scenario), ""


class FtePanel(_ScrollChartPanel):
    """Bar chart: rolled-up FTE per service area, or per subunit of the selected unit."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(
            controller, "metric_fte", self.tr("Årsverk per tjenesteområde og stab (innplasserte)"), parent
        )
        controller.selectionChanged.connect(lambda *_a: self.request())
        self.refresh()

    def update_from(self, engine: MetricsEngine, scenario: Any) -> None:
        ids, under = _focus(self, scenario)
        self.caption.setText(
            self.tr("Årsverk per underenhet av «%1» (innplasserte)").replace("%1", under)
            if under
            else self.tr("Årsverk per tjenesteområde og stab (innplasserte)")
        )
        rows = figures.fte_by_area(scenario, engine.unit, ids)
        self.chart.set_data([(name, [fte]) for name, fte in rows], None, lambda v: num(v, 1))


class OriginPanel(_ScrollChartPanel):
    """Stacked bars: share of each unit's FTE from each old kommune (top units or the selected unit's)."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(
            controller, "metric_origin", self.tr("Opprinnelse: andel årsverk fra hver gammel kommune"), parent
        )
        controller.selectionChanged.connect(lambda *_a: self.request())
        self.refresh()

    def update_from(self, engine: MetricsEngine, scenario: Any) -> None:
        ids, under = _focus(self, scenario)
        self.caption.setText(
            self.tr("Opprinnelse under «%1»: andel årsverk fra hver gammel kommune").replace("%1", under)
            if under
            else self.tr("Opprinnelse: andel årsverk fra hver gammel kommune")
        )
        rows = figures.origin_by_unit(scenario, engine.unit, ids)
        sources = sorted(
            {s for _, shares in rows for s in shares}, key=lambda s: (s == "", self.source_name(s))
        )
        data = [(name, [shares.get(s, 0.0) for s in sources]) for name, shares in rows]
        self.chart.show_values = False
        self.chart.set_data(
            data, [self.source_name(s) for s in sources], lambda v: f"{num(v * 100)} %", max_value=1.0
        )
