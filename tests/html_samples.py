"""Documents built by hand for the HTML writer's tests: every block kind, tricky text, networks of any size."""

from __future__ import annotations

from bouwsteen_tui.export.model import (
    Builder,
    Document,
    Graph,
    Group,
    Item,
    Node,
    Tone,
    label,
    lines,
    plain,
    rich_item,
    strong,
)

STRENGTHS = ("strong", "workable", "weak", "none", "unknown")
LABELS = {"strong": "sterk", "workable": "werkbaar", "weak": "zwak", "none": "geen relatie", "unknown": ""}
LEGEND = tuple((s, LABELS[s]) for s in STRENGTHS if LABELS[s])
TRICKY = "<script>alert(1)</script> &amp; [/] **x** \u202eevil\u202c Ünïcødé 😀 <b>bold?</b> \"quoted\" 'single'"
LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänswitwenpensionsauszahlungsstelle" * 2
GROUPS = (
    ("school", "School"),
    ("welfare", "Welzijn en jeugdhulp"),
    ("health", "Gezondheidszorg"),
    ("local", "Lokaal bestuur en vrije tijd"),
)
NAMES = (
    "VBS De Linde",
    "GO! Atheneum Voorbeeldstad",
    "CAW Oost-Vlaanderen, onthaal jongeren",
    "Jeugdhulp Het Anker",
    "Huisartsenpraktijk De Brug",
    "OCMW / Sociaal Huis Voorbeeldstad",
    "Centrum Geestelijke Gezondheidszorg Eclips, afdeling kinderen en jongeren",
    "Sportdienst",
    "Kind en Gezin",
    "Politie, jeugdinspecteur",
)


def network(count: int, *, long_names: bool = False, legend: bool = True) -> Graph:
    """A network of ``count`` partners spread over the groups, every strength in turn."""
    groups: dict[str, list[Node]] = {gid: [] for gid, _title in GROUPS}
    for index in range(count):
        gid = GROUPS[(index * 3 // max(count, 1)) % len(GROUPS)][0] if count > 3 else GROUPS[index % 2][0]
        strength = STRENGTHS[index % len(STRENGTHS)]
        name = NAMES[index % len(NAMES)] + (f" {index + 1}" if index >= len(NAMES) else "")
        if long_names and index % 4 == 1:
            name = LONG_WORD
        groups[gid].append(Node(f"p{index}", name, strength, LABELS[strength]))
    return Graph(
        centre="CLB Voorbeeldstad, team basisonderwijs",
        groups=tuple(Group(gid, title, tuple(groups[gid])) for gid, title in GROUPS if groups[gid]),
        legend=LEGEND if legend else (),
    )


def role_card(lang: str = "nl-BE") -> Document:
    """A document shaped like the role card: parts as headings, labelled answers as lists, a closing message."""
    b = Builder()
    parts = {
        "Wie ben ik?": [
            ("Functie", "CLB-medewerker (maatschappelijk werker)"),
            ("Organisatie", "CLB Voorbeeldstad"),
            ("Sector", "CLB"),
            ("Beroepsgeheim of discretieplicht", "beroepsgeheim"),
            ("E-mail", "an.peeters@clb-voorbeeldstad.be, www.clb-voorbeeldstad.be"),
        ],
        "1. Wat is mijn opdracht?": [
            (
                "Kerntaak",
                "Ik begeleid leerlingen van drie basisscholen bij leren, welbevinden en schoolverzuim. "
                "Ik ben het vaste CLB-anker van VBS De Linde.",
            ),
            ("Werkwijze", "begeleidend (vooral), signalerend, doorverwijzend"),
        ],
        "2. Wat kan ik concreet bieden?": [
            ("Wat ik kan opnemen", "gesprekken, observaties, doorverwijzing, overleg, huisbezoek"),
            ("Mijn expertise", "psychosociaal, administratief, schoolverzuim"),
        ],
        "3. Waar ligt mijn mandaat?": [
            ("Wat ik zelf beslis", "Gesprekken met leerlingen en ouders plannen en een begeleiding opstarten."),
            (
                "Wanneer ik afstem, en met wie",
                "Een aanmelding bij de jeugdhulp stem ik af met mijn "
                "teamverantwoordelijke. Ik deel niets zonder toestemming van de ouders of de jongere.",
            ),
        ],
        "4. Wat moet ik intern afstemmen?": [
            ("Met wie ik intern overleg", "Mijn teamverantwoordelijke, de CLB-arts en het zorgteam van de school."),
            (
                "Procedures in mijn organisatie",
                "Het draaiboek leerlingenbegeleiding, de procedure bij "
                "problematische afwezigheden en ons privacybeleid.",
            ),
        ],
        "5. Wat kan ik niet doen en hoe communiceer ik dat?": [
            (
                "Mijn grenzen in tijd, expertise en rol",
                "Ongeveer vier uur per week per school. Therapie en "
                "langdurige gezinsbegeleiding vallen buiten mijn opdracht.",
            ),
            (
                "Zo verwoord ik ze voor partners",
                "Therapie kan ik niet opnemen; ik zoek mee wie dat wel kan en blijf het aanspreekpunt voor de school.",
            ),
        ],
        "6. Waar zie ik mogelijkheden om samen te zoeken?": [
            ("Waar we flexibel kunnen zijn", "Gesprekken na schooltijd, ook op school."),
            ("Wat we samen kunnen verkennen", "Ouders bereiken die niet naar het oudercontact komen."),
            ("Wat kan groeien door samenwerking", "Een zitdag van het CAW op school."),
        ],
    }
    for heading, answers in parts.items():
        b.heading(2, heading)
        b.bullets([rich_item(label(name), value) for name, value in answers])
    b.heading(2, "Mijn boodschap voor partners")
    b.text(
        "Ik ben CLB-medewerker en het vaste aanspreekpunt voor VBS De Linde. Ik voer gesprekken met leerlingen en "
        "ouders, observeer in de klas en verwijs door als dat nodig is. Therapie kan ik niet opnemen. Ik denk graag "
        "mee over hoe we samen ouders beter bereiken."
    )
    return b.build("Rolkaart", lang, date="2026-11-28")


def every_block(graph: Graph | None = None, lang: str = "nl-BE") -> Document:
    """Every block kind once or more, with tricky text in each."""
    b = Builder()
    b.notice(plain("Vertrouwelijk: enkel voor de betrokken partners. " + TRICKY), Tone.CONFIDENTIAL)
    b.heading(2, "Casus " + TRICKY)
    b.paragraph(plain("Mail naar an@voorbeeld.be of kijk op https://example.org/a?b=1&c=<2> en www.vlaanderen.be."))
    b.text("Eerste regel " + TRICKY + "\nTweede regel " + LONG_WORD + "\n\n- punt één\n- punt twee\n\n1. eerst\n2. dan")
    b.bullets(
        [rich_item(label("Afspraken"), "vooraf\n- een *eerste* stap\n- een [/] tweede stap"), Item(strong("Vet"))]
    )
    b.heading(3, "Acties")
    b.tasks([(True, plain("Verslag delen " + TRICKY)), (False, plain("Ouders bellen")), (False, lines(LONG_WORD))])
    b.notice(plain("Let op: de termijn loopt af."), Tone.WARNING)
    b.notice(plain("Een opmerking."), Tone.NOTE)
    b.heading(2, "Afspraken")
    rows = [
        (plain(str(n)), lines(f"Wat {n} {TRICKY if n == 2 else ''}\nop twee regels"), plain("CAW"), plain("1 dec"))
        for n in range(1, 31)
    ]
    rows.append((plain("31"), lines(LONG_WORD), plain("https://example.org/" + "x" * 80), plain("")))
    b.table(["Nr.", "Wat", "Wie <b>", "Wanneer"], rows, widths=[1, 6, 3, 2])
    b.table(["Zonder", "breedtes"], [(plain("a"), plain("b")), (plain("c"),)])
    b.heading(2, "Netwerk")
    b.graph(graph if graph is not None else network(7))
    return b.build(
        "Afsprakenblad " + TRICKY, lang, date="2026-11-28", case="C-7K4Q", subtitle="Voor de partners " + TRICKY
    )
