"""Synthetic projects for the UI tests (no real names, no fødselsnummer)."""

from __future__ import annotations

from orgdesigner.model import Person, Placement, Position, Project, Scenario, SourceKommune, Unit, UnitType
from orgdesigner.model.entities import Location


def small_project() -> Project:
    """One source kommune with five staff and one scenario:

    kd (kommunedirektør) ─ stab (stab)
                         ─ oppv (tjenesteområde) ─ skole (virksomhet) ─ avd (avdeling)
                         ─ helse (tjenesteområde) ─ hjem (virksomhet)
    Positions p1..p4 placed (p1 in kd, p2 p3 in skole, p4 in hjem); p5 unplaced.
    """
    p = Project(name="Testkommune")
    p.sources["k1"] = SourceKommune("k1", "Gamle kommune", number="9999")
    p.locations["l1"] = Location("l1", "Rådhuset")
    p.locations["l2"] = Location("l2", "Skolen")
    sc = Scenario("s1", "Alternativ A")
    units = [
        Unit("kd", "Kommunedirektør", UnitType.KOMMUNEDIREKTOR, None, 0),
        Unit("stab", "Kommunedirektørens stab", UnitType.STAB, "kd", 0),
        Unit("oppv", "Oppvekst", UnitType.TJENESTEOMRADE, "kd", 1),
        Unit("helse", "Helse og mestring", UnitType.TJENESTEOMRADE, "kd", 2),
        Unit("skole", "Nordby skole", UnitType.VIRKSOMHET, "oppv", 0),
        Unit("avd", "Småtrinnet", UnitType.AVDELING, "skole", 0),
        Unit("hjem", "Hjemmetjenesten", UnitType.VIRKSOMHET, "helse", 0),
    ]
    for u in units:
        sc.units[u.id] = u
    people = [
        ("e1", "1001", "Kari Nordmann", "Kommunedirektør", "kd"),
        ("e2", "1002", "Ola Hansen", "Rektor", "skole"),
        ("e3", "1003", "Per Olsen", "Lærer", "skole"),
        ("e4", "1004", "Anne Berg", "Sykepleier", "hjem"),
        ("e5", "1005", "Lise Dahl", "Konsulent", None),
    ]
    for n, (pid, no, name, title, unit) in enumerate(people, 1):
        p.persons[pid] = Person(pid, no, name, source_id="k1")
        p.positions[f"p{n}"] = Position(f"p{n}", pid, "k1", None, code="7000", title=title, fte_percent=100.0)
        if unit:
            sc.placements[f"p{n}"] = Placement(f"p{n}", unit)
    p.scenarios[sc.id] = sc
    return p


def make_window(qtbot, tmp_path, monkeypatch, project: Project | None = None):
    """A MainWindow on ``project`` (default: :func:`small_project`), with private settings folders."""
    monkeypatch.setenv("ORGDESIGNER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ORGDESIGNER_CONFIG_DIR", str(tmp_path / "config"))
    from orgdesigner.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.undo_stack.setClean())
    win.controller.set_project(project or small_project(), None)
    win.show()
    return win


def send_drag(view, mime, pos, actions=None):
    """Send a constructed QDragEnterEvent → QDragMoveEvent → QDropEvent to ``view``'s viewport.

    Returns (move event accepted, drop event) so tests can check acceptance and drop action.
    """
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    actions = actions or (Qt.MoveAction | Qt.CopyAction)
    target = view.viewport() if hasattr(view, "viewport") else view
    enter = QDragEnterEvent(pos, actions, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(pos, actions, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(target, move)
    accepted = move.isAccepted()
    drop = QDropEvent(QPointF(pos), actions, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(target, drop)
    return accepted, drop
