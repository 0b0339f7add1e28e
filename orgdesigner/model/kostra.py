"""Names of the KOSTRA functions (SSB's kommunale funksjoner), so a code shows what it is.

Only the function codes a kommune's staff are booked on; an unknown code shows as
itself. Source: SSB, «KOSTRA – funksjoner for kommuner» (public reference list).
"""

from __future__ import annotations

NAMES: dict[str, str] = {
    "100": "Politisk styring",
    "110": "Kontroll og revisjon",
    "120": "Administrasjon",
    "121": "Forvaltningsutgifter i eiendomsforvaltningen",
    "130": "Administrasjonslokaler",
    "180": "Diverse fellesutgifter",
    "190": "Interne serviceenheter",
    "201": "Barnehage",
    "202": "Grunnskole",
    "211": "Styrket tilbud til førskolebarn",
    "213": "Voksenopplæring",
    "215": "Skolefritidstilbud",
    "221": "Barnehagelokaler og skyss",
    "222": "Skolelokaler",
    "223": "Skoleskyss",
    "231": "Aktivitetstilbud barn og unge",
    "232": "Helsestasjons- og skolehelsetjeneste",
    "233": "Annet forebyggende helsearbeid",
    "234": "Aktiviseringstjenester eldre og personer med funksjonsnedsettelser",
    "241": "Diagnose, behandling, re-/habilitering",
    "242": "Råd, veiledning og sosialt forebyggende arbeid",
    "243": "Tilbud til personer med rusproblemer",
    "244": "Barneverntjeneste",
    "251": "Barneverntiltak når barnet ikke er plassert av barnevernet",
    "252": "Barneverntiltak når barnet er plassert av barnevernet",
    "253": "Helse- og omsorgstjenester i institusjon",
    "254": "Helse- og omsorgstjenester til hjemmeboende",
    "256": "Akutthjelp helse- og omsorgstjenester",
    "261": "Institusjonslokaler",
    "265": "Kommunalt disponerte boliger",
    "273": "Arbeidsrettede tiltak i kommunal regi",
    "275": "Introduksjonsordningen",
    "276": "Kvalifiseringsordningen",
    "281": "Ytelse til livsopphold",
    "283": "Bistand til etablering og opprettholdelse av egen bolig",
    "285": "Tjenester utenfor ordinært kommunalt ansvarsområde",
    "290": "Interkommunale samarbeid",
    "301": "Plansaksbehandling",
    "302": "Byggesaksbehandling og eierseksjonering",
    "303": "Kart og oppmåling",
    "315": "Boligbygging og fysiske bomiljøtiltak",
    "320": "Kommunal næringsvirksomhet",
    "325": "Tilrettelegging og bistand for næringslivet",
    "329": "Landbruksforvaltning og landbruksbasert næringsutvikling",
    "330": "Samferdselsbedrifter/transporttiltak",
    "332": "Kommunale veier",
    "335": "Rekreasjon i tettsted",
    "338": "Forebygging av branner og andre ulykker",
    "339": "Beredskap mot branner og andre ulykker",
    "340": "Produksjon av vann",
    "345": "Distribusjon av vann",
    "350": "Avløpsrensing",
    "353": "Avløpsnett/innsamling av avløpsvann",
    "354": "Tømming av slamavskillere, septiktanker o.l.",
    "355": "Innsamling av husholdningsavfall",
    "357": "Gjenvinning og sluttbehandling av husholdningsavfall",
    "360": "Naturforvaltning og friluftsliv",
    "365": "Kulturminneforvaltning",
    "370": "Bibliotek",
    "373": "Kino",
    "375": "Museer",
    "377": "Kunstformidling",
    "380": "Idrett og tilskudd til andres idrettsanlegg",
    "381": "Kommunale idrettsbygg og idrettsanlegg",
    "383": "Musikk- og kulturskoler",
    "385": "Andre kulturaktiviteter og tilskudd til andres kulturbygg",
    "386": "Kommunale kulturbygg",
    "390": "Den norske kirke",
    "392": "Andre religiøse formål",
    "393": "Gravplasser og krematorier",
}


def label(code: str) -> str:
    """«202 Grunnskole»; an unknown code as itself."""
    code = code.strip()
    name = NAMES.get(code)
    return f"{code} {name}" if name else code
