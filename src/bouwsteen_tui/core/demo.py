"""A complete fictional example: the role card of a CLB worker, a network of seven partners and two cases.

Everything is invented and anonymised: organisations in the fictional town of Voorbeeldstad, contact persons
named by an initial only, e-mail addresses at example.be and example.org, cases named by their code and never by a
child's name. Dates are fixed in the school year 2026–2027, so that outputs made from the demo are stable.

Trainers use it to show what the outputs look like; the tests build their golden files from it.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from datetime import date

from bouwsteen_tui.core.answers import (
    SELF_PARTNER,
    Case,
    ChecklistAnswer,
    ChoiceAnswer,
    FieldValue,
    PartnerAnswer,
    Record,
    RecordsAnswer,
    Sheet,
    TextAnswer,
    scope_steps,
)
from bouwsteen_tui.core.content import Pack, Scope
from bouwsteen_tui.core.workspace import Workspace

DEMO_CASE_CODES = ("C-7K4Q", "C-3MXR")

# partner record ids, fixed so that case answers can refer to them
SCHOOL, CAW, SOCIAL, HVHK, BRIDGE, YOUTH, SPORT = (
    "p-delinde", "p-cawnoord", "p-sociaalhuis", "p-huisvhkind", "p-brugfiguur", "p-jeugdhulp", "p-sportclub",
)  # fmt: skip


def _pick(lang: str, dutch: str, english: str) -> str:
    return dutch if lang == "nl" else english


def _records(*items: tuple[str, dict[str, FieldValue]]) -> RecordsAnswer:
    return RecordsAnswer(items=[Record(id=record_id, values=values) for record_id, values in items])


def _step_id(pack: Pack, scope: Scope, default: str) -> str:
    steps = scope_steps(pack, scope)
    return steps[0].id if steps else default


# --------------------------------------------------------------------------------------------- role card


def demo_role_card(pack: Pack) -> Sheet:
    """The role card of a CLB worker: every question of step 1 answered, the checklist partly ticked."""
    L = pack.language  # short on purpose: every text below picks its language

    def p(dutch: str, english: str) -> str:
        return _pick(L, dutch, english)

    sheet = Sheet(pack_id=pack.id, step_id=_step_id(pack, Scope.PROFILE, "role"))
    sheet.set("role_checklist", ChecklistAnswer(checked=["offer", "limits", "message"]))
    sheet.set("function", TextAnswer(text=p("CLB-medewerker (maatschappelijk werker)", "CLB worker (social worker)")))
    sheet.set("organisation", TextAnswer(text="CLB Voorbeeldstad"))
    sheet.set("sector", ChoiceAnswer(selected=["clb"]))
    sheet.set("secrecy", ChoiceAnswer(selected=["professional_secrecy"]))
    sheet.set(
        "core_task",
        TextAnswer(
            text=p(
                "Ik begeleid leerlingen van drie basisscholen bij leren, welbevinden en schoolverzuim. "
                "Ik ben het vaste CLB-anker van VBS De Linde.",
                "I guide pupils of three primary schools on learning, well-being and absenteeism. "
                "I am the regular CLB contact of VBS De Linde.",
            )
        ),
    )
    sheet.set(
        "way_of_working", ChoiceAnswer(selected=["guiding", "signalling", "referring"], primary="guiding")
    )
    sheet.set(
        "offer_actions",
        ChoiceAnswer(
            selected=["conversations", "observations", "referral", "consultation"],
            other=[p("huisbezoek", "home visit")],
        ),
    )
    sheet.set(
        "expertise",
        ChoiceAnswer(selected=["psychosocial", "administrative"], other=[p("schoolverzuim", "absenteeism")]),
    )
    sheet.set(
        "decide_alone",
        TextAnswer(
            text=p(
                "Gesprekken met leerlingen en ouders plannen en een begeleiding opstarten.",
                "Planning conversations with pupils and parents, and starting a guidance trajectory.",
            )
        ),
    )
    sheet.set(
        "align_when",
        TextAnswer(
            text=p(
                "Een aanmelding bij de jeugdhulp stem ik af met mijn teamverantwoordelijke. Ik deel niets "
                "zonder medeweten van het gezin.",
                "Before a referral to youth care I align with my team leader; I share nothing without the "
                "family's knowledge.",
            )
        ),
    )
    sheet.set(
        "consult_whom",
        TextAnswer(text=p("Mijn teamverantwoordelijke, de CLB-arts en het zorgteam van de school.",
                          "My team leader, the CLB doctor and the school's care team.")),
    )
    sheet.set(
        "procedures",
        TextAnswer(
            text=p(
                "Het draaiboek leerlingenbegeleiding, de procedure bij problematische afwezigheden en ons "
                "privacybeleid.",
                "The pupil guidance manual, the procedure for problematic absences and our privacy policy.",
            )
        ),
    )
    sheet.set(
        "limits",
        TextAnswer(
            text=p(
                "Ongeveer vier uur per week per school. Therapie en langdurige gezinsbegeleiding vallen buiten "
                "mijn opdracht.",
                "About four hours a week per school. Therapy and long-term family support are outside my remit.",
            )
        ),
    )
    sheet.set(
        "limits_wording",
        TextAnswer(
            text=p(
                "Therapie kan ik niet opnemen; ik zoek mee wie dat wel kan en blijf het aanspreekpunt voor de "
                "school.",
                "I cannot take on therapy; I help find who can, and I remain the contact for the school.",
            )
        ),
    )
    sheet.set(
        "flexible",
        TextAnswer(text=p("Gesprekken na schooltijd, ook op school.",
                          "Conversations after school hours, also at school.")),
    )
    sheet.set(
        "explore_together",
        TextAnswer(text=p("Ouders bereiken die niet naar het oudercontact komen.",
                          "Reaching parents who do not come to parents' evenings.")),
    )
    sheet.set(
        "grow_together",
        TextAnswer(text=p("Een zitdag van het CAW op school.", "A drop-in day of the CAW at school.")),
    )
    sheet.set(
        "partner_message",
        TextAnswer(
            text=p(
                "Ik ben CLB-medewerker en het vaste aanspreekpunt voor VBS De Linde. Ik voer gesprekken met "
                "leerlingen en ouders, observeer in de klas en verwijs door als dat nodig is. Therapie kan ik "
                "niet opnemen. Ik denk graag mee over hoe we samen ouders beter bereiken.",
                "I am a CLB worker and the regular contact for VBS De Linde. I talk with pupils and parents, "
                "observe in class and refer when needed. I cannot take on therapy. I am glad to think along "
                "about how we can reach parents better together.",
            )
        ),
    )
    return sheet


# --------------------------------------------------------------------------------------------- network


def demo_network(pack: Pack) -> Sheet:
    """The network map: seven partners, strong and weak links, gaps, meetings, informal moments, mandates."""
    L = pack.language

    def p(dutch: str, english: str) -> str:
        return _pick(L, dutch, english)

    sheet = Sheet(pack_id=pack.id, step_id=_step_id(pack, Scope.NETWORK, "network"))
    sheet.set("network_checklist", ChecklistAnswer(checked=["map_partners", "missing_expertise", "structural"]))
    sheet.set(
        "partners",
        _records(
            (SCHOOL, {
                "organisation": "VBS De Linde",
                "type": "school",
                "contact": p("Mevr. A. Peeters, zorgcoördinator", "Ms A. Peeters, care coordinator"),
                "role": p("aanspreekpunt leerlingenzorg", "contact for pupil care"),
                "email": "zorg@delinde.example.be",
                "phone": "050 12 34 56",
                "reachability": p("ma–vr 8.15–16 u., liefst eerst mailen", "Mon–Fri 8.15–16.00, e-mail first"),
                "expertise": ["pedagogical"],
                "can_help_with": p("observaties in de klas, contact met de klasleerkracht",
                                   "classroom observations, contact with the class teacher"),
                "strength": "strong",
            }),
            (CAW, {
                "organisation": "CAW Noord",
                "type": "welfare",
                "contact": p("Dhr. B. Janssens, onthaalmedewerker", "Mr B. Janssens, intake worker"),
                "role": p("gezinsondersteuning en budgethulp", "family support and budget help"),
                "email": "onthaal@caw-noord.example.org",
                "phone": "050 23 45 67",
                "reachability": p("onthaal ma, wo en vr 9–12 u.", "intake Mon, Wed and Fri 9–12"),
                "expertise": ["psychosocial", "administrative", "legal"],
                "can_help_with": p("budgetbegeleiding, hulp bij schulden", "budget guidance, help with debts"),
                "strength": "workable",
            }),
            (SOCIAL, {
                "organisation": "Sociaal Huis Voorbeeldstad",
                "type": "local_government",
                "contact": p("Mevr. C. Wouters, maatschappelijk werker", "Ms C. Wouters, social worker"),
                "email": "sociaalhuis@voorbeeldstad.example.be",
                "expertise": ["material", "administrative"],
                "can_help_with": p("schooltoelage, tussenkomst in schoolkosten",
                                   "school allowance, help with school costs"),
                "strength": "weak",
                "gaps": p("geen vaste contactpersoon voor scholen", "no regular contact for schools"),
            }),
            (HVHK, {
                "organisation": "Huis van het Kind Voorbeeldstad",
                "type": "local_government",
                "contact": p("Mevr. D. Claes, coördinator", "Ms D. Claes, coordinator"),
                "phone": "050 34 56 78",
                "expertise": ["pedagogical", "leisure"],
                "can_help_with": p("opvoedingsondersteuning, speel- en ontmoetingsmomenten",
                                   "parenting support, play and meeting moments"),
                "strength": "workable",
            }),
            (BRIDGE, {
                "organisation": p("Brugfiguur basisscholen", "Bridge figure, primary schools"),
                "type": "local_government",
                "contact": p("Dhr. E. Maes, brugfiguur", "Mr E. Maes, bridge figure"),
                "role": p("dagelijks contact met ouders aan de schoolpoort",
                          "daily contact with parents at the school gate"),
                "email": "brugfiguur@voorbeeldstad.example.be",
                "phone": "050 45 67 89",
                "reachability": p("elke ochtend aan de schoolpoort", "every morning at the school gate"),
                "expertise": ["psychosocial"],
                "strength": "strong",
            }),
            (YOUTH, {
                "organisation": p("Jeugdhulp regio Noord", "Youth care, North region"),
                "type": "youth_care",
                "expertise": ["psychosocial"],
                "strength": "none",
                "gaps": p("nog geen contact, aanbod onbekend", "no contact yet, offer unknown"),
            }),
            (SPORT, {
                "organisation": "Sportclub De Sprinters",
                "type": "leisure",
                "contact": p("jeugdcoördinator", "youth coordinator"),
                "phone": "050 56 78 90",
                "expertise": ["leisure"],
                "can_help_with": p("sporten aan verlaagd tarief", "sport at a reduced rate"),
                "strength": "weak",
            }),
        ),
    )
    sheet.set(
        "network_gaps",
        TextAnswer(
            text=p(
                "We hebben nog geen contact met de jeugdhulp. Alle contacten met het CAW lopen via één collega.",
                "We have no contact with youth care yet. All contacts with the CAW go through one colleague.",
            )
        ),
    )
    sheet.set(
        "needed_expertise",
        ChoiceAnswer(
            selected=["pedagogical", "psychosocial", "medical", "material"],
            other=[p("kennis van anderstalige gezinnen", "knowledge of families who speak another language")],
        ),
    )
    sheet.set(
        "overlap",
        TextAnswer(
            text=p(
                "Het CLB en het CAW voeren allebei gesprekken over welbevinden. We spreken per gezin af wie het "
                "aanspreekpunt is.",
                "The CLB and the CAW both hold conversations about well-being. We agree per family who is the "
                "contact.",
            )
        ),
    )
    sheet.set(
        "meetings",
        _records(
            ("r-overleg1", {
                "date": date(2026, 10, 13),
                "period": "term1",
                "aim": p("kennismaking en afspraken voor het schooljaar",
                         "getting to know each other, agreements for the year"),
                "agenda": p("1. wie is wie\n2. aanbod van elke partner\n3. afspraken over doorverwijzen",
                            "1. who is who\n2. what each partner offers\n3. agreements on referral"),
                "minutes": p("zorgcoördinator, verslag binnen de week", "care coordinator, minutes within a week"),
                "follow_up": p("CLB-medewerker", "CLB worker"),
                "format": "in_person",
            }),
            ("r-overleg2", {
                "date": date(2027, 2, 9),
                "period": "term2",
                "aim": p("samenwerking met het CAW evalueren", "review the cooperation with the CAW"),
                "agenda": p("1. wat liep goed\n2. knelpunten\n3. zitdag op school?",
                            "1. what went well\n2. bottlenecks\n3. a drop-in day at school?"),
                "minutes": p("CLB-medewerker", "CLB worker"),
                "follow_up": p("zorgcoördinator", "care coordinator"),
                "format": "online",
            }),
            ("r-overleg3", {
                "date": date(2027, 5, 18),
                "period": "term3",
                "aim": p("terugblik en planning volgend schooljaar", "look back and plan the next school year"),
                "minutes": p("zorgcoördinator", "care coordinator"),
                "follow_up": p("directie", "head teacher"),
                "format": "alternating",
            }),
        ),
    )
    sheet.set(
        "informal_moments",
        _records(
            ("r-koffie1", {
                "what": p("koffie met het CAW in de leraarskamer", "coffee with the CAW in the staff room"),
                "kind": "coffee",
                "date": date(2026, 11, 20),
                "purpose": p("hoe een aanmelding bij het CAW verloopt", "how a referral to the CAW works"),
            }),
            ("r-netwerk1", {
                "what": p("netwerkmoment van het Huis van het Kind", "network moment of the Huis van het Kind"),
                "kind": "network_moment",
                "date": date(2027, 3, 11),
                "purpose": p("de jeugdhulp leren kennen", "get to know youth care"),
            }),
            ("r-vorming1", {
                "what": p("gezamenlijke vorming over armoede", "joint training on poverty"),
                "kind": "joint_training",
                "purpose": p("een gedeelde taal over armoede", "a shared language about poverty"),
            }),
        ),
    )
    sheet.set(
        "successes",
        TextAnswer(
            text=p(
                "Sinds de brugfiguur aan de schoolpoort staat, komen meer ouders naar het oudercontact.",
                "Since the bridge figure stands at the school gate, more parents come to parents' evenings.",
            )
        ),
    )
    sheet.set(
        "bottlenecks",
        TextAnswer(text=p("Hoe krijgen we sneller terugkoppeling na een doorverwijzing naar het Sociaal Huis?",
                          "How do we get feedback sooner after a referral to the Sociaal Huis?")),
    )
    sheet.set(
        "learning_cases",
        _records(
            ("r-leer1", {
                "title": p("Jongere die stopt met naar school komen na een verhuis",
                           "Young person who stops coming to school after a move"),
                "lesson": p("Het CLB vroeger betrekken en meteen afspreken wie het gezin contacteert.",
                            "Involve the CLB earlier and agree at once who contacts the family."),
            }),
        ),
    )
    sheet.set(
        "what_may_be_shared",
        TextAnswer(
            text=p(
                "Alleen wat de ander nodig heeft voor zijn opdracht. Het CLB koppelt aan de school terug wat de "
                "school moet weten, met medeweten van het gezin.",
                "Only what the other needs for their task. The CLB reports back to the school what the school "
                "needs to know, with the family's knowledge.",
            )
        ),
    )
    sheet.set(
        "consent",
        TextAnswer(text=p("Wie doorverwijst, vraagt toestemming en noteert ze in het eigen dossier. Vanaf 12 jaar "
                          "vragen we het ook aan de jongere zelf.",
                          "Whoever refers asks for consent and notes it in their own file. From the age of 12 we "
                          "also ask the young person.")),
    )
    sheet.set(
        "safe_transfer",
        TextAnswer(text=p("Telefonisch of via het beveiligde platform van het CLB; nooit via berichtenapps.",
                          "By phone or through the CLB's secure platform; never through messaging apps.")),
    )
    sheet.set(
        "mandates",
        _records(
            ("r-mandaat1", {
                "decision": p("aanmelding bij het CLB", "referral to the CLB"),
                "who_decides": p("zorgcoördinator, na overleg met de ouders",
                                 "care coordinator, after talking with the parents"),
                "align_when": p("bij twijfel met de directie", "with the head teacher when in doubt"),
            }),
            ("r-mandaat2", {
                "decision": p("informatie delen met een externe partner",
                              "sharing information with an external partner"),
                "who_decides": p("wie de informatie heeft, met medeweten van het gezin",
                                 "whoever holds the information, with the family's knowledge"),
                "align_when": p("altijd eerst met het gezin", "always with the family first"),
            }),
            ("r-mandaat3", {
                "decision": p("kosten voor een schoolactiviteit kwijtschelden",
                              "waiving the costs of a school activity"),
                "who_decides": p("directie", "head teacher"),
                "align_when": p("met de zorgcoördinator", "with the care coordinator"),
            }),
        ),
    )
    sheet.set(
        "new_staff",
        TextAnswer(text=p("De netwerkkaart en het mandatenregister zitten in de onthaalmap voor nieuwe collega's.",
                          "The network map and the register of mandates are in the welcome folder for new staff.")),
    )
    return sheet


# --------------------------------------------------------------------------------------------- cases


def demo_cases(pack: Pack) -> list[Case]:
    """Two cases with perspectives, actions, task division, parents and agreements; no names, no identifiers."""
    L = pack.language

    def p(dutch: str, english: str) -> str:
        return _pick(L, dutch, english)

    first = Case(
        pack_id=pack.id,
        code=DEMO_CASE_CODES[0],
        description=p("leerling 4e leerjaar, vaak moe en te laat", "pupil in year 4, often tired and late"),
        created=date(2026, 10, 5),
        keep_until=date(2027, 6, 30),
    )
    first.set("case_checklist", ChecklistAnswer(checked=["explore_views", "share_vision", "listen", "involve"]))
    first.set("case_partners", PartnerAnswer(partners=[SELF_PARTNER, SCHOOL, CAW, BRIDGE]))
    first.set(
        "shared_framing",
        TextAnswer(
            text=p(
                "Leerling van het 4e leerjaar, sinds de herfstvakantie vaak moe en te laat. Moeder vroeg het CAW "
                "om hulp bij schulden; het CAW vraagt de school om context.",
                "Pupil in year 4, often tired and late since the autumn holiday. The mother asked the CAW for "
                "help with debts; the CAW asks the school for context.",
            )
        ),
    )
    first.set(
        "perspectives",
        _records(
            ("r-persp1", {
                "partner": SCHOOL,
                "observations": p("Komt drie keer per week te laat.\nHeeft vaak geen boterhammen bij.",
                                  "Arrives late three times a week.\nOften has no packed lunch."),
                "interpretations": p("We vermoeden dat de ochtenden thuis zwaar zijn.",
                                     "We suspect the mornings at home are hard."),
            }),
            ("r-persp2", {
                "partner": CAW,
                "observations": p("Moeder werkt in ploegen en heeft schulden.",
                                  "The mother works shifts and has debts."),
                "interpretations": p("De financiële stress weegt op het hele gezin.",
                                     "The financial stress weighs on the whole family."),
            }),
            ("r-persp3", {
                "partner": SELF_PARTNER,
                "observations": p("In het gesprek vertelt de leerling dat hij 's avonds laat gaat slapen.",
                                  "In our conversation the pupil says he goes to bed late."),
                "interpretations": p("Vermoedelijk weinig structuur in de avond, geen onwil.",
                                     "Probably little structure in the evening, not unwillingness."),
            }),
        ),
    )
    first.set(
        "differences",
        TextAnswer(text=p("De school ziet vooral een leerprobleem, het CAW vooral stress door de financiële "
                          "situatie thuis.",
                          "The school mainly sees a learning problem, the CAW mainly stress from the financial "
                          "situation at home.")),
    )
    first.set(
        "priorities",
        _records(
            ("r-prio1", {
                "partner": SCHOOL,
                "priorities": p("Dat hij opnieuw op tijd op school is.", "That he is on time at school again."),
                "concerns": p("Zijn leerachterstand groeit.", "He is falling further behind."),
            }),
            ("r-prio2", {
                "partner": CAW,
                "priorities": p("Rust in het budget van het gezin.", "Calm in the family's budget."),
                "concerns": p("Dat het gezin de huur niet meer kan betalen.",
                              "That the family can no longer pay the rent."),
            }),
        ),
    )
    first.set(
        "common_ground",
        TextAnswer(text=p("Iedereen wil dat de ochtenden rustiger verlopen; daar starten we.",
                          "Everyone wants calmer mornings; we start there.")),
    )
    first.set(
        "strengths",
        TextAnswer(text=p("Tekent graag en is trots op zijn tekeningen. Goede band met de turnleerkracht. "
                          "Oma haalt hem twee keer per week op.",
                          "Loves drawing and is proud of his drawings. Good bond with the PE teacher. "
                          "Grandma picks him up twice a week.")),
    )
    first.set(
        "actions",
        _records(
            ("r-actie1", {"idea": p("ontbijt op school aanbieden", "offer breakfast at school"),
                          "feasibility": "high", "impact": "medium", "chosen": True}),
            ("r-actie2", {"idea": p("gesprek met moeder en het CAW op school",
                                    "meeting with the mother and the CAW at school"),
                          "feasibility": "high", "impact": "high", "chosen": True}),
            ("r-actie3", {"idea": p("huiswerkklas na school", "homework class after school"),
                          "feasibility": "medium", "impact": "medium", "chosen": False}),
            ("r-actie4", {"idea": p("aanmelding bij de jeugdhulp", "referral to youth care"),
                          "feasibility": "low", "impact": "high", "chosen": False}),
        ),
    )
    first.set(
        "task_division",
        _records(
            ("r-taak1", {"action": "r-actie1", "partner": SCHOOL, "fits_mandate": True}),
            ("r-taak2", {"action": "r-actie2", "partner": BRIDGE, "fits_mandate": True,
                         "overlap": p("ook het CAW spreekt met moeder: één gesprek samen",
                                      "the CAW also talks with the mother: one joint meeting")}),
        ),
    )
    first.set(
        "involvement",
        TextAnswer(text=p("De brugfiguur spreekt moeder aan de schoolpoort aan en nodigt haar uit. De leerling "
                          "vertelt zelf wat hem 's ochtends helpt.",
                          "The bridge figure talks to the mother at the school gate and invites her. The pupil "
                          "says himself what helps him in the mornings.")),
    )
    first.set(
        "communication",
        TextAnswer(text=p("Geen afkortingen; moeder krijgt één blad met de afspraken in eenvoudige taal.",
                          "No abbreviations; the mother gets one page with the agreements in plain language.")),
    )
    first.set(
        "capacity",
        TextAnswer(text=p("Moeder werkt in ploegen: we plannen het gesprek na haar vroege shift en vragen niet "
                          "meer dan één afspraak per week.",
                          "The mother works shifts: we plan the meeting after her early shift and ask no more "
                          "than one appointment a week.")),
    )
    first.set(
        "agreements",
        _records(
            ("r-afspr1", {
                "what": p("De brugfiguur plant met moeder een gesprek met het CAW op school.",
                          "The bridge figure plans a meeting with the mother and the CAW at school."),
                "who": BRIDGE,
                "by_when": date(2026, 12, 4),
                "report_date": date(2026, 12, 11),
                "report_to": p("CLB-medewerker en zorgcoördinator", "CLB worker and care coordinator"),
                "adjust_date": date(2027, 1, 15),
                "adjust_how": p("nieuw overleg als het gesprek niet doorgaat",
                                "a new meeting if the talk does not happen"),
            }),
            ("r-afspr2", {
                "what": p("De school biedt elke ochtend een ontbijt aan in de refter.",
                          "The school offers breakfast in the canteen every morning."),
                "who": SCHOOL,
                "by_when": date(2026, 12, 7),
                "report_date": date(2027, 1, 15),
                "report_to": p("alle partners", "all partners"),
                "adjust_date": date(2027, 2, 9),
                "adjust_how": p("bespreken op het overleg van het 2e trimester", "discuss at the term 2 meeting"),
            }),
            ("r-afspr3", {
                "what": p("Het CLB volgt de afwezigheden op en spreekt de leerling om de twee weken.\n"
                          "Bij meer dan vijf halve dagen afwezigheid volgt een gesprek met moeder.",
                          "The CLB follows up the absences and talks with the pupil every two weeks.\n"
                          "After more than five half-days of absence, a meeting with the mother follows."),
                "who": SELF_PARTNER,
                "by_when": date(2027, 1, 29),
                "report_date": date(2027, 2, 5),
                "report_to": p("zorgcoördinator", "care coordinator"),
            }),
        ),
    )

    second = Case(
        pack_id=pack.id,
        code=DEMO_CASE_CODES[1],
        description=p("kleuter 3e kleuterklas, vaak afwezig", "pre-schooler in the last pre-school year, often absent"),
        created=date(2026, 11, 9),
        keep_until=date(2027, 6, 30),
    )
    second.set("case_checklist", ChecklistAnswer(checked=["explore_views", "ask_offer_help"]))
    second.set("case_partners", PartnerAnswer(partners=[SELF_PARTNER, SCHOOL, BRIDGE, HVHK, SOCIAL]))
    second.set(
        "shared_framing",
        TextAnswer(
            text=p(
                "Kleuter in de 3e kleuterklas, sinds september ongeveer twee dagen per week afwezig. De ouders "
                "spreken weinig Nederlands; de brugfiguur heeft een goede band met vader.",
                "Pre-schooler in the last pre-school year, absent about two days a week since September. The "
                "parents speak little Dutch; the bridge figure has a good bond with the father.",
            )
        ),
    )
    second.set(
        "perspectives",
        _records(
            ("r-persp1", {
                "partner": SCHOOL,
                "observations": p("Afwezig vooral op maandag en vrijdag.", "Absent mostly on Mondays and Fridays."),
                "interpretations": p("De ouders zien het belang van de kleuterschool misschien niet.",
                                     "The parents may not see why pre-school matters."),
            }),
            ("r-persp2", {
                "partner": BRIDGE,
                "observations": p(
                    "Vader brengt de oudere broer, maar de kleuter blijft thuis bij moeder.",
                    "The father brings the older brother, but the pre-schooler stays home with the mother.",
                ),
                "interpretations": p("Het gezin heeft geen vervoer op dagen dat vader vroeg begint.",
                                     "The family has no transport on days the father starts early."),
            }),
        ),
    )
    second.set(
        "strengths",
        TextAnswer(text=p("Speelt graag met blokken en zingt mee in de klas. Vader is betrokken.",
                          "Loves playing with blocks and sings along in class. The father is involved.")),
    )
    second.set(
        "actions",
        _records(
            ("r-actie1", {"idea": p("samen met de ouders een vervoersplan maken",
                                    "make a transport plan with the parents"),
                          "feasibility": "medium", "impact": "high", "chosen": True}),
            ("r-actie2", {"idea": p("ouders uitnodigen op een speelmoment van het Huis van het Kind",
                                    "invite the parents to a play moment of the Huis van het Kind"),
                          "feasibility": "high", "impact": "medium", "chosen": True}),
            ("r-actie3", {"idea": p("info over de schooltoelage vertalen",
                                    "translate the information on the school allowance"),
                          "feasibility": "high", "impact": "low", "chosen": False}),
        ),
    )
    second.set(
        "task_division",
        _records(
            ("r-taak1", {"action": "r-actie1", "partner": BRIDGE, "fits_mandate": True}),
        ),
    )
    second.set(
        "involvement",
        TextAnswer(text=p("De brugfiguur spreekt met vader, met een tolk als dat nodig is.",
                          "The bridge figure talks with the father, with an interpreter if needed.")),
    )
    second.set(
        "capacity",
        TextAnswer(text=p("Vader werkt vroege shiften; we vragen niets op maandagochtend.",
                          "The father works early shifts; we ask nothing on Monday mornings.")),
    )
    second.set(
        "agreements",
        _records(
            ("r-afspr1", {
                "what": p("De brugfiguur bespreekt met vader hoe de kleuter naar school kan komen.",
                          "The bridge figure discusses with the father how the pre-schooler can get to school."),
                "who": BRIDGE,
                "by_when": date(2026, 11, 27),
                "report_date": date(2026, 12, 4),
                "report_to": p("klasleerkracht en CLB", "class teacher and CLB"),
                "adjust_date": date(2027, 1, 8),
                "adjust_how": p("een nieuw plan als de afwezigheden niet dalen", "a new plan if absences do not drop"),
            }),
            ("r-afspr2", {
                "what": p("Het Huis van het Kind nodigt het gezin uit op het speelmoment van januari.",
                          "The Huis van het Kind invites the family to the January play moment."),
                "who": HVHK,
                "by_when": date(2027, 1, 13),
                "report_date": date(2027, 1, 20),
                "report_to": p("brugfiguur", "bridge figure"),
            }),
        ),
    )
    return [first, second]


def build_demo(pack: Pack) -> tuple[Sheet, Sheet, list[Case]]:
    """The demo in the pack's language: (role card, network map, cases)."""
    return demo_role_card(pack), demo_network(pack), demo_cases(pack)


def write_demo(workspace: Workspace, pack: Pack) -> tuple[Sheet, Sheet, list[Case]]:
    """Save the demo into ``workspace`` (replacing a role card, network map or case with the same id)."""
    profile, network, cases = build_demo(pack)
    workspace.save_sheet(profile)
    workspace.save_sheet(network)
    for case in cases:
        workspace.save_case(case)
    return profile, network, cases
