"""Entry point ``orgdesigner``: no arguments start the app, a .orgd path opens it,
anything else is a headless command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (len(argv) == 1 and argv[0].lower().endswith(".orgd")):
        from .ui.app import run_app  # Qt is imported only here

        return run_app(argv[0] if argv else None)
    from .cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
