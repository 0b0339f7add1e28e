<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
<context>
    <name></name>
    <message>
        <location filename="../../ui/analysis_install.py" line="+37"/>
        <source>Funn</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Sammenlign alternativer…</source>
        <translation>&amp;Compare Scenarios…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sammenlignings&amp;rapport…</source>
        <translation>Comparison &amp;Report…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>panelet «%1» kunne ikke lages: %2</source>
        <translation>the panel “%1” could not be created: %2</translation>
    </message>
    <message>
        <location filename="../../ui/chart_print.py" line="+26"/>
        <source>Organisasjonskart</source>
        <translation>Organisation chart</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kunne ikke starte utskriften</source>
        <translation>Could not start printing</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Skriv ut organisasjonskart</source>
        <translation>Print organisation chart</translation>
    </message>
    <message>
        <location filename="../../ui/dnd.py" line="+74"/>
        <source>Ingen alternativ er åpent</source>
        <translation>No scenario is open</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enhetene finnes ikke i dette alternativet</source>
        <translation>The units do not exist in this scenario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stillingene finnes ikke</source>
        <translation>The positions do not exist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipp stillinger på en enhet</source>
        <translation>Drop positions on a unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stillingene er allerede plassert her</source>
        <translation>The positions are already placed here</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ukjent innhold</source>
        <translation>Unknown content</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="+45"/>
        <source>«%1» er ikke en KOSTRA-funksjon (tre sifre)</source>
        <translation>“%1” is not a KOSTRA function (three digits)</translation>
    </message>
    <message>
        <location filename="../../ui/import_install.py" line="+55"/>
        <source>&amp;Importer ansattliste…</source>
        <translation>&amp;Import Staff List…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer &amp;organisasjonsstruktur…</source>
        <translation>Import &amp;Organisation Structure…</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Velg organisasjonsstruktur</source>
        <translation>Choose organisation structure</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Importer %1…</source>
        <translation>Import %1…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Les en ansattliste fra lønns-/HR-systemet som en ny kildekommune, eller oppdater en</source>
        <translation>Read a staff list from the payroll/HR system as a new source municipality, or update one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer %1 (%2)</source>
        <translation>Import %1 (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ukjente enhetstyper</source>
        <translation>Unknown unit types</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%1» bruker ord for enhetstype som programmet ikke kjenner. Velg hva hvert ord betyr:</source>
        <translation>“%1” uses unit type words the program does not know. Choose what each word means:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(velg)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«%1» (rad %2):</source>
        <translation>“%1” (row %2):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Husk ordene i dette prosjektet</source>
        <translation>Remember the words in this project</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ingen importør for organisasjonsstruktur er slått på (se Hjelp → Programtillegg).</source>
        <translation>No importer for organisation structures is turned on (see Help → Plugins).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regneark (%1);;Alle filer (*)</source>
        <translation>Spreadsheets (%1);;All files (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nytt alternativ</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Navn på alternativet:</source>
        <translation>Name of the scenario:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importerte %1 enheter til «%2» (%3 meldinger – se Fil → Importlogg)</source>
        <translation>Imported %1 units into “%2” (%3 messages – see File → Import Log)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="+98"/>
        <source>Importert fra «%1»: %n meldinger (se Fil → Importlogg)</source>
        <translation>
            <numerusform>Imported from “%1”: %n message (see File → Import Log)</numerusform>
            <numerusform>Imported from “%1”: %n messages (see File → Import Log)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>veiviseren kunne ikke åpnes: %1</source>
        <translation>the wizard could not be opened: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Veiviseren for «%1» kunne ikke åpnes: %2</source>
        <translation>The wizard for “%1” could not be opened: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Importer %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Velg fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bla gjennom…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Oppsummering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fila kunne ikke leses: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importen ble avvist.</source>
        <translation>The import was rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="+26"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne n&amp;ylige</source>
        <translation>Open Rece&amp;nt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vis &amp;nivåer</source>
        <translation>Show &amp;Levels</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;%n nivåer</source>
        <translation>
            <numerusform>&amp;%n level</numerusform>
            <numerusform>&amp;%n levels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Farge etter</source>
        <translation>&amp;Colour By</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Enhetstype</source>
        <translation>&amp;Unit Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Opphavskommune</source>
        <translation>&amp;Origin Municipality</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paneler</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Alternativ</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vis alternativ</source>
        <translation>&amp;Show Scenario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verktøylinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+13"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/placement_install.py" line="+43"/>
        <source>Innplassering</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lokalisering</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Ansatte følger oppgavene…</source>
        <translation>&amp;Staff Follow Their Tasks…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lokasjoner…</source>
        <translation>&amp;Locations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eksporter liste…</source>
        <translation>&amp;Export List…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Innplassering</source>
        <translation>&amp;Placement</translation>
    </message>
    <message>
        <location filename="../../ui/placement_model.py" line="+171"/>
        <source>Vakant</source>
        <extracomment>what :meth:`PlacementTableModel.update` reports set by the panel: commit(row position id, {field: value}) -&gt; bool (runs the op)</extracomment>
        <translation>Vacant</translation>
    </message>
    <message>
        <location line="+261"/>
        <location line="+4"/>
        <source>Stillingen inngår i en konflikt</source>
        <translation>The position is part of a conflict</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Konflikt: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="+50"/>
        <source>et prosjekt som ikke var lagret</source>
        <translation>a project that was never saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uten navn</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gjenopprett arbeid</source>
        <translation>Recover work</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OrgDesigner ble ikke avsluttet normalt. Det finnes en autolagret kopi av «%1» (%2) fra %3.</source>
        <translation>OrgDesigner did not close normally. There is an autosaved copy of “%1” (%2) from %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vil du gjenopprette den?</source>
        <translation>Do you want to recover it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gjenopprett</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forkast</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ikke nå</source>
        <translation>&amp;Not Now</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.py" line="+89"/>
        <source>Fant ikke alternativet «%1»</source>
        <translation>Scenario “%1” not found</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fant ikke enheten «%1» i «%2»</source>
        <translation>Unit “%1” not found in “%2”</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: ukjent format «%2» (bruk pdf, png eller svg)</source>
        <translation>%1: unknown format “%2” (use pdf, png or svg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: ugyldig papir/retning/modus (%2)</source>
        <translation>%1: invalid paper/orientation/mode (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: mappen finnes ikke</source>
        <translation>%1: the folder does not exist</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: kunne ikke skrive filen (%2)</source>
        <translation>%1: could not write the file (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: kunne ikke lage PDF</source>
        <translation>%1: could not create the PDF</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Side %1/%2 · rad %3/%4, kol. %5/%6</source>
        <translation>Page %1/%2 · row %3/%4, col. %5/%6</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1: kunne ikke skrive PNG</source>
        <translation>%1: could not write the PNG</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: kunne ikke lage SVG</source>
        <translation>%1: could not create the SVG</translation>
    </message>
    <message>
        <location filename="../../ui/compare_dialog.py" line="+222"/>
        <source>Rapporten er ikke tilgjengelig – programtillegget for rapporter er slått av</source>
        <translation>The report is not available – the reports plugin is turned off</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg minst ett alternativ</source>
        <translation>Choose at least one scenario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lagre sammenligningsrapport</source>
        <translation>Save comparison report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf);;Excel (*.xlsx);;PowerPoint (*.pptx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx);;PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Skrev sammenligningsrapporten til %1</source>
        <translation>Wrote the comparison report to %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="+45"/>
        <source>Logg: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Det oppstod en uventet feil. Programmet fortsetter, men lagre gjerne arbeidet ditt under et nytt navn. Feilen er skrevet i loggfilen:</source>
        <translation>An unexpected error occurred. The program carries on, but you may want to save your work under a new name. The error was written to the log file:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detaljer om feilen</source>
        <translation>Error details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kopier detaljer</source>
        <translation>&amp;Copy Details</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kopiert</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../ui/server_install.py" line="+34"/>
        <source>Åpne fra se&amp;rver…</source>
        <translation>Open from Se&amp;rver…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åpne et prosjekt som teamet arbeider på, på kommunens server</source>
        <translation>Open a project the team works on, on the municipality&apos;s server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legg prosjektet på ser&amp;ver…</source>
        <translation>Put Project on Ser&amp;ver…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legg det åpne prosjektet på kommunens server og arbeid videre der</source>
        <translation>Put the open project on the municipality&apos;s server and keep working there</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Åpne fra server</source>
        <translation>Open from server</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Endring avvist</source>
        <translation>Change rejected</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server: %1 · til stede: %2</source>
        <translation>Server: %1 · present: %2</translation>
    </message>
    <message>
        <location filename="../../ui/server_link.py" line="+107"/>
        <source>Endringen kan ikke sendes til serveren: %1</source>
        <extracomment>status text for the window (&quot;&quot; when all is well) list[str] logins that have the project open list[Refusal] of one sync</extracomment>
        <translation>The change cannot be sent to the server: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Du har ikke skrivetilgang – endringene dine ble ikke lagret på serveren</source>
        <translation>You do not have write access – your changes were not saved on the server</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Forbindelsen med serveren er tilbake</source>
        <translation>The connection to the server is back</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Ingen forbindelse med serveren – %n endringer venter og sendes når den er tilbake</source>
        <translation>
            <numerusform>No connection to the server – %n change is waiting and will be sent when it is back</numerusform>
            <numerusform>No connection to the server – %n changes are waiting and will be sent when it is back</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/validation_service.py" line="+37"/>
        <source>feil</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>advarsel</source>
        <translation>warning</translation>
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
        <translation>the validator “%1” failed: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validatoren «%1» feilet og er slått av</source>
        <translation>The validator “%1” failed and has been turned off</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Funn fra kontrollene (%1):</source>
        <translation>Findings from the checks (%1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… og %1 til (se Funn)</source>
        <translation>… and %1 more (see Findings)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/placement_form.py" line="+40"/>
        <source>Innplassering av %n stillinger</source>
        <translation>
            <numerusform>Placement of %n position</numerusform>
            <numerusform>Placement of %n positions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chart_accessible.py" line="+144"/>
        <source>leder %1</source>
        <translation>manager %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/chart_outline.py" line="+87"/>
        <source>ingen leder</source>
        <translation>no manager</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../ui/chart_outline.py" line="+3"/>
        <location line="+4"/>
        <source>%n ansatte</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 årsverk</source>
        <translation>%1 FTE</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n funn</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nivå %1, %2 av %3</source>
        <translation>Level %1, %2 of %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Årsverk fra de gamle kommunene: %1</source>
        <translation>FTE from the old municipalities: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stiplet linje (%1) til «%2»</source>
        <translation>Dotted line (%1) to “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stiplet linje (%1) fra «%2»</source>
        <translation>Dotted line (%1) from “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/chart_outline.py" line="-5"/>
        <source>leder: %1</source>
        <translation>manager: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>%1, %2 årsverk</source>
        <translation>%1, %2 FTE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (med underenheter: %2)</source>
        <translation>%1 (with child units: %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n underenheter ikke vist</source>
        <translation>
            <numerusform>%n child unit not shown</numerusform>
            <numerusform>%n child units not shown</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisasjonen som liste</source>
        <translation>The organisation as a list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tekstversjon av kartet: hver enhet med leder, ansatte og årsverk, underenheter innrykket under sin overordnede.</source>
        <translation>Text version of the chart: each unit with its manager, employees and FTE, child units indented below their parent.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Organisasjonskart for alternativet «%1»</source>
        <translation>Organisation chart of the scenario “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Innholdet står som tekst i «%1» på side %2–%3.</source>
        <translation>The content is given as text in “%1” on pages %2–%3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, del %2 av %3.</source>
        <translation>%1, part %2 of %3.</translation>
    </message>
    <message>
        <location filename="../../ui/chart_pdf.py" line="+122"/>
        <source>Tekstversjon, side %1/%2</source>
        <translation>Text version, page %1/%2</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+26"/>
        <source>Om OrgDesigner</source>
        <translation>About OrgDesigner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;OrgDesigner %1&lt;/h3&gt;&lt;p&gt;Organisasjonsdesign for kommuner: tegn ny organisasjon, sammenlign alternativer og innplasser ansatte.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OrgDesigner %1&lt;/h3&gt;&lt;p&gt;Organisation design for municipalities: draw the new organisation, compare scenarios and place employees.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loggfil:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne &amp;loggmappen</source>
        <translation>Open &amp;Log Folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kopier</source>
        <translation>&amp;Copy</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+55"/>
        <source>&amp;Ny</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lag et nytt, tomt prosjekt</source>
        <translation>Create a new, empty project</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Åpne …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne et prosjekt (.orgd)</source>
        <translation>Open a project (.orgd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lagre prosjektet</source>
        <translation>Save the project</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lagre &amp;som …</source>
        <translation>Save &amp;As …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lagre prosjektet i en ny fil</source>
        <translation>Save the project to a new file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eksporter &amp;kart …</source>
        <translation>Export &amp;Chart …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lagre kartet slik det vises som PDF, PNG eller SVG</source>
        <translation>Save the chart as shown, as PDF, PNG or SVG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv ut kartet, med forhåndsvisning</source>
        <translation>Print the chart, with preview</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lukk OrgDesigner</source>
        <translation>Close OrgDesigner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gjør om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klipp ut valgte enheter eller stillinger for å flytte dem</source>
        <translation>Cut the selected units or positions to move them</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lim inn</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt det som ble klippet ut inn under valgt enhet</source>
        <translation>Move what was cut under the selected unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Flytt til …</source>
        <translation>&amp;Move To …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt valgte enheter eller stillinger til en enhet du velger</source>
        <translation>Move the selected units or positions to a unit you choose</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ny &amp;underenhet</source>
        <translation>New &amp;Child Unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legg til en enhet under valgt enhet</source>
        <translation>Add a unit below the selected unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ny &amp;søskenenhet</source>
        <translation>New &amp;Sibling Unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legg til en enhet ved siden av valgt enhet</source>
        <translation>Add a unit next to the selected unit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Slett valgte enheter; stillingene deres blir ikke plassert</source>
        <translation>Delete the selected units; their positions become unplaced</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gi valgt enhet nytt navn</source>
        <translation>Rename the selected unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ny s&amp;tiplet linje til …</source>
        <translation>New &amp;Dotted Line To …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legg til en stiplet linje (faglig relasjon) fra valgt enhet eller stilling</source>
        <translation>Add a dotted line (professional relation) from the selected unit or position</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Klipp ut</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Flytt &amp;opp</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt valgt enhet ett steg opp (til venstre i kartet) blant søsknene</source>
        <translation>Move the selected unit one step up (to the left in the chart) among its siblings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flytt &amp;ned</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt valgt enhet ett steg ned (til høyre i kartet) blant søsknene</source>
        <translation>Move the selected unit one step down (to the right in the chart) among its siblings</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sl&amp;ett enhet</source>
        <translation>D&amp;elete Unit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gi nytt na&amp;vn</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>S&amp;øk …</source>
        <translation>F&amp;ind …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Søk etter enhet, person, ansattnummer eller tittel</source>
        <translation>Search for a unit, person, employee number or title</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;inn</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forstørr kartet</source>
        <translation>Enlarge the chart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;ut</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forminsk kartet</source>
        <translation>Shrink the chart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tilpass til vinduet</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis hele kartet</source>
        <translation>Show the whole chart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis kartet i naturlig størrelse</source>
        <translation>Show the chart at actual size</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Vis alle nivåer</source>
        <translation>&amp;Expand All</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fold ut alle enheter</source>
        <translation>Expand all units</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skjul under toppnivået</source>
        <translation>&amp;Collapse All</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fold sammen alle enheter</source>
        <translation>Collapse all units</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Neste panel</source>
        <translation>&amp;Next Pane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt tastaturfokus til neste panel</source>
        <translation>Move the keyboard focus to the next pane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forrige panel</source>
        <translation>&amp;Previous Pane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flytt tastaturfokus til forrige panel</source>
        <translation>Move the keyboard focus to the previous pane</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Nytt alternativ …</source>
        <translation>&amp;New Scenario …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lag et nytt, tomt alternativ</source>
        <translation>Create a new, empty scenario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kopier alternativ …</source>
        <translation>&amp;Copy Scenario …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lag en kopi av dette alternativet</source>
        <translation>Make a copy of this scenario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Gi alternativet nytt navn …</source>
        <translation>&amp;Rename Scenario …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gi dette alternativet nytt navn</source>
        <translation>Rename this scenario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;lett alternativ</source>
        <translation>De&amp;lete Scenario</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pros&amp;jektinformasjon …</source>
        <translation>Pro&amp;ject Information …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kil&amp;dekommuner …</source>
        <translation>Sour&amp;ce Municipalities …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impor&amp;tlogg …</source>
        <translation>Impor&amp;t Log …</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Slett dette alternativet</source>
        <translation>Delete this scenario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Om OrgDesigner</source>
        <translation>&amp;About OrgDesigner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hurtigtaster</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis alle hurtigtaster</source>
        <translation>Show all keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Programtillegg …</source>
        <translation>&amp;Plugins …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis og slå av eller på programtillegg</source>
        <translation>Show plugins and turn them on or off</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prosjektets navn, kommune, dato og ansvarlig (brukes i tittel og eksport)</source>
        <translation>The project&apos;s name, municipality, date and owner (used in titles and exports)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gi nytt navn, sett kommunenummer, oppdater eller fjern en kildekommune</source>
        <translation>Rename, set the municipality number, update or remove a source municipality</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alle importer med feil, advarsler og merknader</source>
        <translation>All imports with errors, warnings and notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nytt alternativ fra &amp;dagens organisasjon …</source>
        <translation>New Scenario from &amp;Current Organisation …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopier dagens organisasjon i én eller flere kommuner, med alle stillinger plassert</source>
        <translation>Copy the current organisation of one or more municipalities, with all positions placed</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+194"/>
        <source>Programtillegg</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noen programtillegg virker ikke og er slått av:</source>
        <translation>Some plugins do not work and have been turned off:</translation>
    </message>
</context>
<context>
    <name>AsIsBanner</name>
    <message>
        <location filename="../../ui/asis_banner.py" line="+24"/>
        <source>Dagens organisasjon</source>
        <translation>Current organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nytt alternativ fra denne …</source>
        <translation>New Scenario from This …</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Dagens organisasjon – %1&lt;/b&gt;%2 · skrivebeskyttet: endringer gjøres i et alternativ</source>
        <translation>&lt;b&gt;Current organisation – %1&lt;/b&gt;%2 · read-only: changes are made in a scenario</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../../orgdesigner_plugins/metric_panels/charts_qt.py" line="+139"/>
        <source>Ingen data</source>
        <extracomment>a hatch per series over its colour (series 0 plain), in bars and legend: not colour alone</extracomment>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>BulkPlaceDialog</name>
    <message>
        <location filename="../../ui/bulk_place_dialog.py" line="+48"/>
        <source>Ansatte følger oppgavene</source>
        <translation>Staff follow their tasks</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gammel enhet</source>
        <translation>Old unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvar (kostnadssted)</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOSTRA-funksjon</source>
        <translation>KOSTRA function</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(alle kommuner)</source>
        <translation>(all municipalities)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hva som flyttes</source>
        <translation>What is moved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Med &amp;underenheter</source>
        <translation>With &amp;Child Units</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Legg til regel</source>
        <translation>&amp;Add Rule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fjern regel</source>
        <translation>&amp;Remove Rule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La&amp;gre reglene</source>
        <translation>Sa&amp;ve Rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre reglene i prosjektet for dette alternativet</source>
        <translation>Save the rules in the project for this scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hent lagrede regler</source>
        <translation>&amp;Load Saved Rules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regler</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erstatt innplasseringer som allerede er gjort</source>
        <translation>&amp;Replace placements already made</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(uendret / foreslått)</source>
        <translation>(unchanged / proposed)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plasser</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Regel:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gammel &amp;kommune:</source>
        <translation>Old &amp;municipality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hva:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Til ny enhet:</source>
        <translation>&amp;To new unit:</translation>
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
            <numerusform>(%n position)</numerusform>
            <numerusform>(%n positions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stillinger blir plassert.</source>
        <translation>
            <numerusform>%n position will be placed.</numerusform>
            <numerusform>%n positions will be placed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n er allerede plassert og blir stående.</source>
        <translation>
            <numerusform>%n is already placed and stays as it is.</numerusform>
            <numerusform>%n are already placed and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n treffes av flere regler; den første gjelder.</source>
        <translation>
            <numerusform>%n matches several rules; the first one applies.</numerusform>
            <numerusform>%n match several rules; the first one applies.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Reglene er lagret i prosjektet.</source>
        <translation>The rules are saved in the project.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ingen lagrede regler for dette alternativet.</source>
        <translation>No saved rules for this scenario.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Legg til minst én regel.</source>
        <translation>Add at least one rule.</translation>
    </message>
</context>
<context>
    <name>ChartDragDrop</name>
    <message>
        <location filename="../../ui/chart_dnd.py" line="+68"/>
        <source>Slipp for: %1 → «%2»</source>
        <translation>Drop for: %1 → “%2”</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Slipp på en enhet i kartet</source>
        <translation>Drop on a unit in the chart</translation>
    </message>
</context>
<context>
    <name>ChartEditing</name>
    <message>
        <location filename="../../ui/chart_editing.py" line="+51"/>
        <source>Nytt navn på enheten</source>
        <translation>New name of the unit</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Klikk på enheten den stiplede linjen skal gå til, eller velg den med piltastene og Enter (Esc avbryter)</source>
        <translation>Click the unit the dotted line goes to, or choose it with the arrow keys and Enter (Esc cancels)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Avbrutt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gi nytt navn	F2</source>
        <translation>Rename	F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til underenhet</source>
        <translation>Add child unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slett	Delete</source>
        <translation>Delete	Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis underenheter</source>
        <translation>Show child units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skjul underenheter</source>
        <translation>Hide child units</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legg til stiplet linje til…</source>
        <translation>Add dotted line to…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fjern stiplet linje til «%1»</source>
        <translation>Remove dotted line to “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Utvid alle</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skjul alle</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vis nivåer</source>
        <translation>Show levels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Farge etter</source>
        <translation>Colour by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhetstype</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opprinnelse (kommune)</source>
        <translation>Origin (municipality)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilpass til vinduet	Ctrl+0</source>
        <translation>Fit to window	Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 %	Ctrl+1</source>
        <translation>100 %	Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lagre kartet som PDF, PNG eller SVG …</source>
        <translation>Save the chart as PDF, PNG or SVG …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre kartet under denne enheten …</source>
        <translation>Save the chart below this unit …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv ut kartet …</source>
        <translation>Print the chart …</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Lagret kartet i %1 (%2 s.)</source>
        <translation>Saved the chart to %1 (%2 p.)</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <location filename="../../ui/chart_export_dialog.py" line="+34"/>
        <location line="+51"/>
        <source>Lagre organisasjonskart</source>
        <translation>Save organisation chart</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bla gjennom…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Papirstørrelse</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retning</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etter kartets form</source>
        <translation>By the chart&apos;s shape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liggende</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stående</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fordel et stort kart over flere sider (med overlapp og skjæremerker)</source>
        <translation>&amp;Split a large chart over several pages (with overlap and crop marks)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Papir:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retning:</source>
        <translation>&amp;Orientation:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PDF (*.pdf);;PNG-bilde (*.png);;SVG-tegning (*.svg)</source>
        <translation>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
</context>
<context>
    <name>ChartInfo</name>
    <message>
        <location filename="../../ui/chart_info.py" line="+32"/>
        <source>Fargeforklaring</source>
        <translation>Colour legend</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Leder: %1</source>
        <translation>Manager: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansatte: %1 direkte, %2 totalt</source>
        <translation>Employees: %1 direct, %2 in total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Årsverk: %1 direkte, %2 totalt</source>
        <translation>FTE: %1 direct, %2 in total</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Funn: %1</source>
        <translation>Findings: %1</translation>
    </message>
</context>
<context>
    <name>ChartKeys</name>
    <message>
        <location filename="../../ui/chart_keys.py" line="+25"/>
        <source>Gå til enheten over, under, til venstre eller til høyre</source>
        <extracomment>(keys with their modifiers, description); a description is translated in the &quot;ChartKeys&quot; context</extracomment>
        <translation>Go to the unit above, below, to the left or to the right</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ta med enheten i pilens retning i utvalget</source>
        <translation>Add the unit in the arrow&apos;s direction to the selection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gi enheten nytt navn (Enter mens du lager en stiplet linje: linjen går hit)</source>
        <translation>Rename the unit (Enter while drawing a dotted line: the line goes here)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slett valgte enheter</source>
        <translation>Delete the selected units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt en stiplet linje du er i gang med</source>
        <translation>Cancel a dotted line you are drawing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis (+) eller skjul (−) enhetens underenheter</source>
        <translation>Show (+) or hide (−) the unit&apos;s child units</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontekstmenyen for enheten</source>
        <translation>The unit&apos;s context menu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom inn eller ut</source>
        <translation>Zoom in or out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis kartet i naturlig størrelse</source>
        <translation>Show the chart at actual size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vis hele kartet</source>
        <translation>Show the whole chart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold inne og dra med musen for å flytte utsnittet</source>
        <translation>Hold down and drag with the mouse to move the view</translation>
    </message>
</context>
<context>
    <name>ChartOverview</name>
    <message>
        <location filename="../../ui/chart_overview.py" line="+32"/>
        <source>Oversiktskart</source>
        <translation>Overview map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversikt over hele kartet: klikk eller dra for å flytte visningen</source>
        <translation>Overview of the whole chart: click or drag to move the view</translation>
    </message>
</context>
<context>
    <name>ChartScene</name>
    <message>
        <location filename="../../ui/chart_scene.py" line="+314"/>
        <source>Stiplet linje (%1)</source>
        <extracomment>emitted after every (re)layout a scenario with more units than this opens collapsed to ``auto_level`` levels set by the window when a findings panel runs the validators: the badges take its results (one validator run per change) instead of running them a second time per scenario not shown: its box data, layout cache, collapsed set and the edits since it was shown, so switching back re-counts only what changed</extracomment>
        <translation>Dotted line (%1)</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/chart_view.py" line="+44"/>
        <source>Organisasjonskart</source>
        <extracomment>the unit the keyboard focus rectangle is on (&quot;&quot; for none)</extracomment>
        <translation>Organisation chart</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare_dialog.py" line="-186"/>
        <source>Sammenlign alternativer</source>
        <translation>Compare scenarios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alternativer som sammenlignes</source>
        <translation>Scenarios being compared</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nøkkeltall per alternativ</source>
        <translation>Key figures per scenario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fra alternativ</source>
        <translation>From scenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Til alternativ</source>
        <translation>To scenario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endringer i strukturen</source>
        <translation>Changes in the structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endringer fra</source>
        <translation>Changes from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag &amp;rapport…</source>
        <translation>Create &amp;Report…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alternativer i tabellen:</source>
        <translation>Scenarios in the table:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enheter per nivå</source>
        <translation>Units per level</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>… og %1 til (hele listen står i rapporten)</source>
        <translation>… and %1 more (the full list is in the report)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Ingen forskjeller</source>
        <translation>No differences</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../ui/controller.py" line="+108"/>
        <source>Ingen filsti</source>
        <extracomment>a selected item: (&quot;unit&quot;, unit_id) or (&quot;position&quot;, position_id) list[Change] caused by one run, undo or redo a different project was opened or created (views rebuild) the scenario shown changed (id, or &quot;&quot; for none) list[SelectionItem], and the object that caused it (or None) file path changed (str, &quot;&quot; when untitled) a short message for the status bar (op, &quot;run&quot; | &quot;undo&quot; | &quot;redo&quot;) after the undo stack changed the project (team mode sends it) team mode: turns a factory&apos;s op into the op to apply (fractional sibling keys)</extracomment>
        <translation>No file path</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <location filename="../../ui/editing.py" line="+77"/>
        <source>Lag et alternativ først</source>
        <extracomment>the clipboard changed (paste may have become possible) a unit was added and wants its name edited (unit id)</extracomment>
        <translation>Create a scenario first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg enheten den nye enheten skal ligge under</source>
        <translation>Select the unit the new unit goes under</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Velg en enhet først</source>
        <translation>Select a unit first</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toppenheten kan ikke ha søsken; legg til en underenhet</source>
        <translation>The top unit cannot have siblings; add a child unit</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stillingene er ikke plassert</source>
        <translation>The positions are not placed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Velg enheten som skal slettes</source>
        <translation>Select the unit to delete</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slettet. Stillingene er ikke plassert lenger; Angre (Ctrl+Z) henter alt tilbake.</source>
        <translation>Deleted. The positions are no longer placed; Undo (Ctrl+Z) brings everything back.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Velg enheter eller stillinger å klippe ut</source>
        <translation>Select units or positions to cut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 klippet ut. Velg enheten de skal til og lim inn (Ctrl+V).</source>
        <translation>%1 cut. Select the unit they go to and paste (Ctrl+V).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingenting å lime inn; klipp ut først (Ctrl+X)</source>
        <translation>Nothing to paste; cut first (Ctrl+X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg enheten det skal limes inn i</source>
        <translation>Select the unit to paste into</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Velg enheter eller stillinger å flytte</source>
        <translation>Select units or positions to move</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Velg én enhet som skal flyttes</source>
        <translation>Select one unit to move</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>«%1» er allerede først</source>
        <translation>“%1” is already first</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>«%1» er allerede sist</source>
        <translation>“%1” is already last</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Velg enheten eller stillingen linjen skal gå fra</source>
        <translation>Select the unit or position the line starts at</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stiplet linje til</source>
        <translation>Dotted line to</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+61"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternativ</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Eksporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Pseudonymisert (til tillitsvalgte): uten navn, ansattnummer, lønn og fritekst</source>
        <translation>&amp;Pseudonymised (for union representatives): without names, employee numbers, salaries and free text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bare valgt enhet med underenheter ({0})</source>
        <translation>Only the selected unit with its child units ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Papirstørrelse</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retning</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etter kartets form</source>
        <translation>By the chart&apos;s shape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liggende</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stående</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fordel et stort kart over flere sider</source>
        <translation>&amp;Split a large chart over several pages</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bla gjennom…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eksporter</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Al&amp;ternativ:</source>
        <translation>Sce&amp;nario:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;il:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Velg et format og en fil</source>
        <translation>Choose a format and a file</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Velg et alternativ</source>
        <translation>Choose a scenario</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>&amp;Papir:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ingen eksportformater er tilgjengelige – se Programtillegg (et tillegg kan være slått av).</source>
        <translation>No export formats are available – see Plugins (a plugin may be turned off).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Eksporter til</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Skrev {0}</source>
        <translation>Wrote {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../ui/file_commands.py" line="+67"/>
        <source>OrgDesigner-prosjekt (*.orgd);;Alle filer (*)</source>
        <translation>OrgDesigner project (*.orgd);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ulagrede endringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosjektet har endringer som ikke er lagret. Vil du lagre dem?</source>
        <translation>The project has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forkast</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <location line="+119"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+64"/>
        <source>Alternativ 1</source>
        <translation>Scenario 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Åpne prosjekt</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+43"/>
        <source>Kan ikke åpne</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Åpnet %1 skrivebeskyttet: Lagre spør etter et nytt navn</source>
        <translation>Opened %1 read-only: Save asks for a new name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åpnet %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filen er i bruk</source>
        <translation>The file is in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en annen (låsen skrives nå)</source>
        <translation>someone else (the lock is being written)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«%1» er åpen hos %2.</source>
        <translation>“%1” is open at %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endringer to steder samtidig ville overskrive hverandre. Du kan åpne filen skrivebeskyttet (Lagre spør etter et nytt navn) eller åpne en kopi uten navn.</source>
        <translation>Changes in two places at once would overwrite each other. You can open the file read-only (Save asks for a new name) or open an untitled copy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Åpne &amp;skrivebeskyttet</source>
        <translation>Open &amp;Read-Only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åpne en &amp;kopi</source>
        <translation>Open a &amp;Copy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (kopi)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åpnet en kopi: Lagre spør etter et navn</source>
        <translation>Opened a copy: Save asks for a name</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Låsen på filen er tatt over av en annen; Lagre kontrollerer filen før den skrives</source>
        <translation>Someone else has taken over the file&apos;s lock; Save checks the file before writing it</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lagre prosjekt som</source>
        <translation>Save project as</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <location line="+11"/>
        <source>Kan ikke lagre</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Velg et annet navn.</source>
        <translation>Choose another name.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lagret %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filen er endret av andre</source>
        <translation>The file was changed by someone else</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» er endret på disken etter at du åpnet den. Lagrer du, går de endringene tapt.</source>
        <translation>“%1” was changed on disk after you opened it. If you save, those changes are lost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lagre dine endringer i en ny fil?</source>
        <translation>Save your changes to a new file?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lagre som …</source>
        <translation>&amp;Save As …</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Autolagring feilet: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kan ikke gjenopprette</source>
        <translation>Cannot recover</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ui/findings_panel.py" line="+75"/>
        <source>Vis funn</source>
        <extracomment>emitted after each refresh with the number of findings shown (tests, status bar)</extracomment>
        <translation>Show findings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle funn</source>
        <translation>All findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bare feil</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feil og advarsler</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bare brudd på prinsipper</source>
        <translation>Principle breaches only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regler</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alvorlighet og av/på for hver regel i prosjektet</source>
        <translation>Severity and on/off for each rule in the project</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Funn fra validatorene</source>
        <translation>Findings from the validators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funn</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alvorlighet</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>%1, mest alvorlig: %2</source>
        <translation>%1, most severe: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source> – %n brudd på prinsipper</source>
        <translation>
            <numerusform> – %n principle breach</numerusform>
            <numerusform> – %n principle breaches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Regelens egen (%1)</source>
        <translation>The rule&apos;s own (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regelen er på i dette prosjektet</source>
        <translation>The rule is on in this project</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Alvorlighet for «%1»</source>
        <translation>Severity of “%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Endre regelen «%1»</source>
        <translation>Change the rule “%1”</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>%1 feil, %2 advarsler, %3 info</source>
        <translation>%1 errors, %2 warnings, %3 info</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+43"/>
        <location line="+54"/>
        <source>feil</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>prinsipp</source>
        <translation>principle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>orden</source>
        <translation>order</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+43"/>
        <location line="+54"/>
        <source>advarsel</source>
        <translation>warning</translation>
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
        <translation>New scenario from the current organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kopier dagens organisasjon i én eller flere kommuner til et nytt alternativ. Alle stillinger plasseres i kopien av enheten de er i i dag.</source>
        <translation>Copy the current organisation of one or more municipalities into a new scenario. Every position is placed in the copy of the unit it is in today.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kildekommuner</source>
        <translation>Source municipalities</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 enheter, %3 stillinger)</source>
        <translation>%1 (%2 units, %3 positions)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Utgangspunkt – dagens organisasjon</source>
        <translation>Starting point – current organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn på alternativet</source>
        <translation>Name of the scenario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lag alternativet</source>
        <translation>&amp;Create Scenario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Navn på alternativet:</source>
        <translation>&amp;Name of the scenario:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Velg minst én kommune.</source>
        <translation>Choose at least one municipality.</translation>
    </message>
</context>
<context>
    <name>FtePanel</name>
    <message>
        <location filename="../../../orgdesigner_plugins/metric_panels/panels_qt.py" line="+273"/>
        <location line="+10"/>
        <source>Årsverk per tjenesteområde og stab (innplasserte)</source>
        <translation>FTE per service area and staff unit (placed)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Årsverk per underenhet av «%1» (innplasserte)</source>
        <translation>FTE per child unit of “%1” (placed)</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <location filename="../../../orgdesigner_plugins/metric_panels/charts_qt.py" line="+75"/>
        <source>Ingen ledere</source>
        <translation>No managers</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <location filename="../../ui/import_log_dialog.py" line="+50"/>
        <location line="+159"/>
        <source>Importlogg</source>
        <translation>Import log</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kildekommune</source>
        <translation>Source municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meldinger</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vis meldinger</source>
        <translation>Show messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle meldinger</source>
        <translation>All messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bare feil</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feil og advarsler</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ark</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lagre som Excel …</source>
        <translation>&amp;Save as Excel …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ingen importer ennå. Importer en ansattliste fra Fil-menyen.</source>
        <translation>No imports yet. Import a staff list from the File menu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>importert</source>
        <translation>imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avvist</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kunne ikke leses</source>
        <translation>could not be read</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 feil, %2 advarsler, %3 i alt</source>
        <translation>%1 errors, %2 warnings, %3 in total</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, ark «%2»: %3 rader lest, %4 importert, %5 avvist, %6 hoppet over. %7</source>
        <translation>%1, sheet “%2”: %3 rows read, %4 imported, %5 rejected, %6 skipped. %7</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>feil</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>advarsel</source>
        <translation>warning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lagre importloggen</source>
        <translation>Save the import log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kunne ikke lagre: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importloggen er lagret i %1</source>
        <translation>The import log was saved to %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../orgdesigner_plugins/staff_import/wizard_qt.py" line="+99"/>
        <source>Importer ansattliste</source>
        <extracomment>the icon of a marked cell, so its state is not told by colour alone (the tooltip says why)</extracomment>
        <translation>Import staff list</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Velg fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bla gjennom…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kildekommune</source>
        <translation>Source municipality</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Utelat kolonner med fødselsnumre (i stedet for å avvise fila)</source>
        <translation>Leave out columns with national ID numbers (instead of rejecting the file)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Kildekommune:</source>
        <translation>&amp;Source municipality:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Ark og overskriftsrad</source>
        <translation>Sheet and header row</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Ansattlista fra lønns-/HR-systemet (.xlsx, .xls, .xlsm eller .csv).</source>
        <translation>The staff list from the payroll/HR system (.xlsx, .xls, .xlsm or .csv).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Foreslås ut fra innholdet i fila</source>
        <translation>Suggested from the file&apos;s content</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommunenummer</source>
        <translation>Municipality number</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Arket og raden med kolonneoverskriftene er funnet automatisk. Endre om nødvendig.</source>
        <translation>The sheet and the row with the column headers were found automatically. Change them if needed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ark</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overskriftsrad</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ark:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overskriftsrad:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommune&amp;nummer:</source>
        <translation>Municipality &amp;number:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kolonner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Koble kolonnene til feltene. Celler med problemer er merket; hold musa over for årsaken.</source>
        <translation>Map the columns to the fields. Cells with problems are marked; hover over them for the reason.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Oppsummering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importen legges inn som ett steg som kan angres.</source>
        <translation>The import is added as one step that can be undone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Utelat kolonnene med fødselsnumre og les fila på nytt</source>
        <translation>Leave out the columns with national ID numbers and read the file again</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Velg ansattliste</source>
        <translation>Choose staff list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regneark (*.xlsx *.xlsm *.csv);;Alle filer (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Foreslått ut fra tittelen over lista.</source>
        <translation>Suggested from the title above the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreslått ut fra forsiden i fila.</source>
        <translation>Suggested from the file&apos;s front page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreslått ut fra kommunenummeret i fila.</source>
        <translation>Suggested from the municipality number in the file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreslått ut fra filnavnet – sjekk at navnet stemmer.</source>
        <translation>Suggested from the file name – check that the name is right.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rett navnet om det ikke stemmer.</source>
        <translation>Correct the name if it is wrong.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 rader lest: %2 kan importeres, %3 avvises, %4 hoppes over.</source>
        <translation>%1 rows read: %2 can be imported, %3 are rejected, %4 are skipped.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ark: %1, overskriftsrad %2</source>
        <translation>Sheet: %1, header row %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kildekommune: %1</source>
        <translation>Source municipality: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rader lest: %1 · importert: %2 · avvist: %3 · hoppet over: %4</source>
        <translation>Rows read: %1 · imported: %2 · rejected: %3 · skipped: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ansatte: %1 · stillinger: %2 · årsverk: %3 · enheter: %4 · arbeidssteder: %5</source>
        <translation>Employees: %1 · positions: %2 · FTE: %3 · units: %4 · workplaces: %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>feil</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>advarsel</source>
        <translation>warning</translation>
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
        <translation>Placement (positions per status)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Innplassering per status</source>
        <translation>Placement per status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbeidsplasser per gammel kommune, før og etter</source>
        <translation>Jobs per old municipality, before and after</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arbeidsplasser per gammel kommune før og etter</source>
        <translation>Jobs per old municipality before and after</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+51"/>
        <source>Stillinger</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nivåer</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Innplassert</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansatte</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lønnskostnad (kr)</source>
        <translation>Salary cost (NOK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vakante stillinger</source>
        <translation>Vacant positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endret arbeidssted</source>
        <translation>Changed workplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledere</source>
        <translation>Managers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spenn, snitt</source>
        <translation>Span, mean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spenn, største</source>
        <translation>Span, largest</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Ukjent sted</source>
        <translation>Unknown place</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Før (gammelt arbeidssted)</source>
        <translation>Before (old workplace)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Etter (innplasserte)</source>
        <translation>After (placed)</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location filename="../../ui/locations_dialog.py" line="+35"/>
        <location line="+4"/>
        <source>Lokasjoner</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Område (gammel kommune)</source>
        <translation>Area (old municipality)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brukes av</source>
        <translation>Used by</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lagre endring</source>
        <translation>&amp;Save Change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fjern</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adresse:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Område:</source>
        <translation>A&amp;rea:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(ukjent)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} enheter, {1} stillinger</source>
        <translation>{0} units, {1} positions</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Endringen ble ikke gjort</source>
        <translation>The change was not made</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+42"/>
        <source>Alternativ 1</source>
        <translation>Scenario 1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;utgangspunkt&gt;</source>
        <translation>&lt;start&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Angrehistorikk</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Egenskaper</source>
        <translation>Properties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stillinger</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Statuslinje</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Organisasjonskartet kommer her.</source>
        <translation>The organisation chart goes here.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisasjonskart</source>
        <translation>Organisation chart</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Uten navn</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)[*] – OrgDesigner</source>
        <translation>%1 (%2)[*] – OrgDesigner</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Velg enheten som skal få nytt navn</source>
        <translation>Select the unit to rename</translation>
    </message>
</context>
<context>
    <name>MetricPanelBase</name>
    <message>
        <location filename="../../../orgdesigner_plugins/metric_panels/panels_qt.py" line="-109"/>
        <source>Ingen alternativ er åpent.</source>
        <translation>No scenario is open.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nye stillinger</source>
        <translation>New positions</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/move_dialog.py" line="+29"/>
        <source>Flytt til</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skriv for å søke etter enhet</source>
        <translation>Type to search for a unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søk etter enhet</source>
        <translation>Search for a unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flytt til enheten:</source>
        <translation>&amp;Move to unit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Flytt</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>OpenFromServerDialog</name>
    <message>
        <location filename="../../ui/server_dialogs.py" line="+61"/>
        <source>Åpne fra server</source>
        <translation>Open from server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vis prosjekter</source>
        <translation>&amp;Show Projects</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prosjekter</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Åpne</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>redigerer</source>
        <translation>editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leser</source>
        <translation>reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tillitsvalgt</source>
        <translation>union representative</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen prosjekter du har tilgang til på denne serveren.</source>
        <translation>No projects you have access to on this server.</translation>
    </message>
</context>
<context>
    <name>OriginPanel</name>
    <message>
        <location filename="../../../orgdesigner_plugins/metric_panels/panels_qt.py" line="+182"/>
        <location line="+10"/>
        <source>Opprinnelse: andel årsverk fra hver gammel kommune</source>
        <translation>Origin: share of FTE from each old municipality</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Opprinnelse under «%1»: andel årsverk fra hver gammel kommune</source>
        <translation>Origin below “%1”: share of FTE from each old municipality</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../ui/outline_model.py" line="+272"/>
        <location line="+6"/>
        <source>Enhet</source>
        <translation>Unit</translation>
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
        <translation>Positions placed in the unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årsverk plassert i enheten</source>
        <translation>FTE placed in the unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ant.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, %2, %3 stillinger</source>
        <translation>%1, %2, %3 positions</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../ui/outline_view.py" line="+31"/>
        <source>Enhetstre</source>
        <translation>Unit tree</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enhetene i alternativet. F2 gir nytt navn, Ctrl+X og Ctrl+V flytter.</source>
        <translation>The units in the scenario. F2 renames, Ctrl+X and Ctrl+V move.</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../ui/people_panel.py" line="+28"/>
        <source>Stillinger</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stillinger i valgt enhet</source>
        <translation>Positions in the selected unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stillinger som ikke er plassert</source>
        <translation>Positions not placed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filtrer på navn, ansattnummer eller tittel</source>
        <translation>Filter by name, employee number or title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter for stillinger som ikke er plassert</source>
        <translation>Filter for positions not placed</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Stillinger i valgt enhet: velg en enhet</source>
        <translation>Positions in the selected unit: select a unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stillinger i «%1» (%2)</source>
        <translation>Positions in “%1” (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ikke plassert: %1 av %2</source>
        <translation>Not placed: %1 of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke plassert (%1)</source>
        <translation>Not placed (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stillingene er ikke plassert</source>
        <translation>The positions are not placed</translation>
    </message>
</context>
<context>
    <name>PlacementDelegate</name>
    <message>
        <location filename="../../ui/placement_delegate.py" line="+77"/>
        <source>(ikke plassert)</source>
        <translation>(not placed)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(enhetens lokasjon)</source>
        <translation>(the unit&apos;s location)</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <location filename="../../ui/placement_form.py" line="-4"/>
        <source>Ingen alternativ valgt</source>
        <translation>No scenario selected</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Innplassering</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbeidssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ønske {0}</source>
        <translation>Wish {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ny &amp;enhet:</source>
        <translation>New &amp;unit:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>F&amp;jern innplassering</source>
        <translation>Re&amp;move Placement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arbei&amp;dssted:</source>
        <translation>Work&amp;place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merknad:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ønske {0}:</source>
        <translation>Wish {0}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endringer lagres i prosjektet med en gang (Angre: Ctrl+Z).</source>
        <translation>Changes are saved in the project at once (Undo: Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ønskene er den ansattes egne og ikke bindende</source>
        <translation>The wishes are the employee&apos;s own and not binding</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(ikke plassert)</source>
        <translation>(not placed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(enhetens lokasjon)</source>
        <translation>(the unit&apos;s location)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Velg en eller flere stillinger i tabellen.</source>
        <translation>Select one or more positions in the table.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(ulike merknader)</source>
        <translation>(different notes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} stillinger valgt – en endring gjelder alle</source>
        <translation>{0} positions selected – a change applies to all</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} – {1} {2} % · {3}: {4} · arbeidssted {5}</source>
        <translation>{0} – {1} {2} % · {3}: {4} · workplace {5}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vakant</source>
        <translation>Vacant</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n endringer, sist {0} av {1}</source>
        <translation>
            <numerusform>%n change, last {0} by {1}</numerusform>
            <numerusform>%n changes, last {0} by {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(ulike verdier)</source>
        <translation>(different values)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Ønsker for {0} stillinger</source>
        <translation>Wishes for {0} positions</translation>
    </message>
</context>
<context>
    <name>PlacementPanel</name>
    <message>
        <location filename="../../ui/placement_panel.py" line="+67"/>
        <source>Vis stillinger</source>
        <translation>Show positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle stillinger</source>
        <translation>All positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke plassert</source>
        <translation>Not placed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Søk navn eller tittel</source>
        <translation>Search name or title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søk i stillinger</source>
        <translation>Search positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etter &amp;nivå (ovenfra og ned)</source>
        <translation>By &amp;level (top down)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stillinger og innplassering</source>
        <translation>Positions and placement</translation>
    </message>
    <message numerus="yes">
        <location line="+221"/>
        <source>Endret %n valgte stillinger</source>
        <translation>
            <numerusform>Changed %n selected position</numerusform>
            <numerusform>Changed %n selected positions</numerusform>
        </translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Ingen alternativ valgt</source>
        <translation>No scenario selected</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Bare val&amp;gt enhet</source>
        <translation>Only the selec&amp;ted unit</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Plassert {0} av {1} ({2} %) · ikke plassert {3} · konflikter {4} · viser {5}</source>
        <translation>Placed {0} of {1} ({2} %) · not placed {3} · conflicts {4} · showing {5}</translation>
    </message>
</context>
<context>
    <name>PlacementTableModel</name>
    <message>
        <location filename="../../ui/placement_columns.py" line="+8"/>
        <source>Rekkefølge</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gammel kommune</source>
        <translation>Old municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gammel enhet</source>
        <translation>Old unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ønsker</source>
        <translation>Wishes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <location filename="../../ui/plugins_dialog.py" line="+30"/>
        <location line="+5"/>
        <source>Programtillegg</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>På</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Et programtillegg som feilet, er slått av til programmet startes på nytt.</source>
        <translation>A plugin that failed is turned off until the program is restarted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 på</source>
        <translation>%1 on</translation>
    </message>
</context>
<context>
    <name>PositionForm</name>
    <message>
        <location filename="../../ui/position_form.py" line="+31"/>
        <source>Stillingstittel</source>
        <extracomment>a refused value, with the reason (bokmål)</extracomment>
        <translation>Position title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillingskode</source>
        <translation>Position code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillingsprosent</source>
        <translation>FTE percent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årslønn</source>
        <translation>Annual salary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Personalansvar</source>
        <translation>&amp;Personnel responsibility</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personalansvar</source>
        <translation>Personnel responsibility</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Budsjettansvar</source>
        <translation>&amp;Budget responsibility</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budsjettansvar</source>
        <translation>Budget responsibility</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KOSTRA-funksjon</source>
        <translation>KOSTRA function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvar</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansatt:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plassert i:</source>
        <translation>Placed in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tittel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillings&amp;kode:</source>
        <translation>Position &amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillings&amp;prosent:</source>
        <translation>FTE &amp;percent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Års&amp;lønn:</source>
        <translation>Annual &amp;salary:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arbeidssted:</source>
        <translation>&amp;Workplace:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>K&amp;OSTRA:</source>
        <translation>K&amp;OSTRA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nsvar:</source>
        <translation>Cost ce&amp;ntre:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Vakant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ikke plassert</source>
        <translation>Not placed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Endre stilling</source>
        <translation>Change position</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stillingsprosent må være et tall mellom 0 og 100</source>
        <translation>FTE percent must be a number from 0 to 100</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Årslønn må være et tall som ikke er negativt</source>
        <translation>Annual salary must be a number that is not negative</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>«%1» er ikke en KOSTRA-funksjon (tre sifre)</source>
        <translation>“%1” is not a KOSTRA function (three digits)</translation>
    </message>
</context>
<context>
    <name>PositionListModel</name>
    <message>
        <location filename="../../ui/position_list_model.py" line="+57"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(vakant)</source>
        <translation>(vacant)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ansattnr. %1</source>
        <translation>employee no. %1</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <location filename="../../ui/project_commands.py" line="+58"/>
        <source>Prosjektet har ingen kildekommuner ennå. Importer en ansattliste først.</source>
        <translation>The project has no source municipalities yet. Import a staff list first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingen importør for ansattlister er slått på.</source>
        <translation>No importer for staff lists is turned on.</translation>
    </message>
</context>
<context>
    <name>ProjectInfoDialog</name>
    <message>
        <location filename="../../ui/project_info_dialog.py" line="+19"/>
        <source>Prosjektinformasjon</source>
        <translation>Project information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prosjektnavn</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den nye kommunen, f.eks. Lillestrøm</source>
        <translation>The new municipality, e.g. Lillestrøm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ansvarlig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Prosjektnavn:</source>
        <translation>&amp;Project name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ansvarlig:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nytt prosjekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Endre prosjektinformasjon</source>
        <translation>Change project information</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <location filename="../../ui/property_panel.py" line="+31"/>
        <location line="+49"/>
        <source>Egenskaper</source>
        <translation>Properties</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg en enhet eller en stilling.</source>
        <translation>Select a unit or a position.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n enheter</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>PushToServerDialog</name>
    <message>
        <location filename="../../ui/server_dialogs.py" line="+14"/>
        <source>Legg prosjektet på server</source>
        <translation>Put the project on a server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prosjektnavn på serveren</source>
        <translation>Project name on the server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Navn på serveren:</source>
        <translation>&amp;Name on the server:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prosjektet legges på serveren, og du arbeider videre der sammen med teamet.</source>
        <translation>The project is put on the server, and you carry on working there with the team.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legg på server</source>
        <translation>Put on server</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <location filename="../../ui/scenario_box.py" line="+24"/>
        <source>Alternativer</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dagens organisasjoner (kun visning)</source>
        <translation>Current organisations (view only)</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../ui/compare_dialog.py" line="+78"/>
        <source>Prosjektet har ingen alternativer å sammenligne</source>
        <translation>The project has no scenarios to compare</translation>
    </message>
</context>
<context>
    <name>ReimportDialog</name>
    <message>
        <location filename="../../ui/reimport_dialog.py" line="+43"/>
        <source>Oppdatert ansattliste – %1</source>
        <translation>Updated staff list – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«%1» sammenlignet med ansatte i %2 (etter ansattnummer): &lt;b&gt;%3 har sluttet&lt;/b&gt;, &lt;b&gt;%4 er nye&lt;/b&gt;, &lt;b&gt;%5 er endret&lt;/b&gt;, %6 er uendret. Ingenting er endret ennå.</source>
        <translation>“%1” compared with the employees in %2 (by employee number): &lt;b&gt;%3 have left&lt;/b&gt;, &lt;b&gt;%4 are new&lt;/b&gt;, &lt;b&gt;%5 have changed&lt;/b&gt;, %6 are unchanged. Nothing has been changed yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nye ansatte kommer inn uten innplassering. De som har sluttet, beholder innplasseringen, men merkes «sluttet». Endrede stillinger beholder innplasseringen.</source>
        <translation>New employees come in without a placement. Those who have left keep their placement but are marked “left”. Changed positions keep their placement.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n rader i lista ble avvist og er ikke sammenlignet; se Fil → Importlogg.</source>
        <translation>
            <numerusform>%n row in the list was rejected and is not compared; see File → Import Log.</numerusform>
            <numerusform>%n rows in the list were rejected and are not compared; see File → Import Log.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ansatt / felt</source>
        <translation>Employee / field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nå</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sluttet (%1)</source>
        <translation>Left (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nye (%1)</source>
        <translation>New (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endret (%1)</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Oppdater prosjektet</source>
        <translation>&amp;Update Project</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lagre rapporten …</source>
        <translation>&amp;Save Report …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ansattnummer</source>
        <translation>Employee number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stillinger</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lagre endringsrapporten</source>
        <translation>Save the change report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kunne ikke lagre: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endringsrapporten er lagret i %1</source>
        <translation>The change report was saved to %1</translation>
    </message>
</context>
<context>
    <name>RelocationPanel</name>
    <message>
        <location filename="../../ui/relocation_panel.py" line="+116"/>
        <source>Bare de som bytter arbeidssted</source>
        <translation>Only those who change workplace</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lokasjon</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innplassert</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytter</source>
        <translation>Changing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent sted</source>
        <translation>Unknown place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andel som bytter</source>
        <translation>Share changing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årsverk som bytter</source>
        <translation>FTE changing</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Stillinger</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Område (gammel kommune)</source>
        <translation>Area (old municipality)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillinger før</source>
        <translation>Positions before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillinger etter</source>
        <translation>Positions after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årsverk før</source>
        <translation>FTE before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årsverk etter</source>
        <translation>FTE after</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per enhet</source>
        <translation>Per unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fra – til</source>
        <translation>From – to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per kommune</source>
        <translation>Per municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem bytter</source>
        <translation>Who changes</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Ingen alternativ valgt</source>
        <translation>No scenario selected</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} av {1} innplasserte bytter arbeidssted ({2} årsverk).</source>
        <translation>{0} of {1} placed employees change workplace ({2} FTE).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For {0} er gammelt eller nytt arbeidssted ukjent; de er holdt utenfor, ikke regnet som «bytter ikke».</source>
        <translation>For {0} the old or new workplace is unknown; they are left out, not counted as “not changing”.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Vakant</source>
        <translation>Vacant</translation>
    </message>
</context>
<context>
    <name>ScenarioBox</name>
    <message>
        <location filename="../../ui/scenario_box.py" line="+11"/>
        <source>Alternativ</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg hvilket alternativ, eller hvilken dagens organisasjon, som vises</source>
        <translation>Choose which scenario, or which current organisation, is shown</translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <location filename="../../ui/scenario_commands.py" line="+41"/>
        <source>Nytt alternativ</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn på alternativet:</source>
        <translation>Name of the scenario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternativ %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kopier alternativ</source>
        <translation>Copy scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn på kopien:</source>
        <translation>Name of the copy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (kopi)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gi alternativet nytt navn</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nytt navn:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Slett alternativ</source>
        <translation>Delete scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slette alternativet «%1»? Du kan angre med Ctrl+Z.</source>
        <translation>Delete the scenario “%1”? You can undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="+30"/>
        <source>Søk</source>
        <extracomment>(kind, id) of the result the user chose</extracomment>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enhet, navn, ansattnummer eller tittel</source>
        <translation>Unit, name, employee number or title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søketekst</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Søkeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Søk etter:</source>
        <translation>&amp;Search for:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Viser de første %n treffene; skriv mer for å snevre inn</source>
        <translation>
            <numerusform>Showing the first hit; type more to narrow it down</numerusform>
            <numerusform>Showing the first %n hits; type more to narrow them down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n treff</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen treff</source>
        <translation>No hits</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+68"/>
        <location line="+33"/>
        <location line="+47"/>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Det nye språket brukes når OrgDesigner startes på nytt.</source>
        <translation>The new language is used when OrgDesigner is restarted.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Starte OrgDesigner på nytt med det nye språket nå?</source>
        <translation>Restart OrgDesigner with the new language now?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prosjektet som er åpent, åpnes igjen etter omstarten.</source>
        <translation>The open project is opened again after the restart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start på &amp;nytt nå</source>
        <translation>&amp;Restart Now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Senere</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Kunne ikke lagre innstillingene: %1</source>
        <translation>Could not save the settings: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Innstillin&amp;ger …</source>
        <translation>Settin&amp;gs …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Språk og andre innstillinger</source>
        <translation>Language and other settings</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+43"/>
        <location line="+6"/>
        <source>Overalt</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Hurtigtaster</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Organisasjonskart</source>
        <translation>Organisation chart</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Skriv for å søke etter handling eller tast</source>
        <translation>Type to search for an action or key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Søk:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tast</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/sources_dialog.py" line="+34"/>
        <source>Kildekommuner</source>
        <translation>Source municipalities</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunenr.</source>
        <translation>Mun. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansatte</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillinger</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Gi nytt navn …</source>
        <translation>&amp;Rename …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kommunenummer …</source>
        <translation>Municipality &amp;Number …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vis dagens organisasjon</source>
        <translation>&amp;Show Current Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Oppdater fra ny ansattliste …</source>
        <translation>&amp;Update from New Staff List …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fjern …</source>
        <translation>&amp;Remove …</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Gi nytt navn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommunens navn:</source>
        <translation>The municipality&apos;s name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kommunenummer</source>
        <translation>Municipality number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommunenummer (fire sifre):</source>
        <translation>Municipality number (four digits):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ingen importør for ansattlister er slått på.</source>
        <translation>No importer for staff lists is turned on.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fjerne «%1» med dagens organisasjon (%2 enheter), %3 stillinger og deres innplasseringer i alle alternativer? Du kan angre med Ctrl+Z.</source>
        <translation>Remove “%1” with its current organisation (%2 units), %3 positions and their placements in all scenarios? You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fjern kildekommune</source>
        <translation>Remove source municipality</translation>
    </message>
</context>
<context>
    <name>SpanPanel</name>
    <message>
        <location filename="../../../orgdesigner_plugins/metric_panels/panels_qt.py" line="-109"/>
        <source>Hvordan kontrollspenn telles</source>
        <translation>How span of control is counted</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kontrollspenn: antall ledere per intervall</source>
        <translation>Span of control: number of managers per interval</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 ledere. Advarsel over %2, feil over %3</source>
        <translation>%1 managers. Warning above %2, error above %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (egne grenser for %1)</source>
        <translation> (own limits for %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %4 enheter over advarselsgrensen, %5 over feilgrensen.</source>
        <translation>: %4 units above the warning limit, %5 above the error limit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ledere</source>
        <translation>managers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endre definisjon av kontrollspenn</source>
        <translation>Change the definition of span of control</translation>
    </message>
</context>
<context>
    <name>StaffImportFields</name>
    <message>
        <location filename="../../../orgdesigner_plugins/staff_import/wizard_qt.py" line="-357"/>
        <source>Ansattnummer</source>
        <extracomment>the field names as the wizard shows them, marked for Qt&apos;s catalogue (synonyms.FIELDS stays Qt-free)</extracomment>
        <translation>Employee number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillingskode</source>
        <translation>Position code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillingsbetegnelse</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillingsprosent</source>
        <translation>FTE percent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Årslønn</source>
        <translation>Annual salary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvar</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tjeneste/funksjon</source>
        <translation>Service/function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeidssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nærmeste leder</source>
        <translation>Line manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilsettingsform</source>
        <translation>Employment type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiltredelse</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsnummer</source>
        <translation>National ID number</translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <location filename="../../ui/theme_settings.py" line="+30"/>
        <source>Farger og kontrast</source>
        <translation>Colours and contrast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Automatisk (følg operativsystemet)</source>
        <translation>&amp;Automatic (follow the operating system)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lys</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Høy kontrast (mørk)</source>
        <translation>&amp;High contrast (dark)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatisk gir høy kontrast når Windows står i høykontrastmodus eller systemet bruker mørke farger. Tekst i kartet følger systemets skriftstørrelse.</source>
        <translation>Automatic gives high contrast when Windows is in high-contrast mode or the system uses dark colours. Text in the chart follows the system&apos;s font size.</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../ui/unit_form.py" line="+36"/>
        <source>Navn</source>
        <extracomment>a refused value, with the reason (bokmål)</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhetstype</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leder</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lokalisering</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOSTRA-funksjoner</source>
        <translation>KOSTRA functions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>f.eks. 202, 213</source>
        <translation>e.g. 202, 213</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Ansvar</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leder:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lokalisering:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Målgruppe:</source>
        <translation>Tar&amp;get group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KOSTRA:</source>
        <translation>&amp;KOSTRA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ansvar:</source>
        <translation>&amp;Cost centre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plassering:</source>
        <translation>Place in tree:</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n enheter valgt – en endring gjelder alle</source>
        <translation>
            <numerusform>%n unit selected – a change applies to all</numerusform>
            <numerusform>%n units selected – a change applies to all</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(ulike navn)</source>
        <translation>(different names)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>vakant</source>
        <translation>vacant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(ikke angitt)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forvaltning</source>
        <translation>administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tjenesteyting</source>
        <translation>service delivery</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>(ulike verdier)</source>
        <translation>(different values)</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Endre %n enheter</source>
        <translation>
            <numerusform>Change %n unit</numerusform>
            <numerusform>Change %n units</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Navnet kan ikke være tomt</source>
        <translation>The name cannot be empty</translation>
    </message>
</context>
<context>
    <name>UnitItem</name>
    <message>
        <location filename="../../ui/unit_item.py" line="+304"/>
        <source>Ingen leder</source>
        <extracomment>the light palette&apos;s colours per unit type (exports and legends; painting reads the palette)</extracomment>
        <translation>No manager</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ansatte %1 / %2</source>
        <translation>Employees %1 / %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Årsverk %1 / %2</source>
        <translation>FTE %1 / %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Slipp her</source>
        <translation>Drop here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke tillatt</source>
        <translation>Not allowed</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../ui/welcome_panel.py" line="+32"/>
        <source>&lt;h2&gt;Kom i gang med sammenslåingen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Get started with the merger&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Et sammenslåingsprosjekt går i fire steg. Start med ansattlistene fra de gamle kommunene; dagens organisasjoner bygges av dem.</source>
        <translation>A merger project has four steps. Start with the staff lists from the old municipalities; the current organisations are built from them.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1  Importer ansattlistene …</source>
        <translation>1  Import the staff lists …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Én liste per kommune fra lønns-/HR-systemet (.xlsx, .xls, .csv).</source>
        <translation>One list per municipality from the payroll/HR system (.xlsx, .xls, .csv).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2  Se på dagens organisasjoner</source>
        <translation>2  Look at the current organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hver kommunes organisasjon i dag, med ansatte og årsverk per enhet.</source>
        <translation>Each municipality&apos;s organisation today, with employees and FTE per unit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3  Tegn et alternativ …</source>
        <translation>3  Draw a scenario …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start fra dagens organisasjoner, eller importer en organisasjonsstruktur.</source>
        <translation>Start from the current organisations, or import an organisation structure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4  Plasser de ansatte</source>
        <translation>4  Place the employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innplassering: hver stilling i en enhet i det nye alternativet.</source>
        <translation>Placement: every position in a unit of the new scenario.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Prosjektinformasjon …</source>
        <translation>Project information …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skjul denne siden</source>
        <translation>Hide this page</translation>
    </message>
</context>
<context>
    <name>WishesEditor</name>
    <message>
        <location filename="../../ui/placement_delegate.py" line="-46"/>
        <source>Ønske {0}</source>
        <translation>Wish {0}</translation>
    </message>
</context>
<context>
    <name>_ServerDialog</name>
    <message>
        <location filename="../../ui/server_dialogs.py" line="-89"/>
        <source>tjenestenavn, «host=… dbname=…» eller postgresql://…</source>
        <translation>service name, “host=… dbname=…” or postgresql://…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
</TS>
