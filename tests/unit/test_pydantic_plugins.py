"""No pydantic plugin sees the answers: Bouwsteen turns plugin discovery off before pydantic is first used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SPY = Path(__file__).resolve().parents[1] / "data" / "pydantic_spy"


def run_with_spy(code: str, tmp_path: Path) -> list[str]:
    """Run ``code`` in a fresh interpreter where a spying pydantic plugin is installed; the models it saw."""
    log = tmp_path / "spy.log"
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    env["PYTHONPATH"] = os.pathsep.join([str(SPY), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["SPY_LOG"] = str(log)
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return log.read_text(encoding="utf-8").split() if log.exists() else []


def test_the_spy_sees_a_plain_pydantic_model(tmp_path: Path) -> None:
    """The probe works: without Bouwsteen, the installed plugin is shown every model."""
    seen = run_with_spy("from pydantic import BaseModel\nclass Secret(BaseModel):\n    text: str\n", tmp_path)
    assert "Secret" in seen


def test_no_plugin_sees_bouwsteens_models(tmp_path: Path) -> None:
    """With Bouwsteen's core loaded and a case validated, the plugin was never called."""
    code = (
        "from bouwsteen_tui.core.answers import Case, TextAnswer\n"
        "from bouwsteen_tui.core.workspace import Workspace\n"
        "from bouwsteen_tui.core.content import builtin_pack_dir\n"
        "from bouwsteen_tui.core.loader import load_pack_or_raise\n"
        "load_pack_or_raise(builtin_pack_dir('nl'))\n"
        "case = Case(pack_id='bouwsteen', code='C-7K4Q')\n"
        "case.set('shared_framing', TextAnswer(text='geheim'))\n"
        "Case.model_validate(case.model_dump())\n"
        "from pydantic import BaseModel\nclass Other(BaseModel):\n    text: str\n"
    )
    assert run_with_spy(code, tmp_path) == []
