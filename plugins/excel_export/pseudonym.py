"""Stable pseudonyms for the versions of the lists that go to the unions.

A person's pseudonym is a keyed hash (HMAC-SHA256) of the person id with a
random key kept in the project's settings (``export.pseudonym_key``), so the
same person gets the same pseudonym in every export of the project, and
nobody without the project file can map a pseudonym back to a person.
Free text (notes) is scrubbed: words that are a person's name or an employee
number are replaced.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

from orgdesigner.model import Project
from orgdesigner.model.ops import SetSettings

KEY_SETTING = "export.pseudonym_key"
_WORD = re.compile(r"[\w\-']+", re.UNICODE)


def pseudonym_key(project: Project) -> str | None:
    key = project.settings.get(KEY_SETTING)
    return str(key) if key else None


def ensure_key_op(project: Project) -> SetSettings | None:
    """An op storing a fresh random key when the project has none (else None)."""
    if pseudonym_key(project):
        return None
    return SetSettings({KEY_SETTING: secrets.token_hex(16)}, text="Ny nøkkel for pseudonymer")


class Pseudonyms:
    """Names → "Ansatt XXXX-XXXX"; notes scrubbed of names and employee numbers."""

    def __init__(self, project: Project, key: str | None = None) -> None:
        key = key or pseudonym_key(project) or secrets.token_hex(16)  # unstable, but never the real name
        self._key = key.encode()
        self._cache: dict[str, str] = {}
        self._used: dict[str, str] = {}
        self._project = project
        self._words: dict[str, str] | None = None

    def name(self, person_id: str | None) -> str:
        if not person_id:
            return "Vakant"
        got = self._cache.get(person_id)
        if got is None:
            got = self._make(person_id)
            self._cache[person_id] = got
        return got

    def _make(self, person_id: str) -> str:
        digest = hmac.new(self._key, person_id.encode(), hashlib.sha256).digest()
        code = base64.b32encode(digest).decode().rstrip("=")
        n = 8
        while True:  # lengthen on the (rare) collision
            label = f"Ansatt {code[:4]}-{code[4:n]}"
            if self._used.setdefault(label, person_id) == person_id:
                return label
            n += 1

    def scrub(self, text: str) -> str:
        """``text`` with every word that is part of a name, or an employee number, replaced."""
        if not text:
            return text
        words = self._word_table()

        def repl(m: re.Match[str]) -> str:
            return words.get(m.group(0).casefold(), m.group(0))

        return _WORD.sub(repl, text)

    def _word_table(self) -> dict[str, str]:
        if self._words is None:
            table: dict[str, str] = {}
            for person in self._project.persons.values():
                for part in _WORD.findall(person.name):
                    if len(part) >= 2:
                        table[part.casefold()] = "[navn]"
                if person.employee_no.strip():
                    table[person.employee_no.strip().casefold()] = "[ansattnr]"
            self._words = table
        return self._words
