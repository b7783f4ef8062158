"""The command line's messages: key → (Flemish Dutch, English).

:data:`MESSAGES` holds Bouwsteen's own words; :data:`ARGPARSE_MESSAGES` translates the words that argparse
itself prints ("usage:", "options", its error messages), keyed by argparse's English original.
"""

from __future__ import annotations

from bouwsteen_tui.i18n.workspace import WORKSPACE_MESSAGES

MESSAGES: dict[str, tuple[str, str]] = {
    # --- help: the program and its options
    "help.description": (
        "Bouwsteen: werken aan de relatie. Een begeleide wizard voor onderwijs- en welzijnsprofessionals: "
        "je rolkaart (stap 1), casussen met hun afsprakenblad (stap 2) en je netwerkkaart (stap 3). "
        "Zonder commando opent de wizard.",
        "Bouwsteen: working on the relationship. A guided wizard for education and welfare professionals: "
        "your role card (step 1), cases with their agreement sheet (step 2) and your network map (step 3). "
        "Without a command, the wizard opens.",
    ),
    "help.epilog": (
        "Alles wat je invult, blijft op dit toestel. Hulp bij een commando: bouwsteen COMMANDO --help. "
        "Omgevingsvariabelen: BOUWSTEEN_WORKSPACE (de werkmap), BOUWSTEEN_LANG (nl of en). "
        "Engelstalig: --lang en.",
        "Everything you fill in stays on this device. Help on a command: bouwsteen COMMAND --help. "
        "Environment variables: BOUWSTEEN_WORKSPACE (the workspace folder), BOUWSTEEN_LANG (nl or en). "
        "In Dutch: --lang nl.",
    ),
    "help.commands": ("commando's", "commands"),
    "help.command_metavar": ("COMMANDO", "COMMAND"),
    "metavar.folder": ("MAP", "DIR"),
    "metavar.code": ("CODE", "CODE"),
    "opt.help": ("toon deze hulp en stop", "show this help and exit"),
    "opt.version": ("toon het versienummer en stop", "show the version number and exit"),
    "opt.workspace": (
        "de werkmap met je antwoorden (standaard: {default})",
        "the workspace folder with your answers (default: {default})",
    ),
    "opt.content": (
        "gebruik het inhoudspakket in deze map in plaats van het ingebouwde",
        "use the content pack in this folder instead of the built-in one",
    ),
    "opt.lang": (
        "taal van de interface en van het ingebouwde inhoudspakket (standaard: $BOUWSTEEN_LANG, anders de "
        "laatst gekozen taal, anders nl)",
        "language of the interface and of the built-in content pack (default: $BOUWSTEEN_LANG, else the language "
        "chosen last, else nl)",
    ),
    # --- help: the commands
    "cmd.check_content": ("controleer een inhoudspakket", "check a content pack"),
    "cmd.check_content.description": (
        "Controleer een inhoudspakket en toon elk probleem op een eigen regel, met het bestand, de regel en "
        "het veld. Eindigt met code 0 als het pakket in orde is, anders met 1.",
        "Check a content pack and show every problem on a line of its own, with the file, the line and the "
        "field. Exits with code 0 when the pack is fine, otherwise with 1.",
    ),
    "arg.pack_dir": (
        "de map van het pakket (standaard: het ingebouwde Nederlandstalige pakket)",
        "the pack's folder (default: the built-in Dutch pack)",
    ),
    "cmd.export": (
        "schrijf je rolkaart, casussen en netwerkkaart als bestanden weg",
        "write your role card, cases and network map to files",
    ),
    "cmd.export.description": (
        "Schrijf de uitvoer (Markdown-documenten en een agenda met de data van terugkoppeling en bijsturing) "
        "naar een map. Let op: die bestanden bevatten wat je invulde; bewaar en deel ze even zorgvuldig.",
        "Write the outputs (Markdown documents and a calendar with the report-back and adjustment dates) to a "
        "folder. Mind that these files hold what you filled in; store and share them just as carefully.",
    ),
    "opt.out": (
        "de map voor de uitvoer (standaard: bouwsteen-export in de huidige map)",
        "the folder for the outputs (default: bouwsteen-export in the current folder)",
    ),
    "opt.case": (
        "exporteer alleen de casus met deze code (zie bouwsteen list)",
        "export only the case with this code (see bouwsteen list)",
    ),
    "opt.format": (
        "md: documenten, ics: agenda, all: allebei (standaard), case: de casus zelf als bestand om uit te delen "
        "(met --case; in te lezen met bouwsteen import)",
        "md: documents, ics: calendar, all: both (default), case: the case itself as a file to hand out "
        "(with --case; read in with bouwsteen import)",
    ),
    "opt.bundle": (
        "schrijf alle uitvoer in één zip-bestand om mee naar huis te nemen, in plaats van in een map",
        "write all outputs into one zip file to take home, instead of into a folder",
    ),
    "metavar.zip": ("BESTAND.zip", "FILE.zip"),
    "metavar.file": ("BESTAND", "FILE"),
    "metavar.minutes": ("MINUTEN", "MINUTES"),
    "opt.timer": (
        "toon bovenaan een oefentimer die zoveel minuten aftelt, met een melding als de tijd om is (voor vormingen)",
        "show an exercise timer at the top that counts down this many minutes, with a notice when time is up "
        "(for workshops)",
    ),
    "timer.bad": (
        "geef een geheel aantal minuten van 1 tot 480",
        "give a whole number of minutes from 1 to 480",
    ),
    "opt.allow_identifiers": (
        "exporteer ook afsprakenbladen waarin een rijksregisternummer, e-mailadres, telefoonnummer, IBAN of "
        "geboortedatum staat (standaard worden die tegengehouden)",
        "also export agreement sheets that contain a national register number, e-mail address, phone number, IBAN "
        "or date of birth (by default they are withheld)",
    ),
    "export.identifier": ("mogelijk identificerende gegevens in {where}", "possibly identifying data in {where}"),
    "export.withheld": (
        "Niet geëxporteerd: {codes}. Vervang de gegevens door de casuscode (Ctrl+R in de wizard) of exporteer "
        "bewust met --allow-identifiers.",
        "Not exported: {codes}. Replace the data by the case code (Ctrl+R in the wizard) or export deliberately "
        "with --allow-identifiers.",
    ),
    "cmd.list": (
        "toon je casussen: code, korte beschrijving, status en data",
        "list your cases: code, short description, status and dates",
    ),
    "cmd.list.description": (
        "Toon één regel per casus: de code, de korte beschrijving, de status, de eerstvolgende terugkoppeling "
        "en tot wanneer je de casus bewaart. Andere inhoud van de casus wordt niet getoond.",
        "Show one line per case: the code, the short description, the status, the next report-back date and "
        "until when the case is kept. No other content of the case is shown.",
    ),
    "cmd.wipe": ("verwijder de hele werkmap", "delete the whole workspace"),
    "cmd.wipe.description": (
        "Verwijder de hele werkmap voorgoed: rolkaart, casussen, netwerkkaart en instellingen. Bedoeld voor "
        "gedeelde toestellen, zoals laptops na een vorming. Je bevestigt door een woord te typen.",
        "Delete the whole workspace for good: role card, cases, network map and settings. Meant for shared "
        "devices, such as laptops after a training session. You confirm by typing a word.",
    ),
    "opt.yes": (
        "niet om bevestiging vragen (voor scripts)",
        "do not ask for confirmation (for scripts)",
    ),
    "cmd.import": (
        "voeg een casusbestand (bv. een oefencasus) toe aan je werkmap",
        "add a case file (for instance an exercise case) to your workspace",
    ),
    "cmd.import.description": (
        "Voeg een casus toe die met 'bouwsteen export --case CODE --format case' werd uitgedeeld. De casus krijgt "
        "een nieuwe code, zodat geen enkele bestaande casus overschreven wordt. Partners waarnaar de casus "
        "verwijst, worden op naam van hun organisatie gekoppeld aan je netwerkkaart, of eraan toegevoegd. Een "
        "bestand met mogelijk identificerende gegevens wordt geweigerd, tenzij je --allow-identifiers gebruikt.",
        "Add a case that was handed out with 'bouwsteen export --case CODE --format case'. The case gets a new "
        "code, so that no existing case is ever overwritten. Partners the case refers to are matched to your "
        "network map by the name of their organisation, or added to it. A file with possibly identifying data is "
        "refused unless you use --allow-identifiers.",
    ),
    "arg.case_file": (
        "het casusbestand (gemaakt met bouwsteen export --case CODE --format case)",
        "the case file (made with bouwsteen export --case CODE --format case)",
    ),
    "opt.allow_identifiers_import": (
        "importeer ook een casus waarin een rijksregisternummer, e-mailadres, telefoonnummer, IBAN of "
        "geboortedatum staat (standaard wordt die geweigerd)",
        "also import a case that contains a national register number, e-mail address, phone number, IBAN or "
        "date of birth (by default it is refused)",
    ),
    "cmd.demo": (
        "vul een lege werkmap met een volledig, verzonnen voorbeeld",
        "fill an empty workspace with a complete, fictional example",
    ),
    "cmd.demo.description": (
        "Vul een lege werkmap met een volledig, verzonnen en geanonimiseerd voorbeeld: de rolkaart van een "
        "CLB-medewerker, een netwerkkaart met zeven partners (sterke banden en hiaten) en twee casussen met "
        "invalshoeken, gekozen acties en afspraken met data. Zo zie je meteen wat elke stap oplevert. Een werkmap "
        "die al antwoorden bevat, wordt nooit overschreven.",
        "Fill an empty workspace with a complete, fictional and anonymised example: the role card of a CLB "
        "worker, a network map with seven partners (strong links and gaps) and two cases with perspectives, "
        "chosen actions and agreements with dates. You see at once what each step produces. A workspace that "
        "already holds answers is never overwritten.",
    ),
    "cmd.serve": (
        "open de wizard in je browser (alleen op dit toestel)",
        "open the wizard in your browser (on this device only)",
    ),
    "cmd.serve.description": (
        "Start een kleine webserver op 127.0.0.1, zodat je de wizard in een browser op dit toestel kan gebruiken. "
        "Er is geen internet nodig en andere toestellen kunnen er niet bij. Stop met Ctrl+C.",
        "Start a small web server on 127.0.0.1, so that you can use the wizard in a browser on this device. No "
        "internet is needed and other devices cannot reach it. Stop with Ctrl+C.",
    ),
    "opt.port": (
        "de poort op 127.0.0.1 (standaard: {default}; 0 kiest een vrije poort)",
        "the port on 127.0.0.1 (default: {default}; 0 picks a free port)",
    ),
    "port.bad": (
        "geef een poortnummer van 0 tot 65535 (0 kiest een vrije poort)",
        "give a port number from 0 to 65535 (0 picks a free port)",
    ),
    # --- general
    "error.prefix": ("fout", "error"),
    "interrupted": ("Onderbroken.", "Interrupted."),
    "none": ("–", "–"),
    # --- content
    "content.ok": (
        "OK: {folder}: pakket '{pack_id}' ({language}), {steps} stappen, {questions} vragen.",
        "OK: {folder}: pack '{pack_id}' ({language}), {steps} steps, {questions} questions.",
    ),
    "content.problems.one": (
        "1 probleem gevonden in {folder}.",
        "1 problem found in {folder}.",
    ),
    "content.problems.many": (
        "{count} problemen gevonden in {folder}.",
        "{count} problems found in {folder}.",
    ),
    "content.broken": (
        "Het inhoudspakket in {folder} bevat fouten; de wizard start niet.",
        "The content pack in {folder} has errors; the wizard does not start.",
    ),
    "content.fix": (
        "Verbeter ze en controleer opnieuw met: bouwsteen check-content {folder}",
        "Fix them and check again with: bouwsteen check-content {folder}",
    ),
    "content.unknown_language": (
        "Er is geen ingebouwd pakket in de taal '{language}'. Kies nl of en met --lang, of geef een eigen "
        "pakket op met --content MAP.",
        "There is no built-in pack in the language '{language}'. Choose nl or en with --lang, or give a pack of "
        "your own with --content DIR.",
    ),
    # --- workspace
    "workspace.missing": (
        "Er is geen werkmap in {folder}. Start eerst 'bouwsteen' om er een te maken, of kies een andere map "
        "met --workspace MAP.",
        "There is no workspace in {folder}. Start 'bouwsteen' first to create one, or choose another folder "
        "with --workspace DIR.",
    ),
    "workspace.not_dir": (
        "{folder} is geen map. Kies een andere map met --workspace MAP.",
        "{folder} is not a folder. Choose another folder with --workspace DIR.",
    ),
    "workspace.problem": ("Let op: {problem}", "Note: {problem}"),
    "workspace.problem.set_aside": (
        "Let op: {file}: {reason}. Het bestand is onaangeroerd opzij gezet naar {target}; de rest is geladen.",
        "Note: {file}: {reason}. The file was set aside untouched to {target}; the rest was loaded.",
    ),
    "workspace.problem.not_loaded": ("Let op: {file}: {reason}.", "Note: {file}: {reason}."),
    # --- list
    "list.col.code": ("CODE", "CODE"),
    "list.col.description": ("BESCHRIJVING", "DESCRIPTION"),
    "list.col.status": ("STATUS", "STATUS"),
    "list.col.report_back": ("TERUGKOPPELING", "REPORT BACK"),
    "list.col.keep_until": ("BEWAREN TOT", "KEEP UNTIL"),
    "list.status.open": ("lopend", "open"),
    "list.status.closed": ("afgesloten", "closed"),
    "list.expired": ("verlopen", "expired"),
    "list.empty": ("Geen casussen in {folder}.", "No cases in {folder}."),
    "list.unreadable": (
        "De casussen in {folder} kunnen niet getoond worden: los eerst het probleem hierboven op. Er is niets "
        "verwijderd.",
        "The cases in {folder} cannot be listed: fix the problem above first. Nothing was deleted.",
    ),
    "list.expired_hint": (
        "{count} casus(sen) voorbij de bewaardatum: sluit en verwijder ze in de wizard als je ze niet meer nodig "
        "hebt.",
        "{count} case(s) past their keep-until date: close and delete them in the wizard if you no longer need "
        "them.",
    ),
    # --- export
    "export.out": ("Uitvoer in {folder}:", "Outputs in {folder}:"),
    "export.nothing": (
        "Er was niets te exporteren: de werkmap bevat nog geen antwoorden.",
        "There was nothing to export: the workspace holds no answers yet.",
    ),
    "export.bad_code": (
        "'{code}' is geen casuscode. Een casuscode ziet eruit als C-7K4Q; bekijk je codes met: bouwsteen list",
        "'{code}' is not a case code. A case code looks like C-7K4Q; see your codes with: bouwsteen list",
    ),
    "export.unknown_case": (
        "Er is geen casus {code} in {folder}. Bekijk je codes met: bouwsteen list",
        "There is no case {code} in {folder}. See your codes with: bouwsteen list",
    ),
    "export.out_not_writable": (
        "Kan niet schrijven in {folder}: {reason}. Kies een andere map met --out MAP.",
        "Cannot write in {folder}: {reason}. Choose another folder with --out DIR.",
    ),
    "export.failed": (
        "Exporteren mislukt: {reason}",
        "Export failed: {reason}",
    ),
    "export.unavailable": (
        "Exporteren is in deze versie van Bouwsteen niet beschikbaar.",
        "Exporting is not available in this version of Bouwsteen.",
    ),
    "export.warning": (
        "Deze bestanden bevatten wat je invulde: bewaar ze veilig en verwijder ze als je ze niet meer nodig hebt.",
        "These files hold what you filled in: keep them safe and delete them when you no longer need them.",
    ),
    "export.case_needs_code": (
        "--format case schrijft één casus weg: geef ook --case CODE op (bekijk je codes met: bouwsteen list).",
        "--format case writes one case: give --case CODE too (see your codes with: bouwsteen list).",
    ),
    "export.bundle_conflict": (
        "--bundle schrijft één zip-bestand: gebruik het niet samen met --out of --format case.",
        "--bundle writes one zip file: do not combine it with --out or --format case.",
    ),
    "export.bundle_is_dir": (
        "{path} is een map. Geef de naam van een zip-bestand, bv. --bundle mijn-werk.zip",
        "{path} is a folder. Give the name of a zip file, e.g. --bundle my-work.zip",
    ),
    "export.bundle_failed": (
        "Bundel niet geschreven naar {path}: {reason}",
        "Bundle not written to {path}: {reason}",
    ),
    "export.bundle_written": (
        "Bundel geschreven naar {path}, met {count} bestand(en):",
        "Bundle written to {path}, with {count} file(s):",
    ),
    "export.case_written": (
        "Casus {code} staat in {path}. Wie het bestand krijgt, voegt de casus toe met: bouwsteen import {name}",
        "Case {code} is in {path}. Whoever receives the file adds the case with: bouwsteen import {name}",
    ),
    # --- import
    "import.refused": (
        "Niet geïmporteerd: {file} {reason}. Er is niets veranderd.",
        "Not imported: {file} {reason}. Nothing was changed.",
    ),
    "import.reason.unreadable": ("kan niet gelezen worden ({error})", "cannot be read ({error})"),
    "import.reason.too_large": (
        "is {size} kB groot, meer dan de {limit} kB die een casusbestand hoogstens mag zijn; is het wel een "
        "casusbestand? Vraag wie het maakte om het opnieuw te maken met bouwsteen export --case CODE --format case",
        "is {size} kB, more than the {limit} kB a case file may be at most; is it a case file at all? Ask whoever "
        "made it to make it again with bouwsteen export --case CODE --format case",
    ),
    "import.reason.too_deep": (
        "is geen casusbestand: het is dieper genest dan de {limit} niveaus die een casusbestand hoogstens heeft",
        "is not a case file: it is nested deeper than the {limit} levels a case file has at most",
    ),
    "import.reason.too_many_partners": (
        "brengt {found} partners mee, meer dan de {limit} die een casusbestand hoogstens mag meebrengen; er is "
        "niets aan de netwerkkaart toegevoegd. Vraag wie het bestand maakte om een casusbestand met minder "
        "partners",
        "brings {found} partners, more than the {limit} a case file may bring at most; nothing was added to the "
        "network map. Ask whoever made the file for a case file with fewer partners",
    ),
    "import.reason.too_many_answers": (
        "bevat {found} antwoorden, meer dan de {limit} die een casus hoogstens mag hebben. Vraag wie het bestand "
        "maakte om een kleiner casusbestand",
        "holds {found} answers, more than the {limit} a case may have at most. Ask whoever made the file for a "
        "smaller case file",
    ),
    "import.reason.too_many_records": (
        "bevat {found} items in totaal, meer dan de {limit} die een casus hoogstens mag hebben. Vraag wie het "
        "bestand maakte om een kleiner casusbestand",
        "holds {found} items in all, more than the {limit} a case may have at most. Ask whoever made the file for a "
        "smaller case file",
    ),
    "import.reason.too_many_items": (
        "bevat bij {where} {found} items, meer dan de {limit} die een casusbestand per vraag hoogstens mag hebben. "
        "Vraag wie het bestand maakte om een kleiner casusbestand",
        "holds {found} items at {where}, more than the {limit} a case file may have per question at most. Ask "
        "whoever made the file for a smaller case file",
    ),
    "import.reason.text_too_long": (
        "bevat bij {where} een tekst van {found} tekens, meer dan de {limit} tekens die één tekst hoogstens mag "
        "tellen. Vraag wie het bestand maakte om die tekst in te korten",
        "holds a text of {found} characters at {where}, more than the {limit} characters one text may have at "
        "most. Ask whoever made the file to shorten that text",
    ),
    "import.reason.not_toml": (
        "is geen geldig casusbestand: het is geen leesbare TOML ({error})",
        "is not a valid case file: it is not readable TOML ({error})",
    ),
    "import.reason.not_bouwsteen": (
        "is geen Bouwsteen-casusbestand",
        "is not a Bouwsteen case file",
    ),
    "import.reason.foreign": (
        "is geen casusbestand maar een Bouwsteen-document van de soort '{kind}'; een casusbestand maak je met "
        "bouwsteen export --case CODE --format case",
        "is not a case file but a Bouwsteen document of the kind '{kind}'; make a case file with bouwsteen "
        "export --case CODE --format case",
    ),
    "import.reason.newer": (
        "komt van een nieuwere Bouwsteen (schemaversie {version}, deze versie leest tot {supported}); werk "
        "Bouwsteen bij om het te importeren",
        "comes from a newer Bouwsteen (schema version {version}, this version reads up to {supported}); update "
        "Bouwsteen to import it",
    ),
    "import.reason.invalid": (
        "is beschadigd of onvolledig (bij {where}: {error})",
        "is damaged or incomplete (at {where}: {error})",
    ),
    "import.reason.pack_mismatch": (
        "hoort bij het inhoudspakket '{file_pack}', maar deze werkmap gebruikt '{pack}'. Geef het juiste pakket op "
        "met --content MAP",
        "belongs to the content pack '{file_pack}', but this workspace uses '{pack}'. Give the right pack with "
        "--content DIR",
    ),
    "import.withheld": (
        "Niet geïmporteerd: {file} bevat mogelijk identificerende gegevens. Vraag om een versie waarin ze door de "
        "casuscode vervangen zijn, of importeer bewust met --allow-identifiers.",
        "Not imported: {file} contains possibly identifying data. Ask for a version in which they are replaced by "
        "the case code, or import deliberately with --allow-identifiers.",
    ),
    "import.not_workspace": (
        "Niet geïmporteerd: {folder} lijkt geen Bouwsteen-werkmap, want {reason}. Kies een andere map met "
        "--workspace MAP.",
        "Not imported: {folder} does not look like a Bouwsteen workspace, because {reason}. Choose another folder "
        "with --workspace DIR.",
    ),
    "import.locked": (
        "Niet geïmporteerd: de werkmap {folder} kan niet beschreven worden ({reason}).",
        "Not imported: the workspace {folder} cannot be written ({reason}).",
    ),
    "import.in_use": (
        "Niet geïmporteerd: de werkmap {folder} is in gebruik door een ander Bouwsteen-venster. Sluit dat eerst en "
        "probeer opnieuw.",
        "Not imported: the workspace {folder} is in use by another Bouwsteen window. Close that one first and try "
        "again.",
    ),
    "import.failed": ("Importeren mislukt: {reason}", "Import failed: {reason}"),
    "import.done": (
        "Casus toegevoegd als {code} in {folder} (in het bestand: {source}).",
        "Case added as {code} in {folder} (in the file: {source}).",
    ),
    "import.partners_matched": (
        "Gekoppeld aan partners van je netwerkkaart: {names}",
        "Matched to partners of your network map: {names}",
    ),
    "import.partners_added": (
        "Toegevoegd aan je netwerkkaart: {names}",
        "Added to your network map: {names}",
    ),
    # --- demo
    "demo.has_data": (
        "Geen voorbeeld geschreven: de werkmap {folder} bevat al antwoorden, en die worden nooit overschreven. "
        "Kies een lege of nieuwe map met --workspace MAP.",
        "No example written: the workspace {folder} already holds answers, and those are never overwritten. "
        "Choose an empty or new folder with --workspace DIR.",
    ),
    "demo.not_workspace": (
        "Geen voorbeeld geschreven: {folder} lijkt geen Bouwsteen-werkmap, want {reason}. Kies een lege of nieuwe "
        "map met --workspace MAP.",
        "No example written: {folder} does not look like a Bouwsteen workspace, because {reason}. Choose an empty "
        "or new folder with --workspace DIR.",
    ),
    "demo.locked": (
        "Geen voorbeeld geschreven: de werkmap {folder} kan niet beschreven worden ({reason}).",
        "No example written: the workspace {folder} cannot be written ({reason}).",
    ),
    "demo.in_use": (
        "Geen voorbeeld geschreven: de werkmap {folder} is in gebruik door een ander Bouwsteen-venster.",
        "No example written: the workspace {folder} is in use by another Bouwsteen window.",
    ),
    "demo.failed": ("Voorbeeld niet geschreven: {reason}", "Example not written: {reason}"),
    "demo.done": (
        "Het voorbeeld staat in {folder}: de rolkaart van een CLB-medewerker, een netwerkkaart met {partners} "
        "partners en {cases} casussen ({codes}). Alles is verzonnen.",
        "The example is in {folder}: the role card of a CLB worker, a network map with {partners} partners and "
        "{cases} cases ({codes}). Everything is made up.",
    ),
    "demo.next": (
        "Open het met: bouwsteen --workspace {folder}\nBekijk de uitvoer met: bouwsteen export --workspace {folder}",
        "Open it with: bouwsteen --workspace {folder}\nSee the outputs with: bouwsteen export --workspace {folder}",
    ),
    # --- serve
    "serve.unavailable": (
        "De browsermodus heeft het pakket textual-serve nodig. Installeer het met: pip install textual-serve",
        "Browser mode needs the package textual-serve. Install it with: pip install textual-serve",
    ),
    "serve.start": (
        "Bouwsteen draait nu in je browser. Open dit adres (alleen bereikbaar vanop dit toestel):\n{url}\n"
        "Het bevat een geheime sleutel die bij elke start verandert: geef het aan niemand. Stop met Ctrl+C.",
        "Bouwsteen now runs in your browser. Open this address (reachable from this device only):\n{url}\n"
        "It holds a secret key that changes at every start: give it to no one. Stop with Ctrl+C.",
    ),
    "serve.note": (
        "Werkmap: {folder}. Elk browsertabblad start een eigen Bouwsteen; alleen het eerste kan er schrijven.",
        "Workspace: {folder}. Every browser tab starts its own Bouwsteen; only the first one can write there.",
    ),
    "serve.port_in_use": (
        "Poort {port} is al in gebruik. Kies een andere met --port N.",
        "Port {port} is already in use. Choose another one with --port N.",
    ),
    "serve.failed": ("De browsermodus kon niet starten: {reason}", "Browser mode could not start: {reason}"),
    "serve.stopped": ("Browsermodus gestopt.", "Browser mode stopped."),
    "serve.page.title": ("Bouwsteen", "Bouwsteen"),
    "serve.page.loading": ("Even geduld, de wizard start …", "One moment, the wizard is starting …"),
    "serve.page.start": ("Start", "Start"),
    "serve.page.ended": (
        "De sessie is afgelopen. Je antwoorden zijn bewaard.",
        "The session has ended. Your answers have been saved.",
    ),
    "serve.page.restart": ("Opnieuw starten", "Start again"),
    "serve.page.forbidden": (
        "Geen toegang. Open het volledige adres dat 'bouwsteen serve' in de terminal toont, met de sleutel erin "
        "(?token=...). Na een herstart van 'bouwsteen serve' is er een nieuwe sleutel.",
        "Access denied. Open the full address that 'bouwsteen serve' shows in the terminal, with the key in it "
        "(?token=...). After a restart of 'bouwsteen serve' there is a new key.",
    ),
    # --- wipe
    "wipe.word": ("WISSEN", "WIPE"),
    "wipe.prompt": (
        "Dit verwijdert de hele werkmap {folder} voorgoed, met {cases} casus(sen), je rolkaart, je netwerkkaart "
        "en je instellingen. Dit kan niet ongedaan gemaakt worden.\nTyp {word} om te bevestigen: ",
        "This deletes the whole workspace {folder} for good, with {cases} case(s), your role card, your network "
        "map and your settings. This cannot be undone.\nType {word} to confirm: ",
    ),
    "wipe.no_answer": (
        "Niets verwijderd: er kwam geen bevestiging. Voer het commando uit in een terminal en typ het woord, of "
        "gebruik --yes als je zeker bent.",
        "Nothing deleted: no confirmation was given. Run the command in a terminal and type the word, or use "
        "--yes if you are sure.",
    ),
    "wipe.mismatch": (
        "Niets verwijderd: je typte niet {word}.",
        "Nothing deleted: you did not type {word}.",
    ),
    "wipe.missing": (
        "Er is geen werkmap in {folder}: er is niets te wissen.",
        "There is no workspace in {folder}: there is nothing to wipe.",
    ),
    "wipe.not_workspace": (
        "Niets verwijderd: {folder} lijkt geen Bouwsteen-werkmap, want {reason}. Controleer --workspace; wil je "
        "deze map echt kwijt, verwijder ze dan zelf.",
        "Nothing deleted: {folder} does not look like a Bouwsteen workspace, because {reason}. Check --workspace; "
        "if you really want this folder gone, delete it yourself.",
    ),
    "wipe.reason.no_marker": (
        "er staat geen settings.toml, geen map cases en geen Bouwsteen-bestand in",
        "it holds no settings.toml, no cases folder and no Bouwsteen file",
    ),
    "wipe.reason.foreign": (
        "er staat iets in dat Bouwsteen niet maakt: {names}",
        "it holds something Bouwsteen does not make: {names}",
    ),
    "wipe.reason.symlink": (
        "het is een snelkoppeling (symbolische link) naar een andere map",
        "it is a symbolic link to another folder",
    ),
    "wipe.locked": (
        "Niets verwijderd: de werkmap {folder} is in gebruik door een ander Bouwsteen-venster. Sluit dat eerst en "
        "probeer opnieuw.",
        "Nothing deleted: the workspace {folder} is in use by another Bouwsteen window. Close that one first and "
        "try again.",
    ),
    "wipe.cannot_write": (
        "Niets verwijderd: Bouwsteen kan niet schrijven in de werkmap {folder}: {reason}.",
        "Nothing deleted: Bouwsteen cannot write in the workspace {folder}: {reason}.",
    ),
    "wipe.failed": (
        "Wissen niet gelukt: {reason}. Wat overblijft, staat nog in {folder}; probeer opnieuw of verwijder het zelf.",
        "Wipe did not complete: {reason}. What is left is still in {folder}; try again or delete it yourself.",
    ),
    "wipe.done": ("De werkmap {folder} is verwijderd.", "The workspace {folder} has been deleted."),
    **WORKSPACE_MESSAGES,
}


# argparse's own words, keyed by its English original (Python 3.11–3.13). Unknown ones stay in English.
ARGPARSE_MESSAGES: dict[str, tuple[str, str]] = {
    "usage: ": ("gebruik: ", "usage: "),
    "positional arguments": ("argumenten", "positional arguments"),
    "options": ("opties", "options"),
    "optional arguments": ("opties", "options"),
    "subcommands": ("commando's", "commands"),
    "show this help message and exit": ("toon deze hulp en stop", "show this help and exit"),
    "show program's version number and exit": ("toon het versienummer en stop", "show the version number and exit"),
    "%(prog)s: error: %(message)s\n": ("%(prog)s: fout: %(message)s\n", "%(prog)s: error: %(message)s\n"),
    "argument %(argument_name)s: %(message)s": (
        "argument %(argument_name)s: %(message)s",
        "argument %(argument_name)s: %(message)s",
    ),
    "the following arguments are required: %s": (
        "deze argumenten zijn verplicht: %s",
        "the following arguments are required: %s",
    ),
    "unrecognized arguments: %s": ("onbekende argumenten: %s", "unrecognized arguments: %s"),
    "expected one argument": ("verwacht één waarde", "expected one argument"),
    "expected at most one argument": ("verwacht hoogstens één waarde", "expected at most one argument"),
    "expected at least one argument": ("verwacht minstens één waarde", "expected at least one argument"),
    "expected %s argument": ("verwacht %s waarde", "expected %s argument"),
    "expected %s arguments": ("verwacht %s waarden", "expected %s arguments"),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "invalid %(type)s value: %(value)r": ("ongeldige waarde: %(value)r", "invalid %(type)s value: %(value)r"),
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "not allowed with argument %s": ("niet samen met argument %s", "not allowed with argument %s"),
    "one of the arguments %s is required": (
        "een van deze argumenten is verplicht: %s",
        "one of the arguments %s is required",
    ),
    "ignored explicit argument %r": ("waarde %r genegeerd", "ignored explicit argument %r"),
    "unexpected option string: %s": ("onverwachte optie: %s", "unexpected option string: %s"),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekend commando %(parser_name)r (kies uit %(choices)s)",
        "unknown command %(parser_name)r (choices: %(choices)s)",
    ),
    "can't open '%(filename)s': %(error)s": (
        "kan '%(filename)s' niet openen: %(error)s",
        "can't open '%(filename)s': %(error)s",
    ),
}
