"""Shared test setup: Qt runs offscreen; each test gets its own plugin manager."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
