"""A private AT-SPI desktop for tests: Xvfb, a D-Bus session, the accessibility bus, and a
client reading the accessibility tree over D-Bus (jeepney) as a screen reader does."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import time
from pathlib import Path

from jeepney import DBusAddress, HeaderFields, MatchRule, Properties, message_bus, new_method_call
from jeepney.io.blocking import open_dbus_connection

LAUNCHER = next(
    (
        p
        for p in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
        if Path(p).exists()
    ),
    None,
)
ACCESSIBLE = "org.a11y.atspi.Accessible"
REGISTRY = "org.a11y.atspi.Registry"
ROOT = "/org/a11y/atspi/accessible/root"
# AtspiStateType bit numbers (at-spi2-core's atspi-constants.h)
STATES = {"collapsed": 5, "expandable": 9, "expanded": 10, "focusable": 11, "focused": 12}
STATES |= {"selectable": 22, "selected": 23, "showing": 25, "visible": 30}
KEYSYMS = {
    "Up": 0xFF52,
    "Right": 0xFF53,
    "Down": 0xFF54,
    "Left": 0xFF51,
    "KP_Add": 0xFFAB,
    "KP_Subtract": 0xFFAD,
}


def missing() -> str:
    """Why this machine cannot run an AT-SPI desktop ("" when it can)."""
    need = {
        "Xvfb": shutil.which("Xvfb"),
        "dbus-daemon": shutil.which("dbus-daemon"),
        "at-spi-bus-launcher": LAUNCHER,
    }
    absent = [name for name, path in need.items() if not path]
    return ", ".join(absent) + " mangler (apt-get install xvfb dbus at-spi2-core)" if absent else ""


class Desktop:
    """Xvfb + a private D-Bus session + the AT-SPI bus; ``env`` starts an app on it."""

    def __init__(self, tmp: Path) -> None:
        self.procs: list[subprocess.Popen] = []
        self.log = (tmp / "desktop.log").open("w")  # what Xvfb, dbus and at-spi said
        runtime = tmp / "run"
        runtime.mkdir(mode=0o700)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI"))}
        self.env |= {"XDG_RUNTIME_DIR": str(runtime), "HOME": str(tmp), "NO_AT_BRIDGE": "0"}
        self.env["DISPLAY"] = self._start_x()
        bus = self._start(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE
        )
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        self._start([LAUNCHER, "--launch-immediately"])
        self.session = open_dbus_connection(self.env["DBUS_SESSION_BUS_ADDRESS"])
        address = ""
        for _ in range(100):  # the launcher takes its name on the session bus shortly after starting
            try:
                reply = self.session.send_and_get_reply(
                    new_method_call(
                        DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Bus"), "GetAddress"
                    ),
                    timeout=5,
                )
                address = reply.body[0]
                break
            except Exception:  # noqa: BLE001  (not there yet)
                time.sleep(0.1)
        assert address, "at-spi-bus-launcher ga ingen adresse til tilgjengelighetsbussen"
        self.a11y = open_dbus_connection(address)
        self.env |= {"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"}

    def _start_x(self) -> str:
        """Start Xvfb on a free display (as ``xvfb-run -a`` does); returns ":n"."""
        for n in range(random.randrange(100, 900), 1000):
            if Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
                continue
            proc = self._start(["Xvfb", f":{n}", "-screen", "0", "1280x900x24", "-nolisten", "tcp"])
            for _ in range(100):
                if proc.poll() is not None:
                    break  # taken meanwhile: try the next one
                if Path(f"/tmp/.X11-unix/X{n}").exists():
                    return f":{n}"
                time.sleep(0.05)
            proc.kill()
        raise RuntimeError("fant ingen ledig X-skjerm for Xvfb")

    def _start(self, cmd: list[str], **kw) -> subprocess.Popen:
        proc = subprocess.Popen(cmd, env=getattr(self, "env", None), stderr=self.log, **kw)
        self.procs.append(proc)
        return proc

    def close(self) -> None:
        for conn in ("a11y", "session"):
            if hasattr(self, conn):
                getattr(self, conn).close()
        for proc in reversed(self.procs):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
        self.log.close()

    # -- reading the tree -----------------------------------------------------------------
    def call(self, node: tuple[str, str], method: str, signature: str | None = None, *args, iface=ACCESSIBLE):
        msg = new_method_call(DBusAddress(node[1], node[0], iface), method, signature, args)
        return self.a11y.send_and_get_reply(msg, timeout=10).body

    def prop(self, node: tuple[str, str], name: str):
        msg = Properties(DBusAddress(node[1], node[0], ACCESSIBLE)).get(name)
        return self.a11y.send_and_get_reply(msg, timeout=10).body[0][1]

    def apps(self) -> list[tuple[str, str]]:
        return self.call((REGISTRY, ROOT), "GetChildren")[0]

    def app_named(self, name: str, wait: float = 30.0) -> tuple[str, str] | None:
        end = time.monotonic() + wait
        while time.monotonic() < end:
            for app in self.apps():
                try:
                    if self.prop(app, "Name") == name:
                        return app
                except Exception:  # noqa: BLE001  (an app that went away meanwhile)
                    pass
            time.sleep(0.2)
        return None

    def children(self, node: tuple[str, str]) -> list[tuple[str, str]]:
        return self.call(node, "GetChildren")[0]

    def name(self, node: tuple[str, str]) -> str:
        return self.prop(node, "Name")

    def description(self, node: tuple[str, str]) -> str:
        return self.prop(node, "Description")

    def role(self, node: tuple[str, str]) -> str:
        return self.call(node, "GetRoleName")[0]

    def states(self, node: tuple[str, str]) -> set[str]:
        low, high = self.call(node, "GetState")[0]
        bits = low | high << 32
        return {name for name, bit in STATES.items() if bits >> bit & 1}

    def parent(self, node: tuple[str, str]) -> tuple[str, str]:
        return self.prop(node, "Parent")

    def index_in_parent(self, node: tuple[str, str]) -> int:
        return self.call(node, "GetIndexInParent")[0]

    def find(self, node: tuple[str, str], role: str, depth: int = 12) -> tuple[str, str] | None:
        """The first node with ``role`` below ``node`` (breadth first)."""
        level = [node]
        for _ in range(depth):
            nxt = []
            for n in level:
                for c in self.children(n):
                    if self.role(c) == role:
                        return c
                    nxt.append(c)
            level = nxt
        return None

    def find_named(
        self, node: tuple[str, str], role: str, name: str, depth: int = 25
    ) -> tuple[str, str] | None:
        """The first node with ``role`` and ``name`` below ``node``, not looking inside lists,
        tables and trees (a screen reader's way to a widget; their rows can be thousands)."""
        level = [node]
        for _ in range(depth):
            nxt = []
            for n in level:
                for c in self.children(n):
                    role_c = self.role(c)
                    if role_c == role and self.name(c) == name:
                        return c
                    if role_c not in ("tree", "tree table", "table", "list", "list box"):
                        nxt.append(c)
            level = nxt
            if not level:
                break
        return None

    def press(self, key: str) -> None:
        """A key press and release through the X server (XTEST via at-spi's device controller)."""
        self.call(
            (REGISTRY, "/org/a11y/atspi/registry/deviceeventcontroller"),
            "GenerateKeyboardEvent",
            "isu",
            KEYSYMS[key],
            "",
            3,  # ATSPI_KEY_SYM: press and release the key of this keysym
            iface="org.a11y.atspi.DeviceEventController",
        )

    def listen_focus(self) -> None:
        """Subscribe to focus events as a screen reader does (Qt sends only what is listened to)."""
        rule = MatchRule(type="signal", interface="org.a11y.atspi.Event.Object", member="StateChanged")
        self.a11y.send_and_get_reply(message_bus.AddMatch(rule), timeout=10)
        self.a11y.send_and_get_reply(
            new_method_call(
                DBusAddress("/org/a11y/atspi/registry", REGISTRY, REGISTRY),
                "RegisterEvent",
                "s",
                ("object:state-changed:focused",),
            ),
            timeout=10,
        )
        self._focus = self.a11y.filter(rule, bufsize=10000)

    def focus_events(self, wait: float = 3.0) -> list[tuple[tuple[str, str], bool]]:
        """(node, gained) of the focus state changes received within ``wait`` seconds."""
        got = []
        end = time.monotonic() + wait
        while time.monotonic() < end:
            try:
                msg = self.a11y.recv_until_filtered(
                    self._focus.queue, timeout=max(0.01, end - time.monotonic())
                )
            except TimeoutError:
                break
            kind, detail1, *_ = msg.body
            if kind == "focused":
                got.append(
                    (
                        (msg.header.fields[HeaderFields.sender], msg.header.fields[HeaderFields.path]),
                        bool(detail1),
                    )
                )
        return got
