"""The GitHub Action (action.yml): its shell steps, run locally the way the runner runs them.

The runner's own steps (``uses:`` actions/setup-python, actions/cache) and the pip install of
bibkit are GitHub's part; the test runs every other ``run:`` step with bash, with the runner's
environment (GITHUB_ACTION_PATH, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, inputs through ``env:``)
and this virtualenv's ``bibkit`` on PATH, against a local link server.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from linkserver import LinkServer

REPO = Path(__file__).resolve().parents[1]
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
EXPRESSION = re.compile(r"\$\{\{\s*([\w.-]+)\s*\}\}")


def load_action() -> dict:
    try:
        import yaml
    except ImportError:
        if IN_CI:
            pytest.fail("PyYAML is required under CI (it comes with pre-commit)")
        pytest.skip("PyYAML not installed")
    return yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))


def evaluate(value: str, inputs: dict[str, str]) -> str:
    """``${{ inputs.x }}`` -> the input's value (the only expressions the shell steps' env uses)."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        assert name.startswith("inputs."), f"unexpected expression {name} in a shell step's env"
        return inputs[name.removeprefix("inputs.")]

    return EXPRESSION.sub(one, str(value))


def run_action(workspace: Path, tmp: Path, **given: str) -> tuple[int, str, str, str]:
    """Run the action's shell steps (not the install) in ``workspace``; (exit, stdout, summary, outputs)."""
    if shutil.which("bash") is None:
        pytest.skip("bash not installed")
    action = load_action()
    inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    inputs.update(given)
    summary, outputs = tmp / "summary.md", tmp / "outputs.txt"
    summary.write_text("", encoding="utf-8")
    outputs.write_text("", encoding="utf-8")
    base = dict(os.environ, GITHUB_ACTIONS="true", CI="true", GITHUB_ACTION_PATH=str(REPO),
                GITHUB_STEP_SUMMARY=str(summary), GITHUB_OUTPUT=str(outputs), GITHUB_WORKSPACE=str(workspace),
                PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    code, stdout = 0, ""
    for step in action["runs"]["steps"]:
        if "run" not in step or step.get("id") == "install":
            continue  # uses: steps are GitHub's; bibkit is already installed in this virtualenv
        env = dict(base, **{k: evaluate(v, inputs) for k, v in step.get("env", {}).items()})
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step["run"]],
                              cwd=workspace, env=env, capture_output=True, text=True, timeout=300)
        code, stdout = proc.returncode, stdout + proc.stdout
        if code:
            break
    return code, stdout, summary.read_text(encoding="utf-8"), outputs.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def server():
    with LinkServer() as running:
        yield running


def test_action_is_composite_and_keeps_expressions_out_of_scripts():
    action = load_action()
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert any(s.get("uses", "").startswith("actions/cache@") for s in steps)
    for step in steps:
        if "run" in step:
            assert step["shell"] == "bash"
            assert "${{" not in step["run"]  # inputs reach scripts through env: (no script injection)
    assert "bibkit check --format github" in next(s for s in steps if s.get("id") == "check")["run"]


def test_action_annotates_broken_links_and_writes_the_summary(server, tmp_path):
    workspace = tmp_path / "workspace"
    (workspace / "references").mkdir(parents=True)
    (workspace / "references" / "library.bib").write_text(f"""@online{{abiru2021japan,
  author = {{Abiru, Taisuke}},
  title = {{{{Japan}}-{{Russia}} Relations in the Post-Abe Era}},
  url = {{{server.url('/ok/abiru')}}},
}}

@online{{gone2022page,
  title = {{A page that is gone}},
  url = {{{server.url('/status/404')}}},
}}
""", encoding="utf-8")
    code, stdout, summary, outputs = run_action(workspace, tmp_path, args="--allow-private --timeout 5")
    assert code == 1
    assert re.search(r"^::error file=references/library\.bib,line=7,title=broken link::http://127\.0\.0\.1:\d+/status/404: "
                     r"404", stdout, re.M), stdout
    assert "bibkit check: 2 links" in stdout
    assert "1 link(s) fail the check" in summary and "/status/404" in summary
    assert "exit-code=1" in outputs
    assert (workspace / ".bibkit-cache" / "links.sqlite").is_file()  # what actions/cache keeps between runs


def test_action_passes_on_working_links_and_warns_on_no_files(server, tmp_path):
    workspace = tmp_path / "workspace"
    (workspace / "refs" / "nested").mkdir(parents=True)
    (workspace / "refs" / "nested" / "ok.bib").write_text(
        f"@online{{ok2021, title = {{Fine}}, url = {{{server.url('/ok/fine')}}}}}\n", encoding="utf-8")
    code, stdout, summary, outputs = run_action(workspace, tmp_path, args="--allow-private --no-cache")
    assert code == 0, stdout
    assert "::error" not in stdout and "No broken links" in summary and "exit-code=0" in outputs
    code, stdout, _, outputs = run_action(workspace, tmp_path, files="docs/*.bib")
    assert code == 0 and "::warning title=bibkit check::no files match 'docs/*.bib'" in stdout
