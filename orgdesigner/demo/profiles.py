"""Staffing profiles of the demo kommune: who works in a school, a sykehjem, a stab, …

A :class:`Profile` says which leader a unit of that kind has, which positions
(KS stillingskode, title, annual salary at 100 %, stillingsprosent mix) its staff
hold, its KOSTRA functions and how it divides into avdelinger. Leader and
teaching codes follow KS Hovedtariffavtale vedlegg 1 (9430, 9440, 9451, 9454,
9951, 9954, 7961–7966); the other codes are KS-style and only plausible.
Salaries are 2024-level NOK per year for a full-time position.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Role

#: stillingsprosent mixes: (percent, weight)
FTE = {
    "full": ((100, 86), (80, 7), (60, 4), (50, 3)),
    "skole": ((100, 68), (80, 12), (60, 7), (50, 6), (40, 4), (20, 3)),
    "pleie": ((100, 24), (80, 18), (75, 12), (60, 12), (50, 14), (40, 9), (30, 6), (20, 5)),
    "assist": ((100, 18), (80, 14), (60, 18), (50, 24), (40, 12), (20, 14)),
    "deltid": ((100, 40), (80, 16), (60, 14), (50, 16), (20, 14)),
}


@dataclass(frozen=True)
class Job:
    code: str
    title: str
    weight: float
    salary: tuple[int, int]
    fte: str = "full"


@dataclass(frozen=True)
class Profile:
    leader: Job
    jobs: tuple[Job, ...]
    avd_leader: Job | None = None
    avdelinger: tuple[str, ...] = ()  # names, taken in order as the unit grows
    staff_per_avd: int = 0  # one avdeling per this many staff (0: all listed ones)
    avd_jobs: dict[str, tuple[Job, ...]] = field(default_factory=dict)
    kostra: tuple[str, ...] = ("120",)
    avd_kostra: dict[str, tuple[str, ...]] = field(default_factory=dict)
    role: str = Role.NONE
    target_group: str = ""


def _j(code: str, title: str, weight: float, lo: int, hi: int, fte: str = "full") -> Job:
    return Job(code, title, weight, (lo, hi), fte)


ADM = (
    _j("7004", "Rådgiver", 5, 640_000, 740_000),
    _j("7005", "Seniorrådgiver", 2, 740_000, 830_000),
    _j("6545", "Konsulent", 3, 500_000, 560_000),
    _j("6546", "Førstekonsulent", 3, 550_000, 610_000),
)
LEDER_AVD = _j("9454", "Avdelingsleder", 0, 700_000, 800_000)
LEDER_VIRK = _j("9451", "Virksomhetsleder", 0, 880_000, 1_000_000)
LEDER_RADMANN = _j("9430", "Rådmann", 0, 1_450_000, 1_650_000)
LEDER_OMRADE = _j("9440", "Kommunalsjef", 0, 1_100_000, 1_250_000)

TEACHERS = (
    _j("7961", "Lærer", 5, 540_000, 590_000, "skole"),
    _j("7962", "Adjunkt", 7, 570_000, 620_000, "skole"),
    _j("7963", "Adjunkt med tilleggsutdanning", 6, 610_000, 660_000, "skole"),
    _j("7965", "Lektor", 3, 650_000, 700_000, "skole"),
    _j("7966", "Lektor med tilleggsutdanning", 1, 690_000, 740_000, "skole"),
    _j("7040", "Fagarbeider skole", 1.5, 480_000, 520_000, "assist"),
    _j("7007", "Assistent", 2, 430_000, 465_000, "assist"),
    _j("6546", "Førstekonsulent", 0.4, 550_000, 600_000),
)
SFO = (
    _j("7040", "Barne- og ungdomsarbeider", 4, 480_000, 520_000, "assist"),
    _j("7007", "Assistent SFO", 6, 430_000, 465_000, "assist"),
    _j("7947", "Barnehagelærer", 1, 530_000, 575_000, "deltid"),
)
CARE = (
    _j("7174", "Sykepleier", 6, 580_000, 650_000, "pleie"),
    _j("7537", "Spesialsykepleier", 1, 650_000, 700_000, "pleie"),
    _j("7526", "Helsefagarbeider", 9, 490_000, 540_000, "pleie"),
    _j("7040", "Pleiemedarbeider", 4, 430_000, 470_000, "pleie"),
    _j("6671", "Aktivitør", 0.5, 470_000, 510_000, "deltid"),
)

P: dict[str, Profile] = {
    "root": Profile(LEDER_RADMANN, (_j("6546", "Førstekonsulent", 1, 560_000, 600_000),)),
    "omrade": Profile(LEDER_OMRADE, ADM[:2]),
    "stab": Profile(
        _j("9454", "Stabssjef", 0, 820_000, 900_000),
        ADM
        + (
            _j("7004", "Kommuneadvokat", 0.5, 800_000, 880_000),
            _j("7004", "Kommunikasjonsrådgiver", 1, 640_000, 720_000),
        ),
    ),
    "okonomi": Profile(
        _j("9451", "Økonomisjef", 0, 900_000, 1_000_000),
        (
            _j("7004", "Controller", 3, 650_000, 760_000),
            _j("6546", "Regnskapsmedarbeider", 4, 520_000, 600_000),
            _j("7004", "Innkjøpsrådgiver", 1.5, 620_000, 700_000),
            _j("6545", "Lønnskonsulent", 2, 510_000, 570_000),
        ),
        LEDER_AVD,
        ("Regnskap", "Budsjett og analyse", "Lønn"),
        9,
    ),
    "personal": Profile(
        _j("9451", "Personalsjef", 0, 880_000, 980_000),
        (
            _j("7004", "HR-rådgiver", 5, 640_000, 740_000),
            _j("6546", "Personalkonsulent", 2, 540_000, 600_000),
            _j("7004", "Rådgiver HMS", 1, 640_000, 700_000),
        ),
        LEDER_AVD,
        ("Personal", "Organisasjonsutvikling"),
        10,
    ),
    "ikt": Profile(
        _j("9451", "IKT-sjef", 0, 880_000, 980_000),
        (
            _j("7004", "IKT-rådgiver", 4, 620_000, 720_000),
            _j("6546", "IKT-konsulent", 4, 540_000, 620_000),
            _j("7005", "Systemarkitekt", 1, 720_000, 820_000),
        ),
        LEDER_AVD,
        ("Drift og brukerstøtte", "Systemforvaltning"),
        10,
    ),
    "service": Profile(
        _j("9451", "Leder servicetorget", 0, 760_000, 840_000),
        (
            _j("6545", "Konsulent", 5, 490_000, 550_000, "deltid"),
            _j("6546", "Arkivar", 2, 530_000, 590_000),
            _j("6546", "IKT-konsulent", 1, 540_000, 610_000),
        ),
        LEDER_AVD,
        ("Servicetorget", "Dokumentsenteret"),
        10,
    ),
    "barneskole": Profile(
        _j("9951", "Rektor", 0, 900_000, 1_020_000),
        TEACHERS,
        _j("9954", "Avdelingsleder", 0, 720_000, 790_000),
        ("1.–4. trinn", "5.–7. trinn", "SFO"),
        0,
        {"SFO": SFO},
        ("202", "222"),
        {"SFO": ("215",)},
        Role.TJENESTEYTING,
        "barn 6–12 år",
    ),
    "ungdomsskole": Profile(
        _j("9951", "Rektor", 0, 920_000, 1_030_000),
        TEACHERS,
        _j("9954", "Undervisningsinspektør", 0, 730_000, 800_000),
        ("8. trinn", "9. trinn", "10. trinn"),
        0,
        {},
        ("202", "222"),
        {},
        Role.TJENESTEYTING,
        "ungdom 13–16 år",
    ),
    "barnehage": Profile(
        _j("9451", "Styrer", 0, 760_000, 840_000),
        (
            _j("7948", "Pedagogisk leder", 4, 560_000, 605_000),
            _j("7947", "Barnehagelærer", 2, 530_000, 575_000),
            _j("7040", "Barne- og ungdomsarbeider", 3, 480_000, 515_000, "assist"),
            _j("7007", "Assistent", 4, 430_000, 465_000, "assist"),
        ),
        kostra=("201", "211"),
        role=Role.TJENESTEYTING,
        target_group="barn 1–5 år",
    ),
    "helsestasjon": Profile(
        LEDER_VIRK,
        (
            _j("7537", "Helsesykepleier", 6, 640_000, 700_000),
            _j("7004", "Jordmor", 1, 650_000, 710_000, "deltid"),
            _j("7004", "Psykolog", 1, 700_000, 800_000),
            _j("7004", "Fysioterapeut", 1, 600_000, 660_000),
            _j("7004", "PP-rådgiver", 2, 620_000, 700_000),
            _j("6545", "Konsulent", 1, 490_000, 540_000, "deltid"),
        ),
        LEDER_AVD,
        ("Helsestasjon og skolehelsetjeneste", "PP-tjenesten"),
        14,
        kostra=("232", "202"),
        role=Role.TJENESTEYTING,
        target_group="barn, unge og familier",
    ),
    "barnevern": Profile(
        _j("9451", "Barnevernleder", 0, 880_000, 960_000),
        (
            _j("7004", "Barnevernspedagog", 5, 590_000, 650_000),
            _j("7004", "Sosionom", 3, 580_000, 640_000),
            _j("7005", "Fagkoordinator", 1, 650_000, 710_000),
        ),
        LEDER_AVD,
        ("Mottak og undersøkelse", "Tiltak og oppfølging"),
        12,
        kostra=("244", "251", "252"),
        role=Role.FORVALTNING,
        target_group="barn og unge",
    ),
    "tildeling": Profile(
        _j("9451", "Leder tildelingskontoret", 0, 820_000, 900_000),
        (
            _j("7004", "Saksbehandler", 5, 580_000, 640_000),
            _j("7174", "Sykepleier", 1, 590_000, 640_000),
        ),
        kostra=("257",),
        role=Role.FORVALTNING,
        target_group="voksne med behov for helse- og omsorgstjenester",
    ),
    "sykehjem": Profile(
        LEDER_VIRK,
        CARE,
        LEDER_AVD,
        (
            "Korttidsavdeling",
            "Langtidsavdeling 1",
            "Skjermet enhet",
            "Langtidsavdeling 2",
            "Langtidsavdeling 3",
            "Rehabilitering",
            "Langtidsavdeling 4",
        ),
        28,
        {},
        ("253", "261"),
        {},
        Role.TJENESTEYTING,
        "eldre",
    ),
    "hjemme": Profile(
        LEDER_VIRK,
        CARE[:4]
        + (
            _j("6671", "Ergoterapeut", 0.6, 590_000, 640_000),
            _j("7007", "Hjemmehjelp", 1.5, 430_000, 465_000, "pleie"),
        ),
        LEDER_AVD,
        ("Sone nord", "Sone sør", "Nattpatruljen", "Sone øst", "Praktisk bistand"),
        26,
        kostra=("257", "258"),
        role=Role.TJENESTEYTING,
        target_group="hjemmeboende",
    ),
    "bolig": Profile(
        LEDER_VIRK,
        (
            _j("7071", "Vernepleier", 5, 580_000, 640_000, "pleie"),
            _j("7526", "Helsefagarbeider", 4, 490_000, 540_000, "pleie"),
            _j("7040", "Miljøarbeider", 5, 440_000, 490_000, "pleie"),
        ),
        LEDER_AVD,
        ("Bofellesskap Solsikken", "Bofellesskap Eika", "Avlastning", "Dagsenteret", "Bofellesskap Lønna"),
        22,
        kostra=("234", "254"),
        role=Role.TJENESTEYTING,
        target_group="personer med utviklingshemming",
    ),
    "psyk": Profile(
        LEDER_VIRK,
        (
            _j("7537", "Psykiatrisk sykepleier", 4, 640_000, 700_000),
            _j("7004", "Ruskonsulent", 2, 590_000, 650_000),
            _j("7040", "Miljøarbeider", 3, 440_000, 490_000, "pleie"),
        ),
        kostra=("241", "243"),
        role=Role.TJENESTEYTING,
        target_group="voksne med psykiske helse- og rusutfordringer",
    ),
    "nav": Profile(
        _j("9451", "NAV-leder", 0, 860_000, 950_000),
        (
            _j("7004", "Veileder", 6, 560_000, 620_000),
            _j("7004", "Sosionom", 3, 580_000, 640_000),
            _j("6545", "Konsulent", 1, 490_000, 540_000),
        ),
        LEDER_AVD,
        ("Mottak og oppfølging", "Sosiale tjenester"),
        14,
        kostra=("242", "281", "276"),
        role=Role.TJENESTEYTING,
        target_group="arbeidssøkere og stønadsmottakere",
    ),
    "legevakt": Profile(
        LEDER_VIRK,
        (
            _j("7174", "Sykepleier", 6, 600_000, 660_000, "pleie"),
            _j("7004", "Lege", 2, 950_000, 1_150_000, "deltid"),
            _j("6545", "Sekretær", 1, 480_000, 530_000),
        ),
        kostra=("241", "256"),
        role=Role.TJENESTEYTING,
    ),
    "plan": Profile(
        LEDER_VIRK,
        (
            _j("7004", "Arealplanlegger", 3, 650_000, 730_000),
            _j("7004", "Byggesaksbehandler", 4, 590_000, 660_000),
            _j("7004", "Oppmålingsingeniør", 2, 600_000, 670_000),
            _j("6545", "Konsulent", 1, 490_000, 540_000),
        ),
        LEDER_AVD,
        ("Plan", "Byggesak", "Geodata"),
        10,
        kostra=("301", "302", "303"),
        role=Role.FORVALTNING,
    ),
    "kommunalteknikk": Profile(
        LEDER_VIRK,
        (
            _j("7004", "Ingeniør", 3, 620_000, 700_000),
            _j("7040", "Fagarbeider", 6, 490_000, 540_000),
            _j("7004", "Driftsoperatør", 2, 510_000, 560_000),
        ),
        LEDER_AVD,
        ("Vann og avløp", "Vei og park", "Renovasjon"),
        14,
        kostra=("332", "345", "353"),
        role=Role.TJENESTEYTING,
    ),
    "eiendom": Profile(
        LEDER_VIRK,
        (
            _j("7004", "Prosjektleder", 2, 680_000, 780_000),
            _j("7040", "Byggdrifter", 4, 480_000, 530_000),
            _j("6014", "Renholder", 9, 440_000, 470_000, "deltid"),
        ),
        LEDER_AVD,
        ("Drift og vedlikehold", "Renhold", "Utbygging"),
        16,
        kostra=("121", "221", "261"),
    ),
    "kultur": Profile(
        LEDER_VIRK,
        (
            _j("7004", "Bibliotekar", 3, 560_000, 620_000),
            _j("7961", "Kulturskolelærer", 4, 550_000, 620_000, "deltid"),
            _j("7040", "Ungdomsarbeider", 2, 470_000, 520_000, "deltid"),
            _j("7004", "Kulturkonsulent", 1, 560_000, 620_000),
        ),
        LEDER_AVD,
        ("Biblioteket", "Kulturskolen", "Fritid og ungdom"),
        9,
        kostra=("370", "383", "231"),
        role=Role.TJENESTEYTING,
    ),
}
