"""The command line's help: the program, its options and its commands. Key → (Flemish Dutch, English); part of
the command line's catalogue (``cli.MESSAGES``).
"""

from __future__ import annotations

# What each output format of ``bouwsteen export --format`` holds, in the order the exports write them
# (``export.OutputKind``): the help lists them from here. A test checks that every format has its line.
FORMAT_MESSAGES: dict[str, tuple[str, str]] = {
    "format.md": ("md (Markdown-documenten)", "md (Markdown documents)"),
    "format.html": ("html (webpagina's om af te drukken)", "html (web pages to print)"),
    "format.docx": ("docx (Word-documenten)", "docx (Word documents)"),
    "format.ics": ("ics (kalender met de datums van terugkoppeling en bijsturing)",
                   "ics (calendar with the report-back and adjustment dates)"),
}

HELP_MESSAGES: dict[str, tuple[str, str]] = {
    # --- help: the program and its options
    "help.description": (
        "Bouwsteen: werken aan de relatie. Een begeleide wizard voor onderwijs- en welzijnsprofessionals: "
        "je rolkaart (stap 1), casussen met hun verslag, afsprakenblad en gezinsblad (stap 2) en je netwerkkaart "
        "(stap 3). "
        "Zonder commando opent de wizard.",
        "Bouwsteen: working on the relationship. A guided wizard for education and welfare professionals: "
        "your role card (step 1), cases with their record, agreement sheet and family sheet (step 2) and your "
        "network map (step 3). "
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
        "Schrijf de uitvoer (documenten in de formaten die je kiest met --format, en een kalender met de datums van "
        "terugkoppeling en bijsturing) naar een map. Let op: die bestanden bevatten wat je invulde; bewaar en deel "
        "ze even zorgvuldig.",
        "Write the outputs (documents in the formats you choose with --format, and a calendar with the report-back "
        "and adjustment dates) to a folder. Mind that these files hold what you filled in; store and share them "
        "just as carefully.",
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
        "welke bestanden: {formats}, all (alle formaten, de standaard) of case (de casus zelf als bestand om uit te "
        "delen, met --case; in te lezen met bouwsteen import). Meerdere formaten scheid je met een komma: md,ics",
        "which files: {formats}, all (every format, the default) or case (the case itself as a file to hand out, "
        "with --case; read in with bouwsteen import). Separate several formats with a comma: md,ics",
    ),
    "metavar.formats": ("FORMAAT", "FORMAT"),
    **FORMAT_MESSAGES,
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
        "exporteer ook casussen waarin een rijksregisternummer, e-mailadres, telefoonnummer, IBAN of "
        "geboortedatum staat (standaard worden die tegengehouden)",
        "also export cases that contain a national register number, e-mail address, phone number, IBAN "
        "or date of birth (by default they are withheld)",
    ),
    "export.identifier": ("mogelijk identificerende gegevens in {where}", "possibly identifying data in {where}"),
    "export.withheld": (
        "Niet geëxporteerd: {codes}. Vervang de gegevens door de casuscode (Ctrl+R in de wizard) of exporteer "
        "bewust met --allow-identifiers.",
        "Not exported: {codes}. Replace the data with the case code (Ctrl+R in the wizard) or export deliberately "
        "with --allow-identifiers.",
    ),
    "cmd.list": (
        "toon je casussen: code, korte beschrijving, status en datums",
        "list your cases: code, short description, status and dates",
    ),
    "cmd.list.description": (
        "Toon één regel per casus: de code, de korte beschrijving, de status, de eerstvolgende terugkoppeling "
        "en tot wanneer je de casus bewaart. Andere inhoud van de casus wordt niet getoond. Alleen de casussen van "
        "het pakket (--content, anders het ingebouwde); van andere pakketten zie je hoeveel er zijn en hoe je ze "
        "opent.",
        "Show one line per case: the code, the short description, the status, the next report-back date and "
        "until when the case is kept. No other content of the case is shown. Only the cases of the pack "
        "(--content, else the built-in one); of other packs you see how many there are and how to open them.",
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
        "verwijst, worden op naam van hun organisatie gekoppeld aan je netwerkkaart, of eraan toegevoegd met enkel "
        "organisatie, soort en contactpersoon. 'Mijn organisatie' in de casus wordt de organisatie van wie het "
        "bestand maakte, niet de jouwe. Een bestand met mogelijk identificerende gegevens wordt geweigerd, tenzij "
        "je --allow-identifiers gebruikt. Met --undo CODE maak je een import ongedaan.",
        "Add a case that was handed out with 'bouwsteen export --case CODE --format case'. The case gets a new "
        "code, so that no existing case is ever overwritten. Partners the case refers to are matched to your "
        "network map by the name of their organisation, or added to it with only organisation, type and contact "
        "person. 'My organisation' in the case becomes the organisation of whoever made the file, not yours. A file "
        "with possibly identifying data is refused unless you use --allow-identifiers. --undo CODE undoes an "
        "import.",
    ),
    "opt.self_is_me": (
        "laat 'Mijn organisatie' in de casus je eigen organisatie zijn, in plaats van de organisatie van wie het "
        "bestand maakte",
        "let 'My organisation' in the case be your own organisation, instead of the organisation of whoever made "
        "the file",
    ),
    "opt.undo_import": (
        "maak de import van casus CODE ongedaan: verwijder de casus en de partners die de import toevoegde, als "
        "niets anders ze gebruikt",
        "undo the import of case CODE: remove the case and the partners the import added, if nothing else uses "
        "them",
    ),
    "opt.undo_yes": (
        "met --undo: verwijder de casus ook als je hem na de import veranderd hebt",
        "with --undo: remove the case even if you changed it after the import",
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
        "invalshoeken, gekozen acties en afspraken met datums. Zo zie je meteen wat elke stap oplevert. Een werkmap "
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
}
