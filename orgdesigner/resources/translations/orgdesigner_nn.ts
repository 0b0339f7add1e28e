<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn" sourcelanguage="nb_NO">
<context>
    <name></name>
    <message>
        <location filename="../../ui/analysis_install.py" line="+37"/>
        <source>Funn</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Sammenlign alternativer…</source>
        <translation>&amp;Samanlikna alternativ…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sammenlignings&amp;rapport…</source>
        <translation>Samanliknings&amp;rapport…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>panelet «%1» kunne ikke lages: %2</source>
        <translation>panelet «%1» kunne ikkje lagast: %2</translation>
    </message>
    <message>
        <location filename="../../ui/chart_print.py" line="+26"/>
        <source>Organisasjonskart</source>
        <translation>Organisasjonskart</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kunne ikke starte utskriften</source>
        <translation>Kunne ikkje starta utskrifta</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Skriv ut organisasjonskart</source>
        <translation>Skriva ut organisasjonskart</translation>
    </message>
    <message>
        <location filename="../../ui/dnd.py" line="+74"/>
        <source>Ingen alternativ er åpent</source>
        <translation>Ingen alternativ er ope</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enhetene finnes ikke i dette alternativet</source>
        <translation>Einingane finst ikkje i dette alternativet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stillingene finnes ikke</source>
        <translation>Stillingane finst ikkje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipp stillinger på en enhet</source>
        <translation>Slepp stillingar på ei eining</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stillingene er allerede plassert her</source>
        <translation>Stillingane er alt plasserte her</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ukjent innhold</source>
        <translation>Ukjent innhald</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="+45"/>
        <source>«%1» er ikke en KOSTRA-funksjon (tre sifre)</source>
        <translation>«%1» er ikkje ein KOSTRA-funksjon (tre siffer)</translation>
    </message>
    <message>
        <location filename="../../ui/import_install.py" line="+55"/>
        <source>&amp;Importer ansattliste…</source>
        <translation>&amp;Importera tilsettliste…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer &amp;organisasjonsstruktur…</source>
        <translation>Importera &amp;organisasjonsstruktur…</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Velg organisasjonsstruktur</source>
        <translation>Vel organisasjonsstruktur</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Importer %1…</source>
        <translation>Importera %1…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Les en ansattliste fra lønns-/HR-systemet som en ny kildekommune, eller oppdater en</source>
        <translation>Les ei tilsettliste frå løns-/HR-systemet som ein ny kjeldekommune, eller oppdater ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer %1 (%2)</source>
        <translation>Importera %1 (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ukjente enhetstyper</source>
        <translation>Ukjende einingstypar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%1» bruker ord for enhetstype som programmet ikke kjenner. Velg hva hvert ord betyr:</source>
        <translation>«%1» brukar ord for einingstype som programmet ikkje kjenner. Vel kva kvart ord tyder:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(velg)</source>
        <translation>(vel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«%1» (rad %2):</source>
        <translation>«%1» (rad %2):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Husk ordene i dette prosjektet</source>
        <translation>Hugs orda i dette prosjektet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ingen importør for organisasjonsstruktur er slått på (se Hjelp → Programtillegg).</source>
        <translation>Ingen importør for organisasjonsstruktur er slått på (sjå Hjelp → Programtillegg).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regneark (%1);;Alle filer (*)</source>
        <translation>Rekneark (%1);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nytt alternativ</source>
        <translation>Nytt alternativ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Navn på alternativet:</source>
        <translation>Namn på alternativet:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importerte %1 enheter til «%2» (%3 meldinger – se Fil → Importlogg)</source>
        <translation>Importerte %1 einingar til «%2» (%3 meldingar – sjå Fil → Importlogg)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="+98"/>
        <source>Importert fra «%1»: %n meldinger (se Fil → Importlogg)</source>
        <translation>
            <numerusform>Importert frå «%1»: %n melding (sjå Fil → Importlogg)</numerusform>
            <numerusform>Importert frå «%1»: %n meldingar (sjå Fil → Importlogg)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>veiviseren kunne ikke åpnes: %1</source>
        <translation>vegvisaren kunne ikkje opnast: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Veiviseren for «%1» kunne ikke åpnes: %2</source>
        <translation>Vegvisaren for «%1» kunne ikkje opnast: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Importer %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Velg fil</source>
        <translation>Vel fil</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bla gjennom…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fil:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Oppsummering</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolonne</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alvor</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importer</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fila kunne ikke leses: %1</source>
        <translation>Fila kunne ikkje lesast: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importen ble avvist.</source>
        <translation>Importen vart avvist.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="+26"/>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne n&amp;ylige</source>
        <translation>Opna n&amp;yleg brukte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Redigering</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Vis</source>
        <translation>&amp;Visning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vis &amp;nivåer</source>
        <translation>Visa &amp;nivå</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;%n nivåer</source>
        <translation>
            <numerusform>&amp;%n nivå</numerusform>
            <numerusform>&amp;%n nivå</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Farge etter</source>
        <translation>&amp;Farge etter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Enhetstype</source>
        <translation>&amp;Einingstype</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Opphavskommune</source>
        <translation>&amp;Opphavskommune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paneler</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Alternativ</source>
        <translation>&amp;Alternativ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vis alternativ</source>
        <translation>&amp;Visa alternativ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verktøylinje</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+13"/>
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/placement_install.py" line="+43"/>
        <source>Innplassering</source>
        <translation>Innplassering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lokalisering</source>
        <translation>Lokalisering</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Ansatte følger oppgavene…</source>
        <translation>&amp;Tilsette følgjer oppgåvene…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lokasjoner…</source>
        <translation>&amp;Lokasjonar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eksporter liste…</source>
        <translation>&amp;Eksportera liste…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Innplassering</source>
        <translation>&amp;Innplassering</translation>
    </message>
    <message>
        <location filename="../../ui/placement_model.py" line="+171"/>
        <source>Vakant</source>
        <extracomment>what :meth:`PlacementTableModel.update` reports set by the panel: commit(row position id, {field: value}) -&gt; bool (runs the op)</extracomment>
        <translation>Vakant</translation>
    </message>
    <message>
        <location line="+261"/>
        <location line="+4"/>
        <source>Stillingen inngår i en konflikt</source>
        <translation>Stillinga inngår i ein konflikt</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Konflikt: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="+50"/>
        <source>et prosjekt som ikke var lagret</source>
        <translation>eit prosjekt som ikkje var lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uten navn</source>
        <translation>utan namn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gjenopprett arbeid</source>
        <translation>Gjenoppretta arbeid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OrgDesigner ble ikke avsluttet normalt. Det finnes en autolagret kopi av «%1» (%2) fra %3.</source>
        <translation>OrgDesigner vart ikkje avslutta normalt. Det finst ein autolagra kopi av «%1» (%2) frå %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vil du gjenopprette den?</source>
        <translation>Vil du gjenoppretta han?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gjenopprett</source>
        <translation>&amp;Gjenoppretta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forkast</source>
        <translation>&amp;Forkasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ikke nå</source>
        <translation>&amp;Ikkje no</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.py" line="+89"/>
        <source>Fant ikke alternativet «%1»</source>
        <translation>Fann ikkje alternativet «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fant ikke enheten «%1» i «%2»</source>
        <translation>Fann ikkje eininga «%1» i «%2»</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: ukjent format «%2» (bruk pdf, png eller svg)</source>
        <translation>%1: ukjent format «%2» (bruk pdf, png eller svg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: ugyldig papir/retning/modus (%2)</source>
        <translation>%1: ugyldig papir/retning/modus (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: mappen finnes ikke</source>
        <translation>%1: mappa finst ikkje</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: kunne ikke skrive filen (%2)</source>
        <translation>%1: kunne ikkje skriva fila (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: kunne ikke lage PDF</source>
        <translation>%1: kunne ikkje laga PDF</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Side %1/%2 · rad %3/%4, kol. %5/%6</source>
        <translation>Side %1/%2 · rad %3/%4, kol. %5/%6</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1: kunne ikke skrive PNG</source>
        <translation>%1: kunne ikkje skriva PNG</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: kunne ikke lage SVG</source>
        <translation>%1: kunne ikkje laga SVG</translation>
    </message>
    <message>
        <location filename="../../ui/compare_dialog.py" line="+222"/>
        <source>Rapporten er ikke tilgjengelig – programtillegget for rapporter er slått av</source>
        <translation>Rapporten er ikkje tilgjengeleg – programtillegget for rapportar er slått av</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg minst ett alternativ</source>
        <translation>Vel minst eitt alternativ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lagre sammenligningsrapport</source>
        <translation>Lagra samanlikningsrapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf);;Excel (*.xlsx);;PowerPoint (*.pptx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx);;PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Skrev sammenligningsrapporten til %1</source>
        <translation>Skreiv samanlikningsrapporten til %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="+45"/>
        <source>Logg: %1</source>
        <translation>Logg: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Uventet feil</source>
        <translation>Uventa feil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Det oppstod en uventet feil. Programmet fortsetter, men lagre gjerne arbeidet ditt under et nytt navn. Feilen er skrevet i loggfilen:</source>
        <translation>Det oppstod ein uventa feil. Programmet held fram, men lagra gjerne arbeidet ditt under eit nytt namn. Feilen er skriven i loggfila:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detaljer om feilen</source>
        <translation>Detaljar om feilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kopier detaljer</source>
        <translation>&amp;Kopiera detaljar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kopiert</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../ui/server_install.py" line="+34"/>
        <source>Åpne fra se&amp;rver…</source>
        <translation>Opna frå &amp;tenar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åpne et prosjekt som teamet arbeider på, på kommunens server</source>
        <translation>Opna eit prosjekt som teamet arbeider på, på tenaren til kommunen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legg prosjektet på ser&amp;ver…</source>
        <translation>Leggja prosjektet på te&amp;nar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legg det åpne prosjektet på kommunens server og arbeid videre der</source>
        <translation>Leggja det opne prosjektet på tenaren til kommunen og arbeida vidare der</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Åpne fra server</source>
        <translation>Opna frå tenar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Endring avvist</source>
        <translation>Endring avvist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server: %1 · til stede: %2</source>
        <translation>Tenar: %1 · til stades: %2</translation>
    </message>
    <message>
        <location filename="../../ui/server_link.py" line="+107"/>
        <source>Endringen kan ikke sendes til serveren: %1</source>
        <extracomment>status text for the window (&quot;&quot; when all is well) list[str] logins that have the project open list[Refusal] of one sync</extracomment>
        <translation>Endringa kan ikkje sendast til tenaren: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Du har ikke skrivetilgang – endringene dine ble ikke lagret på serveren</source>
        <translation>Du har ikkje skrivetilgang – endringane dine vart ikkje lagra på tenaren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Forbindelsen med serveren er tilbake</source>
        <translation>Sambandet med tenaren er tilbake</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Ingen forbindelse med serveren – %n endringer venter og sendes når den er tilbake</source>
        <translation>
            <numerusform>Ikkje samband med tenaren – %n endring ventar og blir send når sambandet er tilbake</numerusform>
            <numerusform>Ikkje samband med tenaren – %n endringar ventar og blir sende når sambandet er tilbake</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/validation_service.py" line="+37"/>
        <source>feil</source>
        <translation>feil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>advarsel</source>
        <translation>åtvaring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>validatoren «%1» feilet: %2</source>
        <extracomment>after each finished update: {rule id: keys whose findings changed} (None: everything), units changed</extracomment>
        <translation>kontrollen «%1» feila: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validatoren «%1» feilet og er slått av</source>
        <translation>Kontrollen «%1» feila og er slått av</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Funn fra kontrollene (%1):</source>
        <translation>Funn frå kontrollane (%1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… og %1 til (se Funn)</source>
        <translation>… og %1 til (sjå Funn)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/placement_form.py" line="+40"/>
        <source>Innplassering av %n stillinger</source>
        <translation>
            <numerusform>Innplassering av %n stilling</numerusform>
            <numerusform>Innplassering av %n stillingar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chart_accessible.py" line="+144"/>
        <source>leder %1</source>
        <translation>leiar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/chart_outline.py" line="+87"/>
        <source>ingen leder</source>
        <translation>ingen leiar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../ui/chart_outline.py" line="+3"/>
        <location line="+4"/>
        <source>%n ansatte</source>
        <translation>
            <numerusform>%n tilsett</numerusform>
            <numerusform>%n tilsette</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 årsverk</source>
        <translation>%1 årsverk</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n funn</source>
        <translation>
            <numerusform>%n funn</numerusform>
            <numerusform>%n funn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nivå %1, %2 av %3</source>
        <translation>Nivå %1, %2 av %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Årsverk fra de gamle kommunene: %1</source>
        <translation>Årsverk frå dei gamle kommunane: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stiplet linje (%1) til «%2»</source>
        <translation>Stipla linje (%1) til «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stiplet linje (%1) fra «%2»</source>
        <translation>Stipla linje (%1) frå «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/chart_outline.py" line="-5"/>
        <source>leder: %1</source>
        <translation>leiar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>%1, %2 årsverk</source>
        <translation>%1, %2 årsverk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (med underenheter: %2)</source>
        <translation>%1 (med undereiningar: %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n underenheter ikke vist</source>
        <translation>
            <numerusform>%n undereining ikkje vist</numerusform>
            <numerusform>%n undereiningar ikkje viste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisasjonen som liste</source>
        <translation>Organisasjonen som liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tekstversjon av kartet: hver enhet med leder, ansatte og årsverk, underenheter innrykket under sin overordnede.</source>
        <translation>Tekstversjon av kartet: kvar eining med leiar, tilsette og årsverk, undereiningar med innrykk under den overordna eininga.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Organisasjonskart for alternativet «%1»</source>
        <translation>Organisasjonskart for alternativet «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Innholdet står som tekst i «%1» på side %2–%3.</source>
        <translation>Innhaldet står som tekst i «%1» på side %2–%3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, del %2 av %3.</source>
        <translation>%1, del %2 av %3.</translation>
    </message>
    <message>
        <location filename="../../ui/chart_pdf.py" line="+122"/>
        <source>Tekstversjon, side %1/%2</source>
        <translation>Tekstversjon, side %1/%2</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+26"/>
        <source>Om OrgDesigner</source>
        <translation>Om OrgDesigner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;OrgDesigner %1&lt;/h3&gt;&lt;p&gt;Organisasjonsdesign for kommuner: tegn ny organisasjon, sammenlign alternativer og innplasser ansatte.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OrgDesigner %1&lt;/h3&gt;&lt;p&gt;Organisasjonsdesign for kommunar: teikna ny organisasjon, samanlikna alternativ og innplassera tilsette.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loggfil:</source>
        <translation>Loggfil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne &amp;loggmappen</source>
        <translation>Opna &amp;loggmappa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kopier</source>
        <translation>&amp;Kopiera</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+55"/>
        <source>&amp;Ny</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lag et nytt, tomt prosjekt</source>
        <translation>Laga eit nytt, tomt prosjekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Åpne …</source>
        <translation>&amp;Opna …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne et prosjekt (.orgd)</source>
        <translation>Opna eit prosjekt (.orgd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lagre prosjektet</source>
        <translation>Lagra prosjektet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lagre &amp;som …</source>
        <translation>Lagra &amp;som …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lagre prosjektet i en ny fil</source>
        <translation>Lagra prosjektet i ei ny fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eksporter &amp;kart …</source>
        <translation>Eksportera &amp;kart …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lagre kartet slik det vises som PDF, PNG eller SVG</source>
        <translation>Lagra kartet slik det blir vist, som PDF, PNG eller SVG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skriv &amp;ut …</source>
        <translation>Skriva &amp;ut …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv ut kartet, med forhåndsvisning</source>
        <translation>Skriva ut kartet, med førehandsvising</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lukk OrgDesigner</source>
        <translation>Lukka OrgDesigner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Angre</source>
        <translation>&amp;Angra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Angre</source>
        <translation>Angra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gjør om</source>
        <translation>&amp;Gjera om</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gjør om</source>
        <translation>Gjera om</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klipp ut valgte enheter eller stillinger for å flytte dem</source>
        <translation>Klippa ut valde einingar eller stillingar for å flytta dei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lim inn</source>
        <translation>&amp;Lima inn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt det som ble klippet ut inn under valgt enhet</source>
        <translation>Flytta det som vart klipt ut, inn under vald eining</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Flytt til …</source>
        <translation>&amp;Flytta til …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt valgte enheter eller stillinger til en enhet du velger</source>
        <translation>Flytta valde einingar eller stillingar til ei eining du vel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ny &amp;underenhet</source>
        <translation>Ny &amp;undereining</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legg til en enhet under valgt enhet</source>
        <translation>Leggja til ei eining under vald eining</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ny &amp;søskenenhet</source>
        <translation>Ny &amp;syskeneining</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legg til en enhet ved siden av valgt enhet</source>
        <translation>Leggja til ei eining ved sida av vald eining</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Slett valgte enheter; stillingene deres blir ikke plassert</source>
        <translation>Sletta valde einingar; stillingane deira blir ikkje plasserte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gi valgt enhet nytt navn</source>
        <translation>Gje vald eining nytt namn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ny s&amp;tiplet linje til …</source>
        <translation>Ny s&amp;tipla linje til …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legg til en stiplet linje (faglig relasjon) fra valgt enhet eller stilling</source>
        <translation>Leggja til ei stipla linje (fagleg relasjon) frå vald eining eller stilling</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Klipp ut</source>
        <translation>&amp;Klippa ut</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Flytt &amp;opp</source>
        <translation>Flytta &amp;opp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt valgt enhet ett steg opp (til venstre i kartet) blant søsknene</source>
        <translation>Flytta vald eining eitt steg opp (til venstre i kartet) blant sysknene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flytt &amp;ned</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt valgt enhet ett steg ned (til høyre i kartet) blant søsknene</source>
        <translation>Flytta vald eining eitt steg ned (til høgre i kartet) blant sysknene</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sl&amp;ett enhet</source>
        <translation>Sl&amp;etta eining</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gi nytt na&amp;vn</source>
        <translation>Gje nytt na&amp;mn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>S&amp;øk …</source>
        <translation>S&amp;økja …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Søk etter enhet, person, ansattnummer eller tittel</source>
        <translation>Søkja etter eining, person, tilsettnummer eller tittel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;inn</source>
        <translation>Zooma &amp;inn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forstørr kartet</source>
        <translation>Forstørra kartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;ut</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forminsk kartet</source>
        <translation>Forminska kartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tilpass til vinduet</source>
        <translation>&amp;Tilpassa til vindauget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis hele kartet</source>
        <translation>Visa heile kartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis kartet i naturlig størrelse</source>
        <translation>Visa kartet i naturleg storleik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Vis alle nivåer</source>
        <translation>&amp;Visa alle nivå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fold ut alle enheter</source>
        <translation>Falda ut alle einingar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skjul under toppnivået</source>
        <translation>&amp;Skjula under toppnivået</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fold sammen alle enheter</source>
        <translation>Falda saman alle einingar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Neste panel</source>
        <translation>&amp;Neste panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt tastaturfokus til neste panel</source>
        <translation>Flytta tastaturfokus til neste panel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forrige panel</source>
        <translation>&amp;Førre panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt tastaturfokus til forrige panel</source>
        <translation>Flytta tastaturfokus til førre panel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Nytt alternativ …</source>
        <translation>&amp;Nytt alternativ …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lag et nytt, tomt alternativ</source>
        <translation>Laga eit nytt, tomt alternativ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kopier alternativ …</source>
        <translation>&amp;Kopiera alternativ …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lag en kopi av dette alternativet</source>
        <translation>Laga ein kopi av dette alternativet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Gi alternativet nytt navn …</source>
        <translation>&amp;Gje alternativet nytt namn …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gi dette alternativet nytt navn</source>
        <translation>Gje dette alternativet nytt namn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;lett alternativ</source>
        <translation>S&amp;letta alternativ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pros&amp;jektinformasjon …</source>
        <translation>Pros&amp;jektinformasjon …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kil&amp;dekommuner …</source>
        <translation>Kjel&amp;dekommunar …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impor&amp;tlogg …</source>
        <translation>Impor&amp;tlogg …</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Slett dette alternativet</source>
        <translation>Sletta dette alternativet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Om OrgDesigner</source>
        <translation>&amp;Om OrgDesigner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hurtigtaster</source>
        <translation>&amp;Snøggtastar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis alle hurtigtaster</source>
        <translation>Visa alle snøggtastar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Programtillegg …</source>
        <translation>&amp;Programtillegg …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis og slå av eller på programtillegg</source>
        <translation>Visa programtillegg og slå dei av eller på</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prosjektets navn, kommune, dato og ansvarlig (brukes i tittel og eksport)</source>
        <translation>Namnet på prosjektet, kommune, dato og ansvarleg (blir brukt i tittel og eksport)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gi nytt navn, sett kommunenummer, oppdater eller fjern en kildekommune</source>
        <translation>Gje nytt namn, setja kommunenummer, oppdatera eller fjerna ein kjeldekommune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alle importer med feil, advarsler og merknader</source>
        <translation>Alle importar med feil, åtvaringar og merknader</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nytt alternativ fra &amp;dagens organisasjon …</source>
        <translation>Nytt alternativ frå &amp;dagens organisasjon …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopier dagens organisasjon i én eller flere kommuner, med alle stillinger plassert</source>
        <translation>Kopiera dagens organisasjon i éin eller fleire kommunar, med alle stillingar plasserte</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+194"/>
        <source>Programtillegg</source>
        <translation>Programtillegg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noen programtillegg virker ikke og er slått av:</source>
        <translation>Nokre programtillegg verkar ikkje og er slått av:</translation>
    </message>
</context>
<context>
    <name>AsIsBanner</name>
    <message>
        <location filename="../../ui/asis_banner.py" line="+24"/>
        <source>Dagens organisasjon</source>
        <translation>Dagens organisasjon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nytt alternativ fra denne …</source>
        <translation>Nytt alternativ frå denne …</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Dagens organisasjon – %1&lt;/b&gt;%2 · skrivebeskyttet: endringer gjøres i et alternativ</source>
        <translation>&lt;b&gt;Dagens organisasjon – %1&lt;/b&gt;%2 · skriveverna: endringar blir gjorde i eit alternativ</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../../orgdesigner_plugins/metric_panels/charts_qt.py" line="+139"/>
        <source>Ingen data</source>
        <extracomment>a hatch per series over its colour (series 0 plain), in bars and legend: not colour alone</extracomment>
        <translation>Ingen data</translation>
    </message>
</context>
<context>
    <name>BulkPlaceDialog</name>
    <message>
        <location filename="../../ui/bulk_place_dialog.py" line="+48"/>
        <source>Ansatte følger oppgavene</source>
        <translation>Tilsette følgjer oppgåvene</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gammel enhet</source>
        <translation>Gammal eining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvar (kostnadssted)</source>
        <translation>Ansvar (kostnadsstad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOSTRA-funksjon</source>
        <translation>KOSTRA-funksjon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(alle kommuner)</source>
        <translation>(alle kommunar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hva som flyttes</source>
        <translation>Kva som blir flytta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Med &amp;underenheter</source>
        <translation>Med &amp;undereiningar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ny enhet</source>
        <translation>Ny eining</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Legg til regel</source>
        <translation>&amp;Leggja til regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fjern regel</source>
        <translation>&amp;Fjerna regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La&amp;gre reglene</source>
        <translation>La&amp;gra reglane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre reglene i prosjektet for dette alternativet</source>
        <translation>Lagra reglane i prosjektet for dette alternativet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hent lagrede regler</source>
        <translation>&amp;Henta lagra reglar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regler</source>
        <translation>Reglar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erstatt innplasseringer som allerede er gjort</source>
        <translation>&amp;Erstatta innplasseringar som alt er gjorde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(uendret / foreslått)</source>
        <translation>(uendra / føreslått)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plasser</source>
        <translation>&amp;Plassera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Regel:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gammel &amp;kommune:</source>
        <translation>Gammal &amp;kommune:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hva:</source>
        <translation>&amp;Kva:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Til ny enhet:</source>
        <translation>&amp;Til ny eining:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>(%n stillinger)</source>
        <translation>
            <numerusform>(%n stilling)</numerusform>
            <numerusform>(%n stillingar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stillinger blir plassert.</source>
        <translation>
            <numerusform>%n stilling blir plassert.</numerusform>
            <numerusform>%n stillingar blir plasserte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n er allerede plassert og blir stående.</source>
        <translation>
            <numerusform>%n er alt plassert og blir ståande.</numerusform>
            <numerusform>%n er alt plasserte og blir ståande.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n treffes av flere regler; den første gjelder.</source>
        <translation>
            <numerusform>%n blir treft av fleire reglar; den første gjeld.</numerusform>
            <numerusform>%n blir treft av fleire reglar; den første gjeld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Reglene er lagret i prosjektet.</source>
        <translation>Reglane er lagra i prosjektet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ingen lagrede regler for dette alternativet.</source>
        <translation>Ingen lagra reglar for dette alternativet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Legg til minst én regel.</source>
        <translation>Legg til minst éin regel.</translation>
    </message>
</context>
<context>
    <name>ChartDragDrop</name>
    <message>
        <location filename="../../ui/chart_dnd.py" line="+68"/>
        <source>Slipp for: %1 → «%2»</source>
        <translation>Slepp for: %1 → «%2»</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Slipp på en enhet i kartet</source>
        <translation>Slepp på ei eining i kartet</translation>
    </message>
</context>
<context>
    <name>ChartEditing</name>
    <message>
        <location filename="../../ui/chart_editing.py" line="+51"/>
        <source>Nytt navn på enheten</source>
        <translation>Nytt namn på eininga</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Ny enhet</source>
        <translation>Ny eining</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Klikk på enheten den stiplede linjen skal gå til, eller velg den med piltastene og Enter (Esc avbryter)</source>
        <translation>Klikk på eininga den stipla linja skal gå til, eller vel ho med piltastane og Enter (Esc avbryt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Avbrutt</source>
        <translation>Avbrote</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gi nytt navn	F2</source>
        <translation>Gje nytt namn	F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til underenhet</source>
        <translation>Leggja til undereining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slett	Delete</source>
        <translation>Sletta	Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis underenheter</source>
        <translation>Visa undereiningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skjul underenheter</source>
        <translation>Skjula undereiningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legg til stiplet linje til…</source>
        <translation>Leggja til stipla linje til…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fjern stiplet linje til «%1»</source>
        <translation>Fjerna stipla linje til «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Utvid alle</source>
        <translation>Utvida alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skjul alle</source>
        <translation>Skjula alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vis nivåer</source>
        <translation>Visa nivå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Farge etter</source>
        <translation>Farge etter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhetstype</source>
        <translation>Einingstype</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opprinnelse (kommune)</source>
        <translation>Opphav (kommune)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilpass til vinduet	Ctrl+0</source>
        <translation>Tilpassa til vindauget	Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 %	Ctrl+1</source>
        <translation>100 %	Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lagre kartet som PDF, PNG eller SVG …</source>
        <translation>Lagra kartet som PDF, PNG eller SVG …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre kartet under denne enheten …</source>
        <translation>Lagra kartet under denne eininga …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv ut kartet …</source>
        <translation>Skriva ut kartet …</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Lagret kartet i %1 (%2 s.)</source>
        <translation>Lagra kartet i %1 (%2 s.)</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <location filename="../../ui/chart_export_dialog.py" line="+34"/>
        <location line="+51"/>
        <source>Lagre organisasjonskart</source>
        <translation>Lagra organisasjonskart</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bla gjennom…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Papirstørrelse</source>
        <translation>Papirstorleik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retning</source>
        <translation>Retning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etter kartets form</source>
        <translation>Etter forma på kartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liggende</source>
        <translation>Liggjande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stående</source>
        <translation>Ståande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fordel et stort kart over flere sider (med overlapp og skjæremerker)</source>
        <translation>&amp;Fordela eit stort kart over fleire sider (med overlapp og skjeremerke)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fil:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Papir:</source>
        <translation>&amp;Papir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retning:</source>
        <translation>&amp;Retning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PDF (*.pdf);;PNG-bilde (*.png);;SVG-tegning (*.svg)</source>
        <translation>PDF (*.pdf);;PNG-bilete (*.png);;SVG-teikning (*.svg)</translation>
    </message>
</context>
<context>
    <name>ChartInfo</name>
    <message>
        <location filename="../../ui/chart_info.py" line="+32"/>
        <source>Fargeforklaring</source>
        <translation>Fargeforklaring</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Leder: %1</source>
        <translation>Leiar: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansatte: %1 direkte, %2 totalt</source>
        <translation>Tilsette: %1 direkte, %2 totalt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Årsverk: %1 direkte, %2 totalt</source>
        <translation>Årsverk: %1 direkte, %2 totalt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Funn: %1</source>
        <translation>Funn: %1</translation>
    </message>
</context>
<context>
    <name>ChartKeys</name>
    <message>
        <location filename="../../ui/chart_keys.py" line="+25"/>
        <source>Gå til enheten over, under, til venstre eller til høyre</source>
        <extracomment>(keys with their modifiers, description); a description is translated in the &quot;ChartKeys&quot; context</extracomment>
        <translation>Gå til eininga over, under, til venstre eller til høgre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ta med enheten i pilens retning i utvalget</source>
        <translation>Ta med eininga i retninga til pila i utvalet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gi enheten nytt navn (Enter mens du lager en stiplet linje: linjen går hit)</source>
        <translation>Gje eininga nytt namn (Enter medan du lagar ei stipla linje: linja går hit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slett valgte enheter</source>
        <translation>Sletta valde einingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt en stiplet linje du er i gang med</source>
        <translation>Avbryta ei stipla linje du er i gang med</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis (+) eller skjul (−) enhetens underenheter</source>
        <translation>Visa (+) eller skjula (−) undereiningane til eininga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontekstmenyen for enheten</source>
        <translation>Kontekstmenyen for eininga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom inn eller ut</source>
        <translation>Zooma inn eller ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis kartet i naturlig størrelse</source>
        <translation>Visa kartet i naturleg storleik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vis hele kartet</source>
        <translation>Visa heile kartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold inne og dra med musen for å flytte utsnittet</source>
        <translation>Hald inne og dra med musa for å flytta utsnittet</translation>
    </message>
</context>
<context>
    <name>ChartOverview</name>
    <message>
        <location filename="../../ui/chart_overview.py" line="+32"/>
        <source>Oversiktskart</source>
        <translation>Oversiktskart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversikt over hele kartet: klikk eller dra for å flytte visningen</source>
        <translation>Oversikt over heile kartet: klikk eller dra for å flytta visinga</translation>
    </message>
</context>
<context>
    <name>ChartScene</name>
    <message>
        <location filename="../../ui/chart_scene.py" line="+314"/>
        <source>Stiplet linje (%1)</source>
        <extracomment>emitted after every (re)layout a scenario with more units than this opens collapsed to ``auto_level`` levels set by the window when a findings panel runs the validators: the badges take its results (one validator run per change) instead of running them a second time per scenario not shown: its box data, layout cache, collapsed set and the edits since it was shown, so switching back re-counts only what changed</extracomment>
        <translation>Stipla linje (%1)</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/chart_view.py" line="+44"/>
        <source>Organisasjonskart</source>
        <extracomment>the unit the keyboard focus rectangle is on (&quot;&quot; for none)</extracomment>
        <translation>Organisasjonskart</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare_dialog.py" line="-186"/>
        <source>Sammenlign alternativer</source>
        <translation>Samanlikna alternativ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alternativer som sammenlignes</source>
        <translation>Alternativ som blir samanlikna</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nøkkeltall per alternativ</source>
        <translation>Nøkkeltal per alternativ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fra alternativ</source>
        <translation>Frå alternativ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Til alternativ</source>
        <translation>Til alternativ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endringer i strukturen</source>
        <translation>Endringar i strukturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endring</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detaljer</source>
        <translation>Detaljar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endringer fra</source>
        <translation>Endringar frå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>til</source>
        <translation>til</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag &amp;rapport…</source>
        <translation>Laga &amp;rapport…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alternativer i tabellen:</source>
        <translation>Alternativ i tabellen:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enheter per nivå</source>
        <translation>Einingar per nivå</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>… og %1 til (hele listen står i rapporten)</source>
        <translation>… og %1 til (heile lista står i rapporten)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Ingen forskjeller</source>
        <translation>Ingen skilnader</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../ui/controller.py" line="+108"/>
        <source>Ingen filsti</source>
        <extracomment>a selected item: (&quot;unit&quot;, unit_id) or (&quot;position&quot;, position_id) list[Change] caused by one run, undo or redo a different project was opened or created (views rebuild) the scenario shown changed (id, or &quot;&quot; for none) list[SelectionItem], and the object that caused it (or None) file path changed (str, &quot;&quot; when untitled) a short message for the status bar (op, &quot;run&quot; | &quot;undo&quot; | &quot;redo&quot;) after the undo stack changed the project (team mode sends it) team mode: turns a factory&apos;s op into the op to apply (fractional sibling keys)</extracomment>
        <translation>Ingen filsti</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <location filename="../../ui/editing.py" line="+77"/>
        <source>Lag et alternativ først</source>
        <extracomment>the clipboard changed (paste may have become possible) a unit was added and wants its name edited (unit id)</extracomment>
        <translation>Lag eit alternativ først</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg enheten den nye enheten skal ligge under</source>
        <translation>Vel eininga den nye eininga skal liggja under</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Ny enhet</source>
        <translation>Ny eining</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Velg en enhet først</source>
        <translation>Vel ei eining først</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toppenheten kan ikke ha søsken; legg til en underenhet</source>
        <translation>Toppeininga kan ikkje ha sysken; legg til ei undereining</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stillingene er ikke plassert</source>
        <translation>Stillingane er ikkje plasserte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Velg enheten som skal slettes</source>
        <translation>Vel eininga som skal slettast</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slettet. Stillingene er ikke plassert lenger; Angre (Ctrl+Z) henter alt tilbake.</source>
        <translation>Sletta. Stillingane er ikkje plasserte lenger; Angra (Ctrl+Z) hentar alt tilbake.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Velg enheter eller stillinger å klippe ut</source>
        <translation>Vel einingar eller stillingar å klippa ut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 klippet ut. Velg enheten de skal til og lim inn (Ctrl+V).</source>
        <translation>%1 klipt ut. Vel eininga dei skal til, og lim inn (Ctrl+V).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingenting å lime inn; klipp ut først (Ctrl+X)</source>
        <translation>Ingenting å lima inn; klipp ut først (Ctrl+X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg enheten det skal limes inn i</source>
        <translation>Vel eininga det skal limast inn i</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Velg enheter eller stillinger å flytte</source>
        <translation>Vel einingar eller stillingar å flytta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Velg én enhet som skal flyttes</source>
        <translation>Vel éi eining som skal flyttast</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>«%1» er allerede først</source>
        <translation>«%1» er alt først</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>«%1» er allerede sist</source>
        <translation>«%1» er alt sist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Velg enheten eller stillingen linjen skal gå fra</source>
        <translation>Vel eininga eller stillinga linja skal gå frå</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stiplet linje til</source>
        <translation>Stipla linje til</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+61"/>
        <source>Liste</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternativ</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Eksporter</source>
        <translation>Eksportera</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Pseudonymisert (til tillitsvalgte): uten navn, ansattnummer, lønn og fritekst</source>
        <translation>&amp;Pseudonymisert (til tillitsvalde): utan namn, tilsettnummer, løn og fritekst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bare valgt enhet med underenheter ({0})</source>
        <translation>Berre vald eining med undereiningar ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Papirstørrelse</source>
        <translation>Papirstorleik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retning</source>
        <translation>Retning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etter kartets form</source>
        <translation>Etter forma på kartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liggende</source>
        <translation>Liggjande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stående</source>
        <translation>Ståande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fordel et stort kart over flere sider</source>
        <translation>&amp;Fordela eit stort kart over fleire sider</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bla gjennom…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eksporter</source>
        <translation>&amp;Eksportera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Al&amp;ternativ:</source>
        <translation>Al&amp;ternativ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;il:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Velg et format og en fil</source>
        <translation>Vel eit format og ei fil</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Velg et alternativ</source>
        <translation>Vel eit alternativ</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>&amp;Papir:</source>
        <translation>&amp;Papir:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ingen eksportformater er tilgjengelige – se Programtillegg (et tillegg kan være slått av).</source>
        <translation>Ingen eksportformat er tilgjengelege – sjå Programtillegg (eit tillegg kan vera slått av).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Eksporter til</source>
        <translation>Eksportera til</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Skrev {0}</source>
        <translation>Skreiv {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Eksport</source>
        <translation>Eksport</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../ui/file_commands.py" line="+67"/>
        <source>OrgDesigner-prosjekt (*.orgd);;Alle filer (*)</source>
        <translation>OrgDesigner-prosjekt (*.orgd);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ulagrede endringer</source>
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosjektet har endringer som ikke er lagret. Vil du lagre dem?</source>
        <translation>Prosjektet har endringar som ikkje er lagra. Vil du lagra dei?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forkast</source>
        <translation>&amp;Forkasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <location line="+119"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryta</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+64"/>
        <source>Alternativ 1</source>
        <translation>Alternativ 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Åpne prosjekt</source>
        <translation>Opna prosjekt</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+43"/>
        <source>Kan ikke åpne</source>
        <translation>Kan ikkje opna</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Åpnet %1 skrivebeskyttet: Lagre spør etter et nytt navn</source>
        <translation>Opna %1 skriveverna: Lagra spør etter eit nytt namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åpnet %1</source>
        <translation>Opna %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filen er i bruk</source>
        <translation>Fila er i bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en annen (låsen skrives nå)</source>
        <translation>ein annan (låsen blir skriven no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«%1» er åpen hos %2.</source>
        <translation>«%1» er open hos %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endringer to steder samtidig ville overskrive hverandre. Du kan åpne filen skrivebeskyttet (Lagre spør etter et nytt navn) eller åpne en kopi uten navn.</source>
        <translation>Endringar to stader samstundes ville skriva over kvarandre. Du kan opna fila skriveverna (Lagra spør etter eit nytt namn) eller opna ein kopi utan namn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Åpne &amp;skrivebeskyttet</source>
        <translation>Opna &amp;skriveverna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åpne en &amp;kopi</source>
        <translation>Opna ein &amp;kopi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (kopi)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åpnet en kopi: Lagre spør etter et navn</source>
        <translation>Opna ein kopi: Lagra spør etter eit namn</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Låsen på filen er tatt over av en annen; Lagre kontrollerer filen før den skrives</source>
        <translation>Låsen på fila er teken over av ein annan; Lagra kontrollerer fila før ho blir skriven</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lagre prosjekt som</source>
        <translation>Lagra prosjekt som</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <location line="+11"/>
        <source>Kan ikke lagre</source>
        <translation>Kan ikkje lagra</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Velg et annet navn.</source>
        <translation>Vel eit anna namn.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lagret %1</source>
        <translation>Lagra %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filen er endret av andre</source>
        <translation>Fila er endra av andre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» er endret på disken etter at du åpnet den. Lagrer du, går de endringene tapt.</source>
        <translation>«%1» er endra på disken etter at du opna ho. Lagrar du, går dei endringane tapt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lagre dine endringer i en ny fil?</source>
        <translation>Lagra endringane dine i ei ny fil?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lagre som …</source>
        <translation>&amp;Lagra som …</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Autolagring feilet: %1</source>
        <translation>Autolagring feila: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kan ikke gjenopprette</source>
        <translation>Kan ikkje gjenoppretta</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ui/findings_panel.py" line="+75"/>
        <source>Vis funn</source>
        <extracomment>emitted after each refresh with the number of findings shown (tests, status bar)</extracomment>
        <translation>Visa funn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle funn</source>
        <translation>Alle funn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bare feil</source>
        <translation>Berre feil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feil og advarsler</source>
        <translation>Feil og åtvaringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bare brudd på prinsipper</source>
        <translation>Berre brot på prinsipp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regler</source>
        <translation>Reglar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alvorlighet og av/på for hver regel i prosjektet</source>
        <translation>Alvorsgrad og av/på for kvar regel i prosjektet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Funn fra validatorene</source>
        <translation>Funn frå kontrollane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funn</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alvorlighet</source>
        <translation>Alvorsgrad</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>%1, mest alvorlig: %2</source>
        <translation>%1, mest alvorleg: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source> – %n brudd på prinsipper</source>
        <translation>
            <numerusform> – %n brot på prinsipp</numerusform>
            <numerusform> – %n brot på prinsipp</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Regelens egen (%1)</source>
        <translation>Regelen sin eigen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feil</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advarsel</source>
        <translation>Åtvaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regelen er på i dette prosjektet</source>
        <translation>Regelen er på i dette prosjektet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Alvorlighet for «%1»</source>
        <translation>Alvorsgrad for «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Endre regelen «%1»</source>
        <translation>Endra regelen «%1»</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>%1 feil, %2 advarsler, %3 info</source>
        <translation>%1 feil, %2 åtvaringar, %3 info</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+43"/>
        <location line="+54"/>
        <source>feil</source>
        <translation>feil</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>prinsipp</source>
        <translation>prinsipp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>orden</source>
        <translation>orden</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+43"/>
        <location line="+54"/>
        <source>advarsel</source>
        <translation>åtvaring</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+43"/>
        <location line="+54"/>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>FromAsisDialog</name>
    <message>
        <location filename="../../ui/from_asis_dialog.py" line="+33"/>
        <source>Nytt alternativ fra dagens organisasjon</source>
        <translation>Nytt alternativ frå dagens organisasjon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kopier dagens organisasjon i én eller flere kommuner til et nytt alternativ. Alle stillinger plasseres i kopien av enheten de er i i dag.</source>
        <translation>Kopier dagens organisasjon i éin eller fleire kommunar til eit nytt alternativ. Alle stillingar blir plasserte i kopien av eininga dei er i i dag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kildekommuner</source>
        <translation>Kjeldekommunar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 enheter, %3 stillinger)</source>
        <translation>%1 (%2 einingar, %3 stillingar)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Utgangspunkt – dagens organisasjon</source>
        <translation>Utgangspunkt – dagens organisasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn på alternativet</source>
        <translation>Namn på alternativet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lag alternativet</source>
        <translation>&amp;Laga alternativet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Navn på alternativet:</source>
        <translation>&amp;Namn på alternativet:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Velg minst én kommune.</source>
        <translation>Vel minst éin kommune.</translation>
    </message>
</context>
<context>
    <name>FtePanel</name>
    <message>
        <location filename="../../../orgdesigner_plugins/metric_panels/panels_qt.py" line="+273"/>
        <location line="+10"/>
        <source>Årsverk per tjenesteområde og stab (innplasserte)</source>
        <translation>Årsverk per tenesteområde og stab (innplasserte)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Årsverk per underenhet av «%1» (innplasserte)</source>
        <translation>Årsverk per undereining av «%1» (innplasserte)</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <location filename="../../../orgdesigner_plugins/metric_panels/charts_qt.py" line="+75"/>
        <source>Ingen ledere</source>
        <translation>Ingen leiarar</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <location filename="../../ui/import_log_dialog.py" line="+50"/>
        <location line="+159"/>
        <source>Importlogg</source>
        <translation>Importlogg</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kildekommune</source>
        <translation>Kjeldekommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meldinger</source>
        <translation>Meldingar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vis meldinger</source>
        <translation>Visa meldingar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle meldinger</source>
        <translation>Alle meldingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bare feil</source>
        <translation>Berre feil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feil og advarsler</source>
        <translation>Feil og åtvaringar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ark</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolonne</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alvor</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lagre som Excel …</source>
        <translation>&amp;Lagra som Excel …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ingen importer ennå. Importer en ansattliste fra Fil-menyen.</source>
        <translation>Ingen importar enno. Importer ei tilsettliste frå Fil-menyen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>importert</source>
        <translation>importert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avvist</source>
        <translation>avvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kunne ikke leses</source>
        <translation>kunne ikkje lesast</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 feil, %2 advarsler, %3 i alt</source>
        <translation>%1 feil, %2 åtvaringar, %3 i alt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, ark «%2»: %3 rader lest, %4 importert, %5 avvist, %6 hoppet over. %7</source>
        <translation>%1, ark «%2»: %3 rader lesne, %4 importerte, %5 avviste, %6 hoppa over. %7</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>feil</source>
        <translation>feil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>advarsel</source>
        <translation>åtvaring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lagre importloggen</source>
        <translation>Lagra importloggen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kunne ikke lagre: %1</source>
        <translation>Kunne ikkje lagra: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importloggen er lagret i %1</source>
        <translation>Importloggen er lagra i %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../orgdesigner_plugins/staff_import/wizard_qt.py" line="+99"/>
        <source>Importer ansattliste</source>
        <extracomment>the icon of a marked cell, so its state is not told by colour alone (the tooltip says why)</extracomment>
        <translation>Importera tilsettliste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importer</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Velg fil</source>
        <translation>Vel fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bla gjennom…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kildekommune</source>
        <translation>Kjeldekommune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Utelat kolonner med fødselsnumre (i stedet for å avvise fila)</source>
        <translation>Utelat kolonnar med fødselsnummer (i staden for å avvisa fila)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fil:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Kildekommune:</source>
        <translation>&amp;Kjeldekommune:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Ark og overskriftsrad</source>
        <translation>Ark og overskriftsrad</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Ansattlista fra lønns-/HR-systemet (.xlsx, .xls, .xlsm eller .csv).</source>
        <translation>Tilsettlista frå løns-/HR-systemet (.xlsx, .xls, .xlsm eller .csv).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Foreslås ut fra innholdet i fila</source>
        <translation>Blir føreslått ut frå innhaldet i fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommunenummer</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Arket og raden med kolonneoverskriftene er funnet automatisk. Endre om nødvendig.</source>
        <translation>Arket og rada med kolonneoverskriftene er funne automatisk. Endra om nødvendig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ark</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overskriftsrad</source>
        <translation>Overskriftsrad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ark:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overskriftsrad:</source>
        <translation>&amp;Overskriftsrad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommune&amp;nummer:</source>
        <translation>Kommune&amp;nummer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kolonner</source>
        <translation>Kolonnar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Koble kolonnene til feltene. Celler med problemer er merket; hold musa over for årsaken.</source>
        <translation>Kople kolonnane til felta. Celler med problem er merkte; hald musa over for å sjå årsaka.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Oppsummering</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importen legges inn som ett steg som kan angres.</source>
        <translation>Importen blir lagd inn som eitt steg som kan angrast.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolonne</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alvor</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Utelat kolonnene med fødselsnumre og les fila på nytt</source>
        <translation>Utelat kolonnane med fødselsnummer og les fila på nytt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Velg ansattliste</source>
        <translation>Vel tilsettliste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regneark (*.xlsx *.xlsm *.csv);;Alle filer (*)</source>
        <translation>Rekneark (*.xlsx *.xlsm *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Foreslått ut fra tittelen over lista.</source>
        <translation>Føreslått ut frå tittelen over lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreslått ut fra forsiden i fila.</source>
        <translation>Føreslått ut frå framsida i fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreslått ut fra kommunenummeret i fila.</source>
        <translation>Føreslått ut frå kommunenummeret i fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreslått ut fra filnavnet – sjekk at navnet stemmer.</source>
        <translation>Føreslått ut frå filnamnet – sjekk at namnet stemmer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rett navnet om det ikke stemmer.</source>
        <translation>Rett namnet om det ikkje stemmer.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 rader lest: %2 kan importeres, %3 avvises, %4 hoppes over.</source>
        <translation>%1 rader lesne: %2 kan importerast, %3 blir avviste, %4 blir hoppa over.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fil: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ark: %1, overskriftsrad %2</source>
        <translation>Ark: %1, overskriftsrad %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kildekommune: %1</source>
        <translation>Kjeldekommune: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rader lest: %1 · importert: %2 · avvist: %3 · hoppet over: %4</source>
        <translation>Rader lesne: %1 · importerte: %2 · avviste: %3 · hoppa over: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ansatte: %1 · stillinger: %2 · årsverk: %3 · enheter: %4 · arbeidssteder: %5</source>
        <translation>Tilsette: %1 · stillingar: %2 · årsverk: %3 · einingar: %4 · arbeidsstader: %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>feil</source>
        <translation>feil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>advarsel</source>
        <translation>åtvaring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>KeyFiguresPanel</name>
    <message>
        <location filename="../../../orgdesigner_plugins/metric_panels/panels_qt.py" line="-129"/>
        <source>Innplassering (stillinger per status)</source>
        <translation>Innplassering (stillingar per status)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Innplassering per status</source>
        <translation>Innplassering per status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbeidsplasser per gammel kommune, før og etter</source>
        <translation>Arbeidsplassar per gammal kommune, før og etter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arbeidsplasser per gammel kommune før og etter</source>
        <translation>Arbeidsplassar per gammal kommune før og etter</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+51"/>
        <source>Stillinger</source>
        <translation>Stillingar</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Enheter</source>
        <translation>Einingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nivåer</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Innplassert</source>
        <translation>Innplassert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansatte</source>
        <translation>Tilsette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årsverk</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lønnskostnad (kr)</source>
        <translation>Lønskostnad (kr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vakante stillinger</source>
        <translation>Vakante stillingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endret arbeidssted</source>
        <translation>Endra arbeidsstad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledere</source>
        <translation>Leiarar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spenn, snitt</source>
        <translation>Spenn, snitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spenn, største</source>
        <translation>Spenn, største</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Ukjent sted</source>
        <translation>Ukjend stad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Før (gammelt arbeidssted)</source>
        <translation>Før (gammal arbeidsstad)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Etter (innplasserte)</source>
        <translation>Etter (innplasserte)</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location filename="../../ui/locations_dialog.py" line="+35"/>
        <location line="+4"/>
        <source>Lokasjoner</source>
        <translation>Lokasjonar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Område (gammel kommune)</source>
        <translation>Område (gammal kommune)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brukes av</source>
        <translation>Blir brukt av</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Leggja til</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lagre endring</source>
        <translation>&amp;Lagra endring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fjern</source>
        <translation>&amp;Fjerna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adresse:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Område:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(ukjent)</source>
        <translation>(ukjend)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} enheter, {1} stillinger</source>
        <translation>{0} einingar, {1} stillingar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Endringen ble ikke gjort</source>
        <translation>Endringa vart ikkje gjord</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+42"/>
        <source>Alternativ 1</source>
        <translation>Alternativ 1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;utgangspunkt&gt;</source>
        <translation>&lt;utgangspunkt&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Angrehistorikk</source>
        <translation>Angrehistorikk</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Enheter</source>
        <translation>Einingar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Søk</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Egenskaper</source>
        <translation>Eigenskapar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stillinger</source>
        <translation>Stillingar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Statuslinje</source>
        <translation>Statuslinje</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Organisasjonskartet kommer her.</source>
        <translation>Organisasjonskartet kjem her.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisasjonskart</source>
        <translation>Organisasjonskart</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Uten navn</source>
        <translation>Utan namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)[*] – OrgDesigner</source>
        <translation>%1 (%2)[*] – OrgDesigner</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Velg enheten som skal få nytt navn</source>
        <translation>Vel eininga som skal få nytt namn</translation>
    </message>
</context>
<context>
    <name>MetricPanelBase</name>
    <message>
        <location filename="../../../orgdesigner_plugins/metric_panels/panels_qt.py" line="-109"/>
        <source>Ingen alternativ er åpent.</source>
        <translation>Ingen alternativ er ope.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nye stillinger</source>
        <translation>Nye stillingar</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/move_dialog.py" line="+29"/>
        <source>Flytt til</source>
        <translation>Flytta til</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skriv for å søke etter enhet</source>
        <translation>Skriv for å søkja etter eining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søk etter enhet</source>
        <translation>Søk etter eining</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enheter</source>
        <translation>Einingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flytt til enheten:</source>
        <translation>&amp;Flytta til eininga:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Flytt</source>
        <translation>&amp;Flytta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryta</translation>
    </message>
</context>
<context>
    <name>OpenFromServerDialog</name>
    <message>
        <location filename="../../ui/server_dialogs.py" line="+61"/>
        <source>Åpne fra server</source>
        <translation>Opna frå tenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vis prosjekter</source>
        <translation>&amp;Visa prosjekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prosjekter</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Tenar:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Åpne</source>
        <translation>Opna</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>redigerer</source>
        <translation>redigerer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leser</source>
        <translation>lesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tillitsvalgt</source>
        <translation>tillitsvald</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen prosjekter du har tilgang til på denne serveren.</source>
        <translation>Ingen prosjekt du har tilgang til på denne tenaren.</translation>
    </message>
</context>
<context>
    <name>OriginPanel</name>
    <message>
        <location filename="../../../orgdesigner_plugins/metric_panels/panels_qt.py" line="+182"/>
        <location line="+10"/>
        <source>Opprinnelse: andel årsverk fra hver gammel kommune</source>
        <translation>Opphav: del av årsverka frå kvar gammal kommune</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Opprinnelse under «%1»: andel årsverk fra hver gammel kommune</source>
        <translation>Opphav under «%1»: del av årsverka frå kvar gammal kommune</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../ui/outline_model.py" line="+272"/>
        <location line="+6"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Stillinger plassert i enheten</source>
        <translation>Stillingar plasserte i eininga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årsverk plassert i enheten</source>
        <translation>Årsverk plasserte i eininga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ant.</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Årsverk</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, %2, %3 stillinger</source>
        <translation>%1, %2, %3 stillingar</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../ui/outline_view.py" line="+31"/>
        <source>Enhetstre</source>
        <translation>Einingstre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enhetene i alternativet. F2 gir nytt navn, Ctrl+X og Ctrl+V flytter.</source>
        <translation>Einingane i alternativet. F2 gjev nytt namn, Ctrl+X og Ctrl+V flyttar.</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../ui/people_panel.py" line="+28"/>
        <source>Stillinger</source>
        <translation>Stillingar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stillinger i valgt enhet</source>
        <translation>Stillingar i vald eining</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stillinger som ikke er plassert</source>
        <translation>Stillingar som ikkje er plasserte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filtrer på navn, ansattnummer eller tittel</source>
        <translation>Filtrer på namn, tilsettnummer eller tittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter for stillinger som ikke er plassert</source>
        <translation>Filter for stillingar som ikkje er plasserte</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Stillinger i valgt enhet: velg en enhet</source>
        <translation>Stillingar i vald eining: vel ei eining</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stillinger i «%1» (%2)</source>
        <translation>Stillingar i «%1» (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ikke plassert: %1 av %2</source>
        <translation>Ikkje plasserte: %1 av %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke plassert (%1)</source>
        <translation>Ikkje plasserte (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stillingene er ikke plassert</source>
        <translation>Stillingane er ikkje plasserte</translation>
    </message>
</context>
<context>
    <name>PlacementDelegate</name>
    <message>
        <location filename="../../ui/placement_delegate.py" line="+77"/>
        <source>(ikke plassert)</source>
        <translation>(ikkje plassert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(enhetens lokasjon)</source>
        <translation>(lokasjonen til eininga)</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <location filename="../../ui/placement_form.py" line="-4"/>
        <source>Ingen alternativ valgt</source>
        <translation>Ikkje noko alternativ valt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Innplassering</source>
        <translation>Innplassering</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ny enhet</source>
        <translation>Ny eining</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbeidssted</source>
        <translation>Arbeidsstad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ønske {0}</source>
        <translation>Ønske {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ny &amp;enhet:</source>
        <translation>Ny &amp;eining:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>F&amp;jern innplassering</source>
        <translation>F&amp;jerna innplassering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arbei&amp;dssted:</source>
        <translation>Arbei&amp;dsstad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merknad:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ønske {0}:</source>
        <translation>Ønske {0}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endringer lagres i prosjektet med en gang (Angre: Ctrl+Z).</source>
        <translation>Endringar blir lagra i prosjektet med ein gong (Angra: Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ønskene er den ansattes egne og ikke bindende</source>
        <translation>Ønska er den tilsette sine eigne og ikkje bindande</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(ikke plassert)</source>
        <translation>(ikkje plassert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(enhetens lokasjon)</source>
        <translation>(lokasjonen til eininga)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Velg en eller flere stillinger i tabellen.</source>
        <translation>Vel ei eller fleire stillingar i tabellen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(ulike merknader)</source>
        <translation>(ulike merknader)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} stillinger valgt – en endring gjelder alle</source>
        <translation>{0} stillingar valde – ei endring gjeld alle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} – {1} {2} % · {3}: {4} · arbeidssted {5}</source>
        <translation>{0} – {1} {2} % · {3}: {4} · arbeidsstad {5}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vakant</source>
        <translation>Vakant</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n endringer, sist {0} av {1}</source>
        <translation>
            <numerusform>%n endring, sist {0} av {1}</numerusform>
            <numerusform>%n endringar, sist {0} av {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(ulike verdier)</source>
        <translation>(ulike verdiar)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Ønsker for {0} stillinger</source>
        <translation>Ønske for {0} stillingar</translation>
    </message>
</context>
<context>
    <name>PlacementPanel</name>
    <message>
        <location filename="../../ui/placement_panel.py" line="+67"/>
        <source>Vis stillinger</source>
        <translation>Visa stillingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle stillinger</source>
        <translation>Alle stillingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke plassert</source>
        <translation>Ikkje plasserte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflikter</source>
        <translation>Konfliktar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Søk navn eller tittel</source>
        <translation>Søk etter namn eller tittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søk i stillinger</source>
        <translation>Søk i stillingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etter &amp;nivå (ovenfra og ned)</source>
        <translation>Etter &amp;nivå (ovanfrå og ned)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stillinger og innplassering</source>
        <translation>Stillingar og innplassering</translation>
    </message>
    <message numerus="yes">
        <location line="+221"/>
        <source>Endret %n valgte stillinger</source>
        <translation>
            <numerusform>Endra %n vald stilling</numerusform>
            <numerusform>Endra %n valde stillingar</numerusform>
        </translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Ingen alternativ valgt</source>
        <translation>Ikkje noko alternativ valt</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Bare val&amp;gt enhet</source>
        <translation>Berre val&amp;d eining</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Plassert {0} av {1} ({2} %) · ikke plassert {3} · konflikter {4} · viser {5}</source>
        <translation>Plasserte {0} av {1} ({2} %) · ikkje plasserte {3} · konfliktar {4} · viser {5}</translation>
    </message>
</context>
<context>
    <name>PlacementTableModel</name>
    <message>
        <location filename="../../ui/placement_columns.py" line="+8"/>
        <source>Rekkefølge</source>
        <translation>Rekkjefølgje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gammel kommune</source>
        <translation>Gammal kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gammel enhet</source>
        <translation>Gammal eining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny enhet</source>
        <translation>Ny eining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidssted</source>
        <translation>Arbeidsstad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ønsker</source>
        <translation>Ønske</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <location filename="../../ui/plugins_dialog.py" line="+30"/>
        <location line="+5"/>
        <source>Programtillegg</source>
        <translation>Programtillegg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>På</source>
        <translation>På</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versjon</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Et programtillegg som feilet, er slått av til programmet startes på nytt.</source>
        <translation>Eit programtillegg som feila, er slått av til programmet blir starta på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukka</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 på</source>
        <translation>%1 på</translation>
    </message>
</context>
<context>
    <name>PositionForm</name>
    <message>
        <location filename="../../ui/position_form.py" line="+31"/>
        <source>Stillingstittel</source>
        <extracomment>a refused value, with the reason (bokmål)</extracomment>
        <translation>Stillingstittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillingskode</source>
        <translation>Stillingskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillingsprosent</source>
        <translation>Stillingsprosent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årslønn</source>
        <translation>Årsløn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidssted</source>
        <translation>Arbeidsstad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Personalansvar</source>
        <translation>&amp;Personalansvar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personalansvar</source>
        <translation>Personalansvar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Budsjettansvar</source>
        <translation>&amp;Budsjettansvar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budsjettansvar</source>
        <translation>Budsjettansvar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KOSTRA-funksjon</source>
        <translation>KOSTRA-funksjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansatt:</source>
        <translation>Tilsett:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plassert i:</source>
        <translation>Plassert i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tittel:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillings&amp;kode:</source>
        <translation>Stillings&amp;kode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillings&amp;prosent:</source>
        <translation>Stillings&amp;prosent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Års&amp;lønn:</source>
        <translation>Års&amp;løn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arbeidssted:</source>
        <translation>&amp;Arbeidsstad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>K&amp;OSTRA:</source>
        <translation>K&amp;OSTRA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nsvar:</source>
        <translation>A&amp;nsvar:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Vakant</source>
        <translation>Vakant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ikke plassert</source>
        <translation>Ikkje plasserte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Endre stilling</source>
        <translation>Endra stilling</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stillingsprosent må være et tall mellom 0 og 100</source>
        <translation>Stillingsprosent må vera eit tal mellom 0 og 100</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Årslønn må være et tall som ikke er negativt</source>
        <translation>Årsløn må vera eit tal som ikkje er negativt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>«%1» er ikke en KOSTRA-funksjon (tre sifre)</source>
        <translation>«%1» er ikkje ein KOSTRA-funksjon (tre siffer)</translation>
    </message>
</context>
<context>
    <name>PositionListModel</name>
    <message>
        <location filename="../../ui/position_list_model.py" line="+57"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stilling</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(vakant)</source>
        <translation>(vakant)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ansattnr. %1</source>
        <translation>tilsettnr. %1</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <location filename="../../ui/project_commands.py" line="+58"/>
        <source>Prosjektet har ingen kildekommuner ennå. Importer en ansattliste først.</source>
        <translation>Prosjektet har ingen kjeldekommunar enno. Importer ei tilsettliste først.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingen importør for ansattlister er slått på.</source>
        <translation>Ingen importør for tilsettlister er slått på.</translation>
    </message>
</context>
<context>
    <name>ProjectInfoDialog</name>
    <message>
        <location filename="../../ui/project_info_dialog.py" line="+19"/>
        <source>Prosjektinformasjon</source>
        <translation>Prosjektinformasjon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prosjektnavn</source>
        <translation>Prosjektnamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den nye kommunen, f.eks. Lillestrøm</source>
        <translation>Den nye kommunen, t.d. Lillestrøm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Prosjektnavn:</source>
        <translation>&amp;Prosjektnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ansvarlig:</source>
        <translation>&amp;Ansvarleg:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nytt prosjekt</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Endre prosjektinformasjon</source>
        <translation>Endra prosjektinformasjon</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <location filename="../../ui/property_panel.py" line="+31"/>
        <location line="+49"/>
        <source>Egenskaper</source>
        <translation>Eigenskapar</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg en enhet eller en stilling.</source>
        <translation>Vel ei eining eller ei stilling.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n enheter</source>
        <translation>
            <numerusform>%n eining</numerusform>
            <numerusform>%n einingar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stilling</source>
        <translation>Stilling</translation>
    </message>
</context>
<context>
    <name>PushToServerDialog</name>
    <message>
        <location filename="../../ui/server_dialogs.py" line="+14"/>
        <source>Legg prosjektet på server</source>
        <translation>Leggja prosjektet på tenar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prosjektnavn på serveren</source>
        <translation>Prosjektnamn på tenaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Tenar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Navn på serveren:</source>
        <translation>&amp;Namn på tenaren:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prosjektet legges på serveren, og du arbeider videre der sammen med teamet.</source>
        <translation>Prosjektet blir lagt på tenaren, og du arbeider vidare der saman med teamet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legg på server</source>
        <translation>Leggja på tenar</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <location filename="../../ui/scenario_box.py" line="+24"/>
        <source>Alternativer</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dagens organisasjoner (kun visning)</source>
        <translation>Dagens organisasjonar (berre vising)</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../ui/compare_dialog.py" line="+78"/>
        <source>Prosjektet har ingen alternativer å sammenligne</source>
        <translation>Prosjektet har ingen alternativ å samanlikna</translation>
    </message>
</context>
<context>
    <name>ReimportDialog</name>
    <message>
        <location filename="../../ui/reimport_dialog.py" line="+43"/>
        <source>Oppdatert ansattliste – %1</source>
        <translation>Oppdatert tilsettliste – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«%1» sammenlignet med ansatte i %2 (etter ansattnummer): &lt;b&gt;%3 har sluttet&lt;/b&gt;, &lt;b&gt;%4 er nye&lt;/b&gt;, &lt;b&gt;%5 er endret&lt;/b&gt;, %6 er uendret. Ingenting er endret ennå.</source>
        <translation>«%1» samanlikna med tilsette i %2 (etter tilsettnummer): &lt;b&gt;%3 har slutta&lt;/b&gt;, &lt;b&gt;%4 er nye&lt;/b&gt;, &lt;b&gt;%5 er endra&lt;/b&gt;, %6 er uendra. Ingenting er endra enno.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nye ansatte kommer inn uten innplassering. De som har sluttet, beholder innplasseringen, men merkes «sluttet». Endrede stillinger beholder innplasseringen.</source>
        <translation>Nye tilsette kjem inn utan innplassering. Dei som har slutta, held på innplasseringa, men blir merkte «slutta». Endra stillingar held på innplasseringa.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n rader i lista ble avvist og er ikke sammenlignet; se Fil → Importlogg.</source>
        <translation>
            <numerusform>%n rad i lista vart avvist og er ikkje samanlikna; sjå Fil → Importlogg.</numerusform>
            <numerusform>%n rader i lista vart avviste og er ikkje samanlikna; sjå Fil → Importlogg.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ansatt / felt</source>
        <translation>Tilsett / felt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Før</source>
        <translation>Før</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nå</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sluttet (%1)</source>
        <translation>Slutta (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nye (%1)</source>
        <translation>Nye (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endret (%1)</source>
        <translation>Endra (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Oppdater prosjektet</source>
        <translation>&amp;Oppdatera prosjektet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lagre rapporten …</source>
        <translation>&amp;Lagra rapporten …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ansattnummer</source>
        <translation>Tilsettnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stillinger</source>
        <translation>Stillingar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lagre endringsrapporten</source>
        <translation>Lagra endringsrapporten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kunne ikke lagre: %1</source>
        <translation>Kunne ikkje lagra: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endringsrapporten er lagret i %1</source>
        <translation>Endringsrapporten er lagra i %1</translation>
    </message>
</context>
<context>
    <name>RelocationPanel</name>
    <message>
        <location filename="../../ui/relocation_panel.py" line="+116"/>
        <source>Bare de som bytter arbeidssted</source>
        <translation>Berre dei som byter arbeidsstad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lokasjon</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innplassert</source>
        <translation>Innplassert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytter</source>
        <translation>Byter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent sted</source>
        <translation>Ukjend stad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andel som bytter</source>
        <translation>Del som byter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årsverk som bytter</source>
        <translation>Årsverk som byter</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Stillinger</source>
        <translation>Stillingar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Årsverk</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Område (gammel kommune)</source>
        <translation>Område (gammal kommune)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillinger før</source>
        <translation>Stillingar før</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillinger etter</source>
        <translation>Stillingar etter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endring</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årsverk før</source>
        <translation>Årsverk før</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årsverk etter</source>
        <translation>Årsverk etter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ny enhet</source>
        <translation>Ny eining</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per enhet</source>
        <translation>Per eining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fra – til</source>
        <translation>Frå – til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per kommune</source>
        <translation>Per kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem bytter</source>
        <translation>Kven byter</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Ingen alternativ valgt</source>
        <translation>Ikkje noko alternativ valt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} av {1} innplasserte bytter arbeidssted ({2} årsverk).</source>
        <translation>{0} av {1} innplasserte byter arbeidsstad ({2} årsverk).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For {0} er gammelt eller nytt arbeidssted ukjent; de er holdt utenfor, ikke regnet som «bytter ikke».</source>
        <translation>For {0} er gammal eller ny arbeidsstad ukjend; dei er haldne utanfor, ikkje rekna som «byter ikkje».</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Vakant</source>
        <translation>Vakant</translation>
    </message>
</context>
<context>
    <name>ScenarioBox</name>
    <message>
        <location filename="../../ui/scenario_box.py" line="+11"/>
        <source>Alternativ</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg hvilket alternativ, eller hvilken dagens organisasjon, som vises</source>
        <translation>Vel kva alternativ, eller kva dagens organisasjon, som blir vist</translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <location filename="../../ui/scenario_commands.py" line="+41"/>
        <source>Nytt alternativ</source>
        <translation>Nytt alternativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn på alternativet:</source>
        <translation>Namn på alternativet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternativ %1</source>
        <translation>Alternativ %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kopier alternativ</source>
        <translation>Kopiera alternativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn på kopien:</source>
        <translation>Namn på kopien:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (kopi)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gi alternativet nytt navn</source>
        <translation>Gje alternativet nytt namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nytt navn:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Slett alternativ</source>
        <translation>Sletta alternativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slette alternativet «%1»? Du kan angre med Ctrl+Z.</source>
        <translation>Sletta alternativet «%1»? Du kan angra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="+30"/>
        <source>Søk</source>
        <extracomment>(kind, id) of the result the user chose</extracomment>
        <translation>Søk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enhet, navn, ansattnummer eller tittel</source>
        <translation>Eining, namn, tilsettnummer eller tittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søketekst</source>
        <translation>Søkjetekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Søkeresultater</source>
        <translation>Søkjeresultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Søk etter:</source>
        <translation>&amp;Søk etter:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stilling</source>
        <translation>Stilling</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Viser de første %n treffene; skriv mer for å snevre inn</source>
        <translation>
            <numerusform>Viser det første treffet; skriv meir for å snevra inn</numerusform>
            <numerusform>Viser dei første %n treffa; skriv meir for å snevra inn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n treff</source>
        <translation>
            <numerusform>%n treff</numerusform>
            <numerusform>%n treff</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen treff</source>
        <translation>Ingen treff</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+68"/>
        <location line="+33"/>
        <location line="+47"/>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Det nye språket brukes når OrgDesigner startes på nytt.</source>
        <translation>Det nye språket blir brukt når OrgDesigner blir starta på nytt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Starte OrgDesigner på nytt med det nye språket nå?</source>
        <translation>Starta OrgDesigner på nytt med det nye språket no?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prosjektet som er åpent, åpnes igjen etter omstarten.</source>
        <translation>Prosjektet som er ope, blir opna att etter omstarten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start på &amp;nytt nå</source>
        <translation>Start på &amp;nytt no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Senere</source>
        <translation>&amp;Seinare</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Kunne ikke lagre innstillingene: %1</source>
        <translation>Kunne ikkje lagra innstillingane: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Innstillin&amp;ger …</source>
        <translation>Innstillin&amp;gar …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Språk og andre innstillinger</source>
        <translation>Språk og andre innstillingar</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+43"/>
        <location line="+6"/>
        <source>Overalt</source>
        <translation>Overalt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Hurtigtaster</source>
        <translation>Snøggtastar</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Organisasjonskart</source>
        <translation>Organisasjonskart</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Skriv for å søke etter handling eller tast</source>
        <translation>Skriv for å søkja etter handling eller tast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Søk:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tast</source>
        <translation>Tast</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beskrivelse</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hvor</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukka</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/sources_dialog.py" line="+34"/>
        <source>Kildekommuner</source>
        <translation>Kjeldekommunar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunenr.</source>
        <translation>Kommunenr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enheter</source>
        <translation>Einingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansatte</source>
        <translation>Tilsette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillinger</source>
        <translation>Stillingar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Gi nytt navn …</source>
        <translation>&amp;Gje nytt namn …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kommunenummer …</source>
        <translation>&amp;Kommunenummer …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vis dagens organisasjon</source>
        <translation>&amp;Visa dagens organisasjon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Oppdater fra ny ansattliste …</source>
        <translation>&amp;Oppdatera frå ny tilsettliste …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fjern …</source>
        <translation>&amp;Fjerna …</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Gi nytt navn</source>
        <translation>Gje nytt namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommunens navn:</source>
        <translation>Namnet på kommunen:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kommunenummer</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommunenummer (fire sifre):</source>
        <translation>Kommunenummer (fire siffer):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ingen importør for ansattlister er slått på.</source>
        <translation>Ingen importør for tilsettlister er slått på.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fjerne «%1» med dagens organisasjon (%2 enheter), %3 stillinger og deres innplasseringer i alle alternativer? Du kan angre med Ctrl+Z.</source>
        <translation>Fjerna «%1» med dagens organisasjon (%2 einingar), %3 stillingar og innplasseringane deira i alle alternativ? Du kan angra med Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fjern kildekommune</source>
        <translation>Fjerna kjeldekommune</translation>
    </message>
</context>
<context>
    <name>SpanPanel</name>
    <message>
        <location filename="../../../orgdesigner_plugins/metric_panels/panels_qt.py" line="-109"/>
        <source>Hvordan kontrollspenn telles</source>
        <translation>Korleis kontrollspenn blir talt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kontrollspenn: antall ledere per intervall</source>
        <translation>Kontrollspenn: tal på leiarar per intervall</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 ledere. Advarsel over %2, feil over %3</source>
        <translation>%1 leiarar. Åtvaring over %2, feil over %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (egne grenser for %1)</source>
        <translation> (eigne grenser for %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %4 enheter over advarselsgrensen, %5 over feilgrensen.</source>
        <translation>: %4 einingar over åtvaringsgrensa, %5 over feilgrensa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ledere</source>
        <translation>leiarar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endre definisjon av kontrollspenn</source>
        <translation>Endra definisjonen av kontrollspenn</translation>
    </message>
</context>
<context>
    <name>StaffImportFields</name>
    <message>
        <location filename="../../../orgdesigner_plugins/staff_import/wizard_qt.py" line="-357"/>
        <source>Ansattnummer</source>
        <extracomment>the field names as the wizard shows them, marked for Qt&apos;s catalogue (synonyms.FIELDS stays Qt-free)</extracomment>
        <translation>Tilsettnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fornavn</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etternavn</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillingskode</source>
        <translation>Stillingskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillingsbetegnelse</source>
        <translation>Stillingsnemning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillingsprosent</source>
        <translation>Stillingsprosent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årslønn</source>
        <translation>Årsløn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tjeneste/funksjon</source>
        <translation>Teneste/funksjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avdeling</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidssted</source>
        <translation>Arbeidsstad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nærmeste leder</source>
        <translation>Næraste leiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilsettingsform</source>
        <translation>Tilsetjingsform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiltredelse</source>
        <translation>Tiltreding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsdato</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <location filename="../../ui/theme_settings.py" line="+30"/>
        <source>Farger og kontrast</source>
        <translation>Fargar og kontrast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Automatisk (følg operativsystemet)</source>
        <translation>&amp;Automatisk (følg operativsystemet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lys</source>
        <translation>&amp;Lys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Høy kontrast (mørk)</source>
        <translation>&amp;Høg kontrast (mørk)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatisk gir høy kontrast når Windows står i høykontrastmodus eller systemet bruker mørke farger. Tekst i kartet følger systemets skriftstørrelse.</source>
        <translation>Automatisk gjev høg kontrast når Windows står i høgkontrastmodus eller systemet brukar mørke fargar. Tekst i kartet følgjer skriftstorleiken til systemet.</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../ui/unit_form.py" line="+36"/>
        <source>Navn</source>
        <extracomment>a refused value, with the reason (bokmål)</extracomment>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhetstype</source>
        <translation>Einingstype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leder</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lokalisering</source>
        <translation>Lokalisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Målgruppe</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOSTRA-funksjoner</source>
        <translation>KOSTRA-funksjonar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>f.eks. 202, 213</source>
        <translation>t.d. 202, 213</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leder:</source>
        <translation>&amp;Leiar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lokalisering:</source>
        <translation>&amp;Lokalisering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Målgruppe:</source>
        <translation>&amp;Målgruppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KOSTRA:</source>
        <translation>&amp;KOSTRA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ansvar:</source>
        <translation>&amp;Ansvar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plassering:</source>
        <translation>Plassering:</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n enheter valgt – en endring gjelder alle</source>
        <translation>
            <numerusform>%n eining vald – ei endring gjeld alle</numerusform>
            <numerusform>%n einingar valde – ei endring gjeld alle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(ulike navn)</source>
        <translation>(ulike namn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>vakant</source>
        <translation>vakant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(ikke angitt)</source>
        <translation>(ikkje oppgitt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forvaltning</source>
        <translation>forvalting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tjenesteyting</source>
        <translation>tenesteyting</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>(ulike verdier)</source>
        <translation>(ulike verdiar)</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Endre %n enheter</source>
        <translation>
            <numerusform>Endra %n eining</numerusform>
            <numerusform>Endra %n einingar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Navnet kan ikke være tomt</source>
        <translation>Namnet kan ikkje vera tomt</translation>
    </message>
</context>
<context>
    <name>UnitItem</name>
    <message>
        <location filename="../../ui/unit_item.py" line="+304"/>
        <source>Ingen leder</source>
        <extracomment>the light palette&apos;s colours per unit type (exports and legends; painting reads the palette)</extracomment>
        <translation>Ingen leiar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ansatte %1 / %2</source>
        <translation>Tilsette %1 / %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Årsverk %1 / %2</source>
        <translation>Årsverk %1 / %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Slipp her</source>
        <translation>Slepp her</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke tillatt</source>
        <translation>Ikkje tillate</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../ui/welcome_panel.py" line="+32"/>
        <source>&lt;h2&gt;Kom i gang med sammenslåingen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kom i gang med samanslåinga&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Et sammenslåingsprosjekt går i fire steg. Start med ansattlistene fra de gamle kommunene; dagens organisasjoner bygges av dem.</source>
        <translation>Eit samanslåingsprosjekt går i fire steg. Start med tilsettlistene frå dei gamle kommunane; dagens organisasjonar blir bygde av dei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1  Importer ansattlistene …</source>
        <translation>1  Importera tilsettlistene …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Én liste per kommune fra lønns-/HR-systemet (.xlsx, .xls, .csv).</source>
        <translation>Éi liste per kommune frå løns-/HR-systemet (.xlsx, .xls, .csv).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2  Se på dagens organisasjoner</source>
        <translation>2  Sjå på dagens organisasjonar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hver kommunes organisasjon i dag, med ansatte og årsverk per enhet.</source>
        <translation>Organisasjonen i kvar kommune i dag, med tilsette og årsverk per eining.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3  Tegn et alternativ …</source>
        <translation>3  Teikna eit alternativ …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start fra dagens organisasjoner, eller importer en organisasjonsstruktur.</source>
        <translation>Start frå dagens organisasjonar, eller importer ein organisasjonsstruktur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4  Plasser de ansatte</source>
        <translation>4  Plassera dei tilsette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innplassering: hver stilling i en enhet i det nye alternativet.</source>
        <translation>Innplassering: kvar stilling i ei eining i det nye alternativet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Prosjektinformasjon …</source>
        <translation>Prosjektinformasjon …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skjul denne siden</source>
        <translation>Skjula denne sida</translation>
    </message>
</context>
<context>
    <name>WishesEditor</name>
    <message>
        <location filename="../../ui/placement_delegate.py" line="-46"/>
        <source>Ønske {0}</source>
        <translation>Ønske {0}</translation>
    </message>
</context>
<context>
    <name>_ServerDialog</name>
    <message>
        <location filename="../../ui/server_dialogs.py" line="-89"/>
        <source>tjenestenavn, «host=… dbname=…» eller postgresql://…</source>
        <translation>tenestenamn, «host=… dbname=…» eller postgresql://…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Tenar</translation>
    </message>
</context>
</TS>
