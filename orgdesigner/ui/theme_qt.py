"""The Qt side of the theme: choose the palette from the setting and the OS, apply it.

The setting (``"theme"`` in the settings files: "auto", "light" or "contrast";
IT can set it machine-wide, the user's own file overrides) is made in Innstillinger. "auto" follows the OS: Windows high contrast
(``SystemParametersInfo(SPI_GETHIGHCONTRAST)``) or a dark colour scheme
(``QStyleHints.colorScheme()``) give the high-contrast palette. In high
contrast the widgets get a dark QPalette too. :func:`manager` emits ``changed``
when the palette or the application font changes; the chart and the panels
repaint from :func:`orgdesigner.theme.current`.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from .. import config, theme

log = logging.getLogger(__name__)

SETTING = "theme"
SPI_GETHIGHCONTRAST = 0x0042
HCF_HIGHCONTRASTON = 0x1
ROLES = {
    "window": QPalette.ColorRole.Window,
    "window_text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base,
    "alternate_base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text,
    "button": QPalette.ColorRole.Button,
    "button_text": QPalette.ColorRole.ButtonText,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted_text": QPalette.ColorRole.HighlightedText,
    "link": QPalette.ColorRole.Link,
    "tool_tip_base": QPalette.ColorRole.ToolTipBase,
    "tool_tip_text": QPalette.ColorRole.ToolTipText,
    "placeholder_text": QPalette.ColorRole.PlaceholderText,
    "mid": QPalette.ColorRole.Mid,
    "bright_text": QPalette.ColorRole.BrightText,
}


@lru_cache(maxsize=512)
def qcolor(hex_colour: str) -> QColor:
    """A QColor of ``#rrggbb`` (cached; do not modify the result)."""
    return QColor(hex_colour)


def windows_high_contrast() -> bool:
    """Whether Windows' high-contrast mode is on (False elsewhere or if it cannot be asked)."""
    if sys.platform != "win32":
        return False

    class HighContrast(ctypes.Structure):
        _fields_ = [
            ("cbSize", ctypes.c_uint),
            ("dwFlags", ctypes.c_uint),
            ("lpszDefaultScheme", ctypes.c_wchar_p),
        ]

    hc = HighContrast()
    hc.cbSize = ctypes.sizeof(HighContrast)
    try:
        ok = ctypes.windll.user32.SystemParametersInfoW(SPI_GETHIGHCONTRAST, hc.cbSize, ctypes.byref(hc), 0)  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return False
    return bool(ok) and bool(hc.dwFlags & HCF_HIGHCONTRASTON)


def os_wants_contrast() -> bool:
    """Windows high contrast, or a dark colour scheme the OS reports through Qt."""
    if windows_high_contrast():
        return True
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def saved_choice() -> str:
    """The theme in the user's (or, failing that, the machine's) settings file; "auto" if none."""
    try:
        value = str(config.effective_settings().get(SETTING, theme.AUTO) or theme.AUTO)
    except Exception:  # settings never stop the app
        return theme.AUTO
    return value if value in theme.CHOICES else theme.AUTO


def save_choice(choice: str) -> None:
    """Keep ``choice`` in the user's settings file (other settings untouched)."""
    values = dict(config.user_settings().values)
    values[SETTING] = choice
    config.save_user_settings(values)


def widget_palette(p: theme.Palette, base: QPalette) -> QPalette:
    """``base`` with the roles ``p`` sets (all colour groups; disabled text dimmed)."""
    pal = QPalette(base)
    for name, role in ROLES.items():
        if name in p.widgets:
            pal.setColor(role, qcolor(p.widgets[name]))
    if "disabled_text" in p.widgets:
        dim = qcolor(p.widgets["disabled_text"])
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
            pal.setColor(QPalette.ColorGroup.Disabled, role, dim)
    return pal


class ThemeManager(QObject):
    """Holds the choice, applies the palette, and tells the painters when to repaint."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.choice = theme.AUTO
        self._system_palette: QPalette | None = None
        self._font_pt = 0.0
        app = QGuiApplication.instance()
        if app is not None:
            self._system_palette = QPalette(app.palette())
            self._font_pt = app.font().pointSizeF()
            QGuiApplication.styleHints().colorSchemeChanged.connect(self._os_changed)
            app.fontChanged.connect(self._font_changed)

    def apply(self, choice: str | None = None) -> theme.Palette:
        """Use ``choice`` (or the saved one): set the palette in force and the widgets' palette."""
        self.choice = choice if choice in theme.CHOICES else saved_choice()
        palette = theme.resolve(self.choice, os_wants_contrast())
        app: Any = QGuiApplication.instance()
        if app is not None and self._system_palette is not None:
            _use_style(app, bool(palette.widgets))
            base = self._system_palette
            if not palette.widgets and base.color(QPalette.ColorRole.Window).lightness() < 128:
                base = app.style().standardPalette() if hasattr(app, "style") else base  # forced light
            app.setPalette(widget_palette(palette, base) if palette.widgets else base)
        changed = palette is not theme.current()
        theme.set_current(palette)
        if changed:
            self.changed.emit()
        return palette

    def save(self, choice: str) -> None:
        """Use ``choice`` now and keep it (a settings file that cannot be written is logged)."""
        self.apply(choice)
        try:
            save_choice(choice)
        except OSError as exc:
            log.warning("Kunne ikke lagre fargevalget: %s", exc)

    def _os_changed(self, *_args: Any) -> None:
        if self.choice == theme.AUTO:
            self.apply(self.choice)

    def _font_changed(self, font: Any) -> None:
        if font.pointSizeF() != self._font_pt:
            self._font_pt = font.pointSizeF()
            self.changed.emit()


def _use_style(app: Any, contrast: bool) -> None:
    """The high-contrast style (outlines that show on black) on or off; before the palette."""
    from .contrast_style import ContrastStyle

    style = app.style() if hasattr(app, "style") else None
    if style is None:
        return
    if contrast and not isinstance(style, ContrastStyle):
        app.setStyle(ContrastStyle(style.name()))
    elif not contrast and isinstance(style, ContrastStyle):
        app.setStyle(style.base_name)


_manager: list[ThemeManager] = []


def manager() -> ThemeManager:
    """The one theme manager of the application (made on first use)."""
    if not _manager:
        _manager.append(ThemeManager())
    return _manager[0]


def font_scale() -> float:
    """How much larger than the 9 pt design size the application font is (1.0 … 3.0)."""
    app = QGuiApplication.instance()
    if app is None:
        return 1.0
    pt = QGuiApplication.font().pointSizeF()
    if pt <= 0:  # a pixel-sized font
        pt = QGuiApplication.font().pixelSize() * 0.75
    return min(3.0, max(1.0, pt / 9.0))


_ICONS = {
    "error": "SP_MessageBoxCritical",
    "warning": "SP_MessageBoxWarning",
    "info": "SP_MessageBoxInformation",
}


@lru_cache(maxsize=8)
def severity_icon(severity: str) -> Any:
    """The style's icon of a severity (its shape, not only its colour, tells which)."""
    from PySide6.QtWidgets import QApplication, QStyle

    pixmap = getattr(QStyle.StandardPixmap, _ICONS.get(severity or "warning", "SP_MessageBoxWarning"))
    return QApplication.style().standardIcon(pixmap)
