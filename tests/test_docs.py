"""The README is the first documentation: its set-up commands are what CI runs, and nothing goes undocumented."""

import re

import pytest

from conftest import ROOT
from warta.cli import app
from warta.settings import describe

README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _setup_commands() -> list[str]:
    block = README.split("## Set up", 1)[1].split("```", 2)[1]
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


def test_readme_gives_exactly_two_setup_commands():
    assert len(_setup_commands()) == 2


@pytest.mark.parametrize("command", _setup_commands())
def test_ci_runs_the_readme_setup_commands_verbatim(command):
    assert command in CI


def test_readme_setup_is_on_the_first_screen():
    assert README.index("## Set up") < 1500


@pytest.mark.parametrize("name", [c.name or c.callback.__name__ for c in app.registered_commands])
def test_every_cli_command_is_documented_in_readme(name):
    assert re.search(rf"warta {name}\b", README)


@pytest.mark.parametrize("name", [name for name, _, _ in describe()])
def test_every_setting_is_documented_in_readme(name):
    assert f"WARTA_{name.upper()}" in README
