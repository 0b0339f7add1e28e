"""Generator of damaged and hostile ``.orgd`` files, made at test time from a valid one.

Each case is ``(name, make)`` where ``make(path)`` writes one file. The named
cases reproduce what the reliability campaign found (issue 16); ``random_cases``
adds seeded bit flips and cell rewrites for the larger run.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

from orgdesigner import storage
from orgdesigner.model import Person, Placement, Position, Project, Relation, Scenario, SourceKommune, Unit

Case = tuple[str, Callable[[Path], None]]


def base_project(n: int = 30) -> Project:
    p = Project(name="Nye Testby")
    src = SourceKommune("k-a", "Aby", number="3001")
    p.sources[src.id] = src
    sc = Scenario("s-1", "Alternativ 1")
    p.scenarios[sc.id] = sc
    for org in (src, sc):
        for i in range(7):
            uid = f"{org.id}-u{i}"
            org.units[uid] = Unit(uid, f"Enhet {i}", parent_id=f"{org.id}-u{(i - 1) // 2}" if i else None)
    for i in range(n):
        p.persons[f"e{i}"] = Person(f"e{i}", str(1000 + i), f"Ansatt {i}", source_id=src.id)
        p.positions[f"p{i}"] = Position(
            f"p{i}", person_id=f"e{i}", source_id=src.id, unit_id=f"k-a-u{i % 7}", title="Rådgiver"
        )
        sc.placements[f"p{i}"] = Placement(f"p{i}", unit_id=f"s-1-u{i % 7}")
    sc.relations["r1"] = Relation("r1", "unit", "s-1-u1", "s-1-u2")
    p.settings["span.warn"] = 25
    return p


def _sql(*statements: str, params: tuple = (), writable_schema: bool = False) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        storage.save(base_project(), path)
        con = sqlite3.connect(path)
        if writable_schema:
            con.execute("PRAGMA writable_schema = ON")
        for st in statements:
            con.execute(st, params if "?" in st else ())
        con.commit()
        con.close()

    return make


def _null_unit_id(path: Path) -> None:
    """A unit whose id is NULL: the NOT NULL constraint edited out of the schema text."""
    _sql(
        "UPDATE sqlite_master SET sql = replace(sql, '    id TEXT NOT NULL,\n    name', '    id TEXT,\n    name') "
        "WHERE name = 'units'",
        writable_schema=True,
    )(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE units SET id = NULL WHERE id = 'k-a-u0'")
    con.commit()
    con.close()


def _bytes(edit: Callable[[bytearray], None]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        storage.save(base_project(), path)
        data = bytearray(path.read_bytes())
        edit(data)
        path.write_bytes(bytes(data))

    return make


def _flip(offset: int, bit: int = 0) -> Callable[[bytearray], None]:
    def edit(data: bytearray) -> None:
        data[offset % len(data)] ^= 1 << bit

    return edit


DEEP = "[" * 100_000 + "]" * 100_000
DEEP_40 = '{"a":' * 40 + "1" + "}" * 40
BIG = "x" * 10_000_000

NAMED: list[Case] = [
    ("navn som blob", _sql("UPDATE units SET name = x'00ff00ff' WHERE id = 'k-a-u1'")),
    ("navn som tall", _sql("UPDATE units SET name = 42 WHERE id = 'k-a-u1'")),
    ("prosent som tekst", _sql("UPDATE positions SET fte_percent = 'hundre' WHERE id = 'p1'")),
    ("prosent uendelig", _sql("UPDATE positions SET fte_percent = 9e999 WHERE id = 'p1'")),
    ("sortering som tekst", _sql("UPDATE units SET sort_order = 'abc' WHERE id = 'k-a-u1'")),
    ("ja/nei som 7", _sql("UPDATE positions SET personnel_responsibility = 7 WHERE id = 'p1'")),
    ("id som tall", _sql("UPDATE persons SET id = 12 WHERE id = 'e1'")),
    ("settings dypt nestet", _sql("UPDATE settings SET value = ?", params=(DEEP,))),
    ("attributter dypt nestet", _sql("UPDATE units SET attributes = ? WHERE id = 'k-a-u1'", params=(DEEP,))),
    ("settings 40 nivåer", _sql("UPDATE settings SET value = ?", params=(DEEP_40,))),
    ("attributter som liste", _sql("UPDATE persons SET attributes = '[1,2]' WHERE id = 'e1'")),
    ("kostra som tall", _sql("UPDATE units SET kostra = '[1, 2]' WHERE id = 'k-a-u1'")),
    ("NaN i JSON", _sql("UPDATE settings SET value = 'NaN'")),
    ("10 MB navn", _sql("UPDATE units SET name = ?", params=(BIG,))),
    ("10 MB prosjektnavn", _sql("UPDATE project SET name = ?", params=(BIG,))),
    (
        "kontrolltegn i navn",
        _sql("UPDATE units SET name = ? WHERE id = 'k-a-u1'", params=("A\x00B\x07C\x1b",)),
    ),
    ("kontrolltegn i prosjektnavn", _sql("UPDATE project SET name = ?", params=("P\x00\x01",))),
    ("enhet er sin egen forelder", _sql("UPDATE units SET parent_id = id WHERE id = 'k-a-u3'")),
    (
        "sirkel av enheter",
        _sql(
            "UPDATE units SET parent_id = 'k-a-u2' WHERE id = 'k-a-u1'",
            "UPDATE units SET parent_id = 'k-a-u1' WHERE id = 'k-a-u2'",
        ),
    ),
    ("innplassering i ukjent alternativ", _sql("UPDATE placements SET scenario_id = 'nei'")),
    ("enhet i ukjent organisasjon", _sql("UPDATE units SET org_id = 'nei' WHERE id = 'k-a-u1'")),
    (
        "uendelig visning",
        _sql(
            "CREATE VIEW evig AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
            "SELECT x FROM c"
        ),
    ),
    (
        "tabell byttet med visning",
        _sql(
            "ALTER TABLE history RENAME TO history_old",
            "CREATE VIEW history AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
            "SELECT x AS seq, '' AS scenario_id, '' AS position_id, '' AS field, '' AS old, '' AS new, "
            "'' AS at, '' AS by FROM c",
        ),
    ),
    ("utløser", _sql("CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM units; END")),
    ("ekstra tabell", _sql("CREATE TABLE spion (x)")),
    ("tabell mangler", _sql("DROP TABLE relations")),
    ("NULL som enhets-id", lambda p: _null_unit_id(p)),
    ("tom fil", lambda p: p.write_bytes(b"")),
    ("tekstfil", lambda p: p.write_text("dette er ikke en database\n")),
    ("avkortet", _bytes(lambda d: d.__delitem__(slice(len(d) // 2, None)))),
    ("side 1 bitflipp i skjema", _bytes(_flip(200, 3))),
    ("side 1 bitflipp sent", _bytes(_flip(4000, 5))),
    ("side 1 nullet", _bytes(lambda d: d.__setitem__(slice(100, 4096), bytes(3996)))),
    ("feil sidestørrelse", _bytes(lambda d: d.__setitem__(slice(16, 18), b"\x00\x03"))),
]


def random_cases(count: int, seed: int = 0) -> list[Case]:
    """Seeded bit flips, byte smears and cell rewrites."""
    rnd = random.Random(seed)
    out: list[Case] = []
    tables = ["units", "positions", "persons", "placements", "settings", "sources", "scenarios"]
    values: list[object] = [None, 0, -1, 1e308, "", "\x00", b"\xff\xfe", "[" * 2000, 2**62, "x" * 5000]
    for i in range(count):
        kind = rnd.randrange(3)
        if kind == 0:
            off, bit = rnd.randrange(1 << 16), rnd.randrange(8)
            out.append((f"bitflipp {i} @{off}:{bit}", _bytes(_flip(off, bit))))
        elif kind == 1:
            off, n = rnd.randrange(1 << 16), rnd.randrange(1, 64)
            junk = bytes(rnd.randrange(256) for _ in range(n))

            def smear(d: bytearray, off: int = off, junk: bytes = junk) -> None:
                o = off % len(d)
                d[o : o + len(junk)] = junk[: len(d) - o]

            out.append((f"søl {i} @{off}", _bytes(smear)))
        else:
            table = rnd.choice(tables)
            col = rnd.choice(
                ["name", "id", "attributes", "value", "key", "unit_id", "fte_percent", "parent_id"]
            )
            value = rnd.choice(values)

            def rewrite(path: Path, table: str = table, col: str = col, value: object = value) -> None:
                storage.save(base_project(), path)
                con = sqlite3.connect(path)
                try:
                    con.execute(f'UPDATE {table} SET "{col}" = ? WHERE seq % 3 = 1', (value,))
                    con.commit()
                except sqlite3.Error:
                    pass
                con.close()

            out.append((f"celle {i} {table}.{col}={str(value)[:12]!r}", rewrite))
    return out


# found by the larger run: a smear that makes SQLite's own integrity report invalid UTF-8
NAMED.append(("søl som gir ugyldig UTF-8 fra SQLite", lambda p: random_cases(83, 16)[82][1](p)))
