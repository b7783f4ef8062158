"""A small fixed workspace for screen tests: a few answers, three partners, one case with a fixed code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bouwsteen_tui.core.answers import (
    Case,
    ChoiceAnswer,
    PartnerAnswer,
    Record,
    RecordsAnswer,
    Sheet,
    TextAnswer,
)
from bouwsteen_tui.core.workspace import Workspace

CASE_CODE = "C-7K4Q"


def write_sample(root: Path) -> Path:
    """Fill ``root`` with the sample workspace and return it."""
    with Workspace.open(root) as ws:
        role = Sheet(pack_id="bouwsteen", step_id="role")
        role.set("function", TextAnswer(text="CLB-medewerker"))
        role.set("organisation", TextAnswer(text="CLB regio Oost"))
        role.set("core_task", TextAnswer(text="Leerlingen begeleiden bij leren, welbevinden en studiekeuze."))
        role.set("way_of_working", ChoiceAnswer(selected=["guiding", "referring"], primary="guiding"))
        ws.save(role)
        network = Sheet(pack_id="bouwsteen", step_id="network")
        network.set(
            "partners",
            RecordsAnswer(
                items=[
                    Record(id="p-0001", values={"organisation": "Basisschool De Linde", "type": "school",
                                                "contact": "Mevr. A. Peeters", "strength": "strong"}),
                    Record(id="p-0002", values={"organisation": "CAW Oost", "type": "welfare",
                                                "contact": "Dhr. B. Janssens", "strength": "workable"}),
                    Record(id="p-0003", values={"organisation": "Sociaal Huis", "type": "local_government",
                                                "strength": "weak", "gaps": "geen vaste contactpersoon"}),
                    Record(id="p-0004", values={"organisation": "Sportclub De Ploeg", "type": "leisure",
                                                "strength": "none"}),
                ]
            ),
        )
        ws.save(network)
        case = Case(pack_id="bouwsteen", code=CASE_CODE, description="leerling 5e leerjaar, vaak afwezig",
                    created=date(2026, 10, 1), keep_until=date(2040, 6, 30))
        case.set("case_partners", PartnerAnswer(partners=["p-0001", "p-0002"]))
        case.set("shared_framing", TextAnswer(text="Sinds oktober vaak afwezig op maandag."))
        case.set(
            "agreements",
            RecordsAnswer(
                items=[
                    Record(id="r-0001", values={"what": "Gesprek met ouders", "who": "p-0001",
                                                "report_date": date(2030, 1, 15)}),
                ]
            ),
        )
        ws.save(case)
    return root
