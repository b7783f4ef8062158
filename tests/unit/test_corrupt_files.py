"""Random, truncated and wrongly typed files: every loader reports them and sets them aside untouched."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bouwsteen_tui.core.answers import Case, ChoiceAnswer, Record, RecordsAnswer, Settings, Sheet, TextAnswer
from bouwsteen_tui.core.files import dump_document
from bouwsteen_tui.core.workspace import Workspace

CODE = "C-2345"

_case = Case(pack_id="bouwsteen", code=CODE, description="oefening")
_case.set("shared_framing", TextAnswer(text="tekst"))
_case.set("agreements", RecordsAnswer(items=[Record(values={"what": "x", "by_when": date(2027, 1, 2)})]))
_sheet = Sheet(pack_id="bouwsteen", step_id="role")
_sheet.set("way_of_working", ChoiceAnswer(selected=["guiding"]))
GOOD: dict[str, bytes] = {
    "case": dump_document(_case),
    "sheet": dump_document(_sheet),
    "settings": dump_document(Settings(language="nl")),
}
PATHS = {"case": f"cases/{CODE}.toml", "sheet": "role.toml", "settings": "settings.toml"}

toml_scalars = st.one_of(
    st.integers(), st.text(max_size=20), st.booleans(), st.floats(allow_nan=False), st.dates(),
    st.lists(st.integers(), max_size=3),
)


def _mutate(data: dict[str, Any], path: list[str], value: Any) -> dict[str, Any]:
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


def _paths(data: Any, prefix: list[str]) -> list[list[str]]:
    if isinstance(data, dict):
        out = []
        for key, value in data.items():
            out.append([*prefix, key])
            out += _paths(value, [*prefix, key])
        return out
    return []


@st.composite
def broken_documents(draw: st.DrawFn) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(sorted(GOOD)))
    good = GOOD[kind]
    how = draw(st.sampled_from(["random", "truncated", "retyped"]))
    if how == "random":
        return kind, draw(st.binary(max_size=400))
    if how == "truncated":
        cut = draw(st.integers(min_value=0, max_value=len(good) - 1))
        return kind, good[:cut]
    import tomllib

    data = tomllib.loads(good.decode())
    paths = _paths(data, [])
    path = draw(st.sampled_from(paths))
    return kind, tomli_w.dumps(_mutate(data, path, draw(toml_scalars))).encode()


def _load(workspace: Workspace, kind: str) -> object:
    if kind == "case":
        return workspace.load_case(CODE)
    if kind == "sheet":
        return workspace.load_sheet("role")
    return workspace.load_settings()


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(broken_documents())
def test_every_loader_survives_broken_files(document: tuple[str, bytes]) -> None:
    """Never a crash; a bad file is reported by name and moved to set-aside/ byte for byte."""
    kind, raw = document
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "ws"
        workspace = Workspace.open(root)
        try:
            target = root / PATHS[kind]
            target.write_bytes(raw)
            loaded = _load(workspace, kind)
            if workspace.problems:
                problem = workspace.problems[0]
                assert problem.file == target
                assert problem.reason
                if problem.set_aside_to is not None:
                    assert problem.set_aside_to.read_bytes() == raw
                    assert not target.exists()
                else:  # a newer schema version: left in place, untouched
                    assert target.read_bytes() == raw
            else:
                # the mutation happened to leave a valid document (e.g. a text field got another text)
                assert loaded is not None
        finally:
            workspace.close()
