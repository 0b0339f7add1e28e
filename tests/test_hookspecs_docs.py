"""Meta-test: every hook in hookspecs.py is documented and exercised by some test."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from orgdesigner import hookspecs

HERE = Path(__file__).resolve()


def _hooks() -> list[str]:
    marker = f"{hookspecs.PROJECT_NAME}_spec"
    return sorted(
        name for name, obj in inspect.getmembers(hookspecs, inspect.isfunction) if hasattr(obj, marker)
    )


def _other_test_sources() -> str:
    texts = []
    for path in sorted(HERE.parent.rglob("*.py")):
        if path.resolve() == HERE:
            continue
        try:
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
        except OSError:  # a file removed while the suite runs
            continue
    return "\n".join(texts)


def test_there_are_hooks():
    assert len(_hooks()) >= 5


@pytest.mark.parametrize("hook", _hooks())
def test_hook_is_documented(hook):
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    assert len(doc.split()) >= 5, f"{hook} has no real docstring"
    assert ":return:" in doc, f"{hook}: the docstring must say what the hook returns (:return:)"
    assert "versionadded" in doc, f"{hook}: the docstring must say since when it exists"


@pytest.mark.parametrize("hook", _hooks())
def test_hook_is_tested(hook):
    assert hook in _other_test_sources(), f"{hook} is not mentioned in any test besides {HERE.name}"


@pytest.mark.parametrize(
    "record",
    [hookspecs.Validator, hookspecs.Finding, hookspecs.Importer, hookspecs.Exporter, hookspecs.MetricPanel],
)
def test_records_plugins_return_are_documented(record):
    assert record.__doc__ and len(record.__doc__.split()) >= 4
