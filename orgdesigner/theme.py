"""The app's colours in one place: a light and a high-contrast (dark) palette, Qt-free.

Every colour the app paints (chart, badges, origin and metric bars, import
preview, drop feedback, findings, placement conflicts) comes from the
:class:`Palette` in force, :func:`current`. The Qt side
(:mod:`orgdesigner.ui.theme_qt`) picks the palette from the setting and the OS
and calls :func:`set_current`. :func:`contrast_pairs` lists every
foreground/background pair a palette is painted with and the WCAG 2.1 minimum
it must meet (4.5:1 text, 3:1 graphics); ``tests/test_contrast.py`` checks them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

AUTO, LIGHT_KEY, CONTRAST_KEY = "auto", "light", "contrast"
CHOICES = (AUTO, LIGHT_KEY, CONTRAST_KEY)
TEXT, GRAPHIC = 4.5, 3.0  # WCAG 2.1 AA: 1.4.3 text, 1.4.11 non-text contrast
TYPES = ("kommunedirektør", "stab", "støtte", "tjenesteområde", "virksomhet", "avdeling", "seksjon", "team")
SEVERITIES = ("error", "warning", "info")


def _rgb(colour: str) -> tuple[int, int, int]:
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb`` (sRGB, 0 = black, 1 = white)."""

    def lin(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(v) for v in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1.0 … 21.0."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


@dataclass(frozen=True)
class Palette:
    """All colours of one theme as ``#rrggbb`` strings."""

    key: str
    dark: bool
    # chart
    chart_bg: str
    box_fill: str
    box_fill_selected: str
    box_border_selected: str
    text: str  # unit names
    text_muted: str  # leader line, "Ingen leder"
    figures: str
    connector: str
    toggle_fg: str
    toggle_bg: str
    focus: str
    drop_ok: str
    drop_refused: str
    drop_label_text: str  # on the drop colour
    relation: str
    origin_none: str
    badge_text: str
    type_colours: dict[str, str] = field(default_factory=dict)
    type_default: str = "#555555"
    origin: tuple[str, ...] = ()
    badge: dict[str, str] = field(default_factory=dict)
    # panels (the widgets' own QPalette base and text)
    panel_bg: str = "#ffffff"
    panel_text: str = "#000000"
    severity_text: dict[str, str] = field(default_factory=dict)
    conflict_text: str = "#a40000"
    import_problem_bg: str = "#ffffff"
    import_doubt_bg: str = "#ffffff"
    import_header_bg: str = "#ffffff"
    import_cell_text: str = "#000000"
    metric_series: tuple[str, ...] = ()
    metric_levels: dict[str, str] = field(default_factory=dict)
    overview_frame: str = "#000000"
    # the Qt palette of the widgets in this theme (empty: keep the system's)
    widgets: dict[str, str] = field(default_factory=dict)

    def type_colour(self, unit_type: str) -> str:
        return self.type_colours.get(unit_type, self.type_default)

    def severity(self, severity: str) -> str:
        """Badge colour of a severity ("" counts as a warning)."""
        return self.badge.get(severity or "warning", self.badge["warning"])


LIGHT = Palette(
    key=LIGHT_KEY,
    dark=False,
    chart_bg="#f7f7f5",
    box_fill="#ffffff",
    box_fill_selected="#e3f0ff",
    box_border_selected="#1565c0",
    text="#111111",
    text_muted="#4d4d4d",
    figures="#222222",
    connector="#6b6b6b",
    toggle_fg="#4d4d4d",
    toggle_bg="#ffffff",
    focus="#000000",
    drop_ok="#1b6e20",
    drop_refused="#b71c1c",
    drop_label_text="#ffffff",
    relation="#7b3294",
    origin_none="#6b6b6b",
    badge_text="#ffffff",
    type_colours={
        "kommunedirektør": "#1f3a5f",
        "stab": "#6a3d8a",
        "støtte": "#8e3b7f",
        "tjenesteområde": "#245a82",
        "virksomhet": "#2d6a36",
        "avdeling": "#8a4f00",
        "seksjon": "#a0412b",
        "team": "#545b62",
    },
    type_default="#555555",
    origin=("#1f5f99", "#a85200", "#2e7034", "#b3261e", "#00695c", "#6d5a00", "#7b3294"),
    badge={"error": "#b3261e", "warning": "#8a4b00", "info": "#1e5a96"},
    panel_bg="#ffffff",
    panel_text="#000000",
    severity_text={"error": "#b00020", "warning": "#7a4700", "info": "#305080"},
    conflict_text="#a40000",
    import_problem_bg="#a61b1b",
    import_doubt_bg="#7a4a00",
    import_header_bg="#1f4e78",
    import_cell_text="#ffffff",
    metric_series=("#0072b2", "#a65e00", "#00795a", "#a8467f", "#2b6e99", "#b34700", "#6f6400", "#666666"),
    metric_levels={"ok": "#0072b2", "warning": "#a65e00", "error": "#b3261e"},
    overview_frame="#1565c0",
)

HIGH_CONTRAST = Palette(
    key=CONTRAST_KEY,
    dark=True,
    chart_bg="#000000",
    box_fill="#141414",
    box_fill_selected="#10305a",
    box_border_selected="#ffd400",
    text="#ffffff",
    text_muted="#d9d9d9",
    figures="#f2f2f2",
    connector="#bdbdbd",
    toggle_fg="#ffffff",
    toggle_bg="#000000",
    focus="#ffffff",
    drop_ok="#7ee787",
    drop_refused="#ff8a80",
    drop_label_text="#000000",
    relation="#e2a8ff",
    origin_none="#9e9e9e",
    badge_text="#000000",
    type_colours={
        "kommunedirektør": "#a8d1ff",
        "stab": "#dcb8ff",
        "støtte": "#ffb0e6",
        "tjenesteområde": "#7fd6ff",
        "virksomhet": "#93e9a0",
        "avdeling": "#ffc870",
        "seksjon": "#ffab94",
        "team": "#d0d0d0",
    },
    type_default="#d0d0d0",
    origin=("#7fb8ff", "#ffb347", "#7ee08a", "#ff8a80", "#5fe0d0", "#ffe066", "#d9a6ff"),
    badge={"error": "#ff8a80", "warning": "#ffd166", "info": "#a8d1ff"},
    panel_bg="#000000",
    panel_text="#ffffff",
    severity_text={"error": "#ff9a90", "warning": "#ffd166", "info": "#a8d1ff"},
    conflict_text="#ff9a90",
    import_problem_bg="#ff9a90",
    import_doubt_bg="#ffd166",
    import_header_bg="#a8d1ff",
    import_cell_text="#000000",
    metric_series=("#7fb8ff", "#ffb347", "#7ee08a", "#ff99cc", "#5fe0d0", "#ff8a65", "#ffe066", "#bdbdbd"),
    metric_levels={"ok": "#7fb8ff", "warning": "#ffd166", "error": "#ff8a80"},
    overview_frame="#ffd400",
    widgets={
        "window": "#000000",
        "window_text": "#ffffff",
        "base": "#000000",
        "alternate_base": "#1a1a1a",
        "text": "#ffffff",
        "button": "#1a1a1a",
        "button_text": "#ffffff",
        "highlight": "#ffd400",
        "highlighted_text": "#000000",
        "link": "#a8d1ff",
        "tool_tip_base": "#000000",
        "tool_tip_text": "#ffffff",
        "placeholder_text": "#bdbdbd",
        "disabled_text": "#a6a6a6",
        "mid": "#a6a6a6",
        "bright_text": "#ffffff",
    },
)

PALETTES = {LIGHT_KEY: LIGHT, CONTRAST_KEY: HIGH_CONTRAST}
_current: list[Palette] = [LIGHT]


def current() -> Palette:
    """The palette in force (light until the UI chooses)."""
    return _current[0]


def set_current(palette: Palette) -> None:
    _current[0] = palette


def resolve(choice: str, os_contrast: bool) -> Palette:
    """The palette for a setting ("auto", "light", "contrast") and the OS's wish for contrast."""
    if choice == CONTRAST_KEY or (choice not in PALETTES and os_contrast):
        return HIGH_CONTRAST
    return LIGHT


def contrast_pairs(p: Palette) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, minimum ratio) for everything painted with ``p``."""
    out: list[tuple[str, str, str, float]] = []
    boxes = (("boks", p.box_fill), ("valgt boks", p.box_fill_selected))
    for where, bg in boxes:
        out += [
            (f"enhetsnavn på {where}", p.text, bg, TEXT),
            (f"leder / «Ingen leder» på {where}", p.text_muted, bg, TEXT),
            (f"tall på {where}", p.figures, bg, TEXT),
        ]
        out += [(f"enhetstype {t} (tekst og stripe) på {where}", p.type_colour(t), bg, TEXT) for t in TYPES]
        out.append((f"ukjent enhetstype på {where}", p.type_default, bg, TEXT))
        out += [(f"opphavsstripe {i + 1} på {where}", c, bg, GRAPHIC) for i, c in enumerate(p.origin)]
        out.append((f"opphavsstripe uten kilde på {where}", p.origin_none, bg, GRAPHIC))
        out += [(f"merke {s} mot {where}", p.badge[s], bg, GRAPHIC) for s in SEVERITIES]
    out.append(("valgt boks kant mot kartet", p.box_border_selected, p.chart_bg, GRAPHIC))
    out += [(f"kant {t} mot kartet", p.type_colour(t), p.chart_bg, GRAPHIC) for t in TYPES]
    out += [
        ("linjer mellom bokser", p.connector, p.chart_bg, GRAPHIC),
        ("fagrelasjon", p.relation, p.chart_bg, GRAPHIC),
        ("fagrelasjon over boks", p.relation, p.box_fill, GRAPHIC),
        ("fokusramme", p.focus, p.chart_bg, GRAPHIC),
        ("slipp tillatt", p.drop_ok, p.chart_bg, GRAPHIC),
        ("slipp avvist", p.drop_refused, p.chart_bg, GRAPHIC),
        ("slippetikett tillatt", p.drop_label_text, p.drop_ok, TEXT),
        ("slippetikett avvist", p.drop_label_text, p.drop_refused, TEXT),
        ("knapp for å folde", p.toggle_fg, p.toggle_bg, GRAPHIC),
        ("knapp for å folde mot kartet", p.toggle_fg, p.chart_bg, GRAPHIC),
        ("oversiktskart ramme", p.overview_frame, p.panel_bg, GRAPHIC),
    ]
    out += [(f"merke {s} mot kartet", p.badge[s], p.chart_bg, GRAPHIC) for s in SEVERITIES]
    out += [(f"tall i merke {s}", p.badge_text, p.badge[s], TEXT) for s in SEVERITIES]
    out += [(f"alvorlighet {s} i panel", p.severity_text[s], p.panel_bg, TEXT) for s in SEVERITIES]
    out += [
        ("konflikt i innplassering", p.conflict_text, p.panel_bg, TEXT),
        ("panelets tekst", p.panel_text, p.panel_bg, TEXT),
        ("importcelle med feil", p.import_cell_text, p.import_problem_bg, TEXT),
        ("importcelle med tvil", p.import_cell_text, p.import_doubt_bg, TEXT),
        ("importens overskriftsrad", p.import_cell_text, p.import_header_bg, TEXT),
        ("importcelle med feil mot vanlig celle", p.import_problem_bg, p.panel_bg, GRAPHIC),
        ("importcelle med tvil mot vanlig celle", p.import_doubt_bg, p.panel_bg, GRAPHIC),
    ]
    out += [(f"nøkkeltallsserie {i + 1}", c, p.panel_bg, GRAPHIC) for i, c in enumerate(p.metric_series)]
    out += [(f"nøkkeltallsnivå {k}", c, p.panel_bg, GRAPHIC) for k, c in p.metric_levels.items()]
    w = p.widgets
    if w:
        out += [
            ("vinduets tekst", w["window_text"], w["window"], TEXT),
            ("tekst i felt", w["text"], w["base"], TEXT),
            ("tekst i vekslende rader", w["text"], w["alternate_base"], TEXT),
            ("knappetekst", w["button_text"], w["button"], TEXT),
            ("markert tekst", w["highlighted_text"], w["highlight"], TEXT),
            ("lenke", w["link"], w["base"], TEXT),
            ("verktøytips", w["tool_tip_text"], w["tool_tip_base"], TEXT),
            ("plassholdertekst", w["placeholder_text"], w["base"], TEXT),
            ("deaktivert tekst", w["disabled_text"], w["window"], TEXT),
            ("rammer", w["mid"], w["window"], GRAPHIC),
        ]
        out += [
            (f"alvorlighet {s} i vekslende rader", p.severity_text[s], w["alternate_base"], TEXT)
            for s in SEVERITIES
        ]
    return out
