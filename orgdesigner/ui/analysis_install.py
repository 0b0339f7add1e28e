"""One call that adds the findings panel, the plugins' metric panels and scenario comparison.

``install_analysis_ui(window, controller)`` adds a "Funn" dock, one dock per
metric panel a plugin contributes through ``orgdesigner_metric_panels`` (its
``widget_factory(context)`` gets an :class:`orgdesigner.api.PanelContext`, one
per plugin, never the controller; one that raises is reported to the plugin
manager and left out), and "Sammenlign alternativer…" in the Alternativ menu.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from .controller import DocumentController
from .findings_panel import FindingsPanel


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files bare tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text, disambiguation, n)


@dataclass
class AnalysisUi:
    findings: FindingsPanel
    findings_dock: QDockWidget
    compare_action: QAction
    metric_docks: dict[str, QDockWidget] = field(default_factory=dict)


def install_analysis_ui(window: QMainWindow, controller: DocumentController) -> AnalysisUi:
    findings = FindingsPanel(controller)
    fdock = _dock(window, "dock_findings", tr("Funn"), findings, Qt.BottomDockWidgetArea)
    scene = getattr(getattr(window, "chart", None), "chart", None)
    if callable(getattr(scene, "set_findings", None)):  # the badges show the panel's findings
        scene.findings_from_panel = True
        findings.refreshed.connect(lambda _n: scene.set_findings(findings.findings))
        scene.set_findings(findings.findings)
    docks = install_metric_panels(window, controller)

    def compare() -> None:
        from .compare_dialog import show_compare_dialog

        show_compare_dialog(controller, window)

    action = QAction(tr("&Sammenlign alternativer…"), window)
    action.setObjectName("action_compare_scenarios")
    action.triggered.connect(compare)
    menu = getattr(window, "scenario_menu", None)
    if menu is not None:
        menu.addSeparator()
        menu.addAction(action)
    else:
        window.addAction(action)
    _install_report_action(window, controller, menu)
    panels_menu = getattr(window, "panels_menu", None)
    if panels_menu is not None:
        panels_menu.addAction(fdock.toggleViewAction())
        for d in docks.values():
            panels_menu.addAction(d.toggleViewAction())
    return AnalysisUi(findings, fdock, action, docks)


def _install_report_action(window: QMainWindow, controller: DocumentController, menu: object) -> QAction:
    """Alternativ → Sammenligningsrapport… (the report of every alternative, PDF/Excel/PowerPoint)."""

    def report() -> None:
        from .compare_dialog import ask_report

        ask_report(controller, window)

    action = QAction(tr("Sammenlignings&rapport…"), window)
    action.setObjectName("action_comparison_report")
    action.triggered.connect(report)
    (menu if menu is not None else window).addAction(action)
    return action


def install_metric_panels(window: QMainWindow, controller: DocumentController) -> dict[str, QDockWidget]:
    """One dock per metric panel of ``controller.plugins`` (none without a plugin manager)."""
    docks: dict[str, QDockWidget] = {}
    pm = controller.plugins
    panels = []
    if pm is not None and hasattr(pm, "metric_panels"):
        try:
            panels = list(pm.metric_panels())
        except Exception:
            panels = []
    if not panels:
        return docks
    from ..api import PanelContext  # only with plugins: the API module imports networkx

    contexts: dict[str, PanelContext] = {}
    for panel in panels:
        if panel.widget_factory is None:
            continue
        owner = pm.plugin_of(panel) if hasattr(pm, "plugin_of") else None
        context = contexts.setdefault(owner or panel.id, PanelContext(controller))
        try:
            widget = panel.widget_factory(context)
        except Exception as exc:
            if hasattr(pm, "report"):
                pm.report(
                    owner or panel.id,
                    tr("panelet «%1» kunne ikke lages: %2")
                    .replace("%1", str(panel.title))
                    .replace("%2", str(exc)),
                    exc,
                )
            continue
        title = str(panel.title)  # a plugin gives it in the current language (orgdesigner.i18n)
        dock = _dock(window, f"dock_metric_{panel.id}", title, widget, Qt.BottomDockWidgetArea)
        docks[panel.id] = dock
    if docks:
        next(iter(docks.values())).raise_()
    return docks


def _dock(
    window: QMainWindow, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea
) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setAccessibleName(title)
    window.addDockWidget(area, dock)
    return dock
