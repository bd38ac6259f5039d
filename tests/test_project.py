"""The project's own files keep in step: the README's layout is the tree, the locks hold the pins."""

from __future__ import annotations

import re

from netralitas.settings import REPO_ROOT

PACKAGE = REPO_ROOT / "netralitas"


def _layout() -> list[str]:
    """The lines of the README's layout block that describe netralitas/."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Layout", 1)[1].split("```", 2)[1]
    lines = block.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("netralitas/"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith(" "))
    return lines[start + 1 : end]


def _listed(lines: list[str]) -> dict[str, str]:
    """Entry name at two spaces -> its line and the lines under it (nested entries, continuations)."""
    out: dict[str, str] = {}
    current = ""
    for line in lines:
        m = re.match(r"^  (\S+?)(?:\s{2,}|$)", line)
        if m:
            current = m.group(1)
            out[current] = line
        elif current:
            out[current] += "\n" + line
    return out


def test_the_readme_layout_is_the_tree() -> None:
    listed = _listed(_layout())
    on_disk = {
        (p.name + "/" if p.is_dir() else p.name)
        for p in PACKAGE.iterdir()
        if p.name not in ("__init__.py", "__main__.py", "__pycache__") and not p.name.startswith(".")
    }
    assert set(listed) == on_disk, "README Layout and netralitas/ differ"
    for name, text in listed.items():
        if not name.endswith("/"):
            continue
        members = {p.stem for p in (PACKAGE / name).iterdir() if p.suffix in (".py", ".yml") and p.stem != "__init__"}
        missing = sorted(m for m in members if not re.search(rf"\b{re.escape(m)}\b", text))
        assert missing == [], f"README Layout does not describe {name}{missing}"


def _pins(path: str) -> dict[str, str]:
    text = (REPO_ROOT / path).read_text(encoding="utf-8")
    return {name.lower(): version for name, version in re.findall(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)", text, re.M)}


def test_the_locks_hold_every_direct_pin_with_hashes() -> None:
    runtime, dev = _pins("requirements.lock"), _pins("requirements-dev.lock")
    for direct, lock in (("requirements.txt", runtime), ("requirements-dev.txt", dev)):
        for name, version in _pins(direct).items():
            assert lock.get(name) == version, f"{direct}: {name}=={version} is not what the lock installs"
    # The dev lock is a superset that agrees with the runtime lock on every shared package.
    assert {k: v for k, v in dev.items() if k in runtime} == runtime
    for path in ("requirements.lock", "requirements-dev.lock"):
        entries = re.split(r"\n(?=[A-Za-z0-9])", (REPO_ROOT / path).read_text(encoding="utf-8"))
        unhashed = [e.split()[0] for e in entries if "==" in e.split("\n")[0] and "--hash=sha256:" not in e]
        assert unhashed == [], f"{path}: entries without a hash"
    assert "--require-hashes -r requirements.lock" in (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
