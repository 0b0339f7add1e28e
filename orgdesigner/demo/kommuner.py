"""The three old kommuner of the demo, modelled on Fet + Skedsmo + Sørum → Lillestrøm.

Names of kommuner and places are the real ones (with the kommunenumre they had
before 2020: Fet 0227, Skedsmo 0231, Sørum 0226); the schools, sykehjem and
other units are named after places there but their sizes, staff and numbers are
invented. ``weight`` is a unit's approximate staff; the generator scales the
weights so that each kommune gets exactly ``persons`` employees.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Node:
    name: str
    kind: str  # a key of profiles.P
    weight: float = 0
    children: tuple[Node, ...] = ()
    target: str = ""  # scenario unit this unit moves into ("" : by kind)
    kostra: tuple[str, ...] = ()  # overrides the profile's
    sector: int = 0  # first digit of the ansvar number (0: inherit)


@dataclass(frozen=True)
class KommuneSpec:
    id: str
    name: str
    number: str
    persons: int
    dual: int  # persons holding two positions
    emp_no: tuple[int, int]  # range of employee numbers
    ansvar: str  # format of a cost centre from (sector, virksomhet, avdeling)
    post: str  # postcode and place of addresses
    leader_word: str  # "Virksomhetsleder" or "Enhetsleder"
    root: Node
    extra: dict[str, str] = field(default_factory=dict)


def _schools(names: str, kind: str = "barneskole", weight: float = 36) -> tuple[Node, ...]:
    out = []
    for item in names.split(";"):
        name, _, w = item.strip().partition("=")
        k = "ungdomsskole" if "ungdomsskole" in name else kind
        out.append(Node(name, k, float(w) if w else weight))
    return tuple(out)


def _bhg(names: str, target: str, weight: float = 18) -> tuple[Node, ...]:
    out = []
    for item in names.split(";"):
        name, _, w = item.strip().partition("=")
        out.append(Node(name, "barnehage", float(w) if w else weight, target=target))
    return tuple(out)


# fmt: off
FET = KommuneSpec(
    id="fet", name="Fet kommune", number="0227", persons=700, dual=14,
    emp_no=(10000, 29999), ansvar="{s}{v:02d}{a}", post="1900 Fetsund",
    leader_word="Virksomhetsleder",
    root=Node("Rådmannen", "root", 2, sector=1, children=(
        Node("Rådmannens stab", "stab", 5),
        Node("Økonomi", "okonomi", 8),
        Node("Personal og organisasjon", "personal", 6),
        Node("Servicetorget og IKT", "service", 8, target="Digitalisering"),
        Node("Oppvekst", "omrade", 1, sector=2, children=(
            *_schools("Dalen skole=40; Gan skole=28; Hovinhøgda skole=44; Østersund skole=30;"
                      " Fetsund ungdomsskole=42"),
            *_bhg("Fetsund barnehage=22; Hovinhøgda barnehage=20; Svingen barnehage=16",
                  "Barnehageområde Fet"),
            Node("Familiens hus", "helsestasjon", 12),
            Node("Barneverntjenesten", "barnevern", 10),
        )),
        Node("Helse og omsorg", "omrade", 1, sector=3, children=(
            Node("Tildelingskontoret", "tildeling", 5, kostra=("254",)),
            Node("Fet helsetun", "sykehjem", 80),
            Node("Hjemmetjenesten", "hjemme", 62, target="Hjemmetjenesten øst", kostra=("254",)),
            Node("Miljøarbeidertjenesten", "bolig", 34),
            Node("NAV Fet", "nav", 10),
            Node("Psykisk helse og rus", "psyk", 8),
        )),
        Node("Samfunnsutvikling", "omrade", 1, sector=4, children=(
            Node("Plan, byggesak og oppmåling", "plan", 8),
            Node("Kommunalteknikk", "kommunalteknikk", 16),
            Node("Eiendom", "eiendom", 28),
            Node("Kultur og fritid", "kultur", 14),
        )),
    )),
)

SKEDSMO = KommuneSpec(
    id="skedsmo", name="Skedsmo kommune", number="0231", persons=3100, dual=64,
    emp_no=(100000, 199999), ansvar="{s}{v:03d}{a:02d}", post="2000 Lillestrøm",
    leader_word="Virksomhetsleder",
    root=Node("Rådmannen", "root", 3, sector=1, children=(
        Node("Rådmannens stab", "stab", 12),
        Node("Økonomiavdelingen", "okonomi", 26),
        Node("Personalavdelingen", "personal", 20),
        Node("IKT-avdelingen", "ikt", 18),
        Node("Servicetorget og dokumentsenteret", "service", 16, target="Organisasjon og utvikling"),
        Node("Oppvekst", "omrade", 3, sector=2, children=(
            *_schools("Asak skole=44; Berger skole=38; Bråtejordet skole=50; Hvam skole=40;"
                      " Kjellervolla skole=46; Sten-Tærud skole=52; Tæruddalen skole=36;"
                      " Vesterskaun skole=42; Volla skole=48; Skjetten skole=40; Stalsberg skole=34;"
                      " Kjeller skole=30; Stav ungdomsskole=48; Vigernes ungdomsskole=44;"
                      " Skjetten ungdomsskole=52; Leirsund ungdomsskole=40"),
            *_bhg("Asak barnehage; Bråtejordet barnehage=22; Hammeren barnehage; Kjeller barnehage=14;"
                  " Leiraveien barnehage=24; Sagdalen barnehage", "Barnehageområde Skedsmo nord"),
            *_bhg("Skjetten barnehage=24; Stalsberg barnehage; Tærud barnehage=20;"
                  " Vesterskaun barnehage; Ulvinsletta barnehage=16; Volla barnehage=22",
                  "Barnehageområde Skedsmo sør"),
            Node("Helsestasjon og PP-tjeneste", "helsestasjon", 46),
            Node("Barneverntjenesten", "barnevern", 44),
        )),
        Node("Helse og sosial", "omrade", 3, sector=3, children=(
            Node("Tildelingskontoret", "tildeling", 18),
            Node("Skedsmotunet", "sykehjem", 150),
            Node("Tærudhjemmet", "sykehjem", 110),
            Node("Løvenstad sykehjem", "sykehjem", 95),
            Node("Kirkeng sykehjem", "sykehjem", 80),
            Node("Hjemmetjenesten nord", "hjemme", 118),
            Node("Hjemmetjenesten sør", "hjemme", 110),
            Node("Bo og aktivitet", "bolig", 150),
            Node("Psykisk helse og rus", "psyk", 52),
            Node("NAV Skedsmo", "nav", 48),
            Node("Legevakten", "legevakt", 34),
        )),
        Node("Teknisk", "omrade", 2, sector=4, children=(
            Node("Plan og bygg", "plan", 30),
            Node("Kommunalteknikk", "kommunalteknikk", 68),
            Node("Skedsmo eiendom", "eiendom", 110),
        )),
        Node("Kultur", "omrade", 1, sector=5, children=(
            Node("Skedsmo bibliotek og kulturskole", "kultur", 50),
            Node("Fritid og ungdom", "kultur", 26),
        )),
    )),
)

SORUM = KommuneSpec(
    id="sorum", name="Sørum kommune", number="0226", persons=1200, dual=26,
    emp_no=(1000, 9999), ansvar="{s}{v:02d}{a:02d}", post="1920 Sørumsand",
    leader_word="Enhetsleder",
    root=Node("Rådmannen", "root", 2, sector=1, children=(
        Node("Rådmannens stab", "stab", 8),
        Node("Økonomi og innkjøp", "okonomi", 12),
        Node("HR og IKT", "personal", 12),
        Node("Servicesenteret", "service", 9, target="Organisasjon og utvikling"),
        Node("Oppvekst og kultur", "omrade", 2, sector=2, children=(
            *_schools("Sørumsand skole=46; Frogner skole=44; Lunden skole=30; Mork skole=26;"
                      " Sørum skole=28; Bingsfoss ungdomsskole=46; Melvold ungdomsskole=40"),
            *_bhg("Sørumsand barnehage=22; Frogner barnehage=20; Lundhaug barnehage=18;"
                  " Rånåsfoss barnehage=14", "Barnehageområde Sørum"),
            Node("Familiens hus", "helsestasjon", 18),
            Node("Barneverntjenesten", "barnevern", 16),
            Node("Kulturtjenesten", "kultur", 18),
        )),
        Node("Helse og omsorg", "omrade", 2, sector=3, children=(
            Node("Tildelingsenheten", "tildeling", 7),
            Node("Sørumheimen", "sykehjem", 105),
            Node("Hjemmetjenesten", "hjemme", 82, target="Hjemmetjenesten øst"),
            Node("Bo og aktivitet", "bolig", 60),
            Node("NAV Sørum", "nav", 16),
            Node("Psykisk helse og rus", "psyk", 14),
        )),
        Node("Samfunnsutvikling", "omrade", 1, sector=4, children=(
            Node("Plan og miljø", "plan", 12),
            Node("Kommunalteknikk", "kommunalteknikk", 26),
            Node("Eiendomsforvaltning", "eiendom", 44),
        )),
    )),
)

# fmt: on

KOMMUNER = (FET, SKEDSMO, SORUM)
