"""The package list in pyproject.toml covers every package under kg/, and the tests run against the installed package."""

import tomllib
from importlib.metadata import distribution
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "kg").rglob("__init__.py")}
    assert found <= listed, f"add to pyproject.toml [tool.setuptools] packages: {sorted(found - listed)}"


def test_the_suite_runs_against_the_installed_package():
    """What users install is tested: ``kg`` comes from the installed distribution, not the checkout."""
    import kg

    installed = Path(distribution("kg").locate_file("kg/__init__.py")).resolve()
    assert Path(kg.__file__).resolve() == installed, (
        f"kg imported from {kg.__file__}, not from the installed package: run pip install '.[test]' (not -e)")
    assert ROOT not in installed.parents
