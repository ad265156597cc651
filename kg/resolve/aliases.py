"""The alias table: names of one body on one line (``data/aliases.tsv`` plus a user file).

Every name on a line resolves to the same node; a line starting with ``!`` lists names
that are never merged with one another. The user's file (``kg build --aliases FILE`` or
``$KG_ALIASES``) has the same format and is read after the packaged one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kg.cli.common import UserError
from kg.resolve import text


@dataclass
class Aliases:
    group: dict[str, int] = field(default_factory=dict)  # name key -> line number
    never: dict[str, set[int]] = field(default_factory=dict)  # name key -> "!" lines naming it
    lines: int = 0

    def read(self, content: str, origin: str) -> None:
        for number, line in enumerate(content.splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            split = line.startswith("!")
            names = [n.strip() for n in line.lstrip("!").split("\t") if n.strip()]
            if len(names) < 2:
                raise UserError(f"{origin}, line {number}: a line needs two or more names separated by tabs")
            self.lines += 1
            tag = self.lines
            for name in names:
                k = text.key(name)
                if split:
                    self.never.setdefault(k, set()).add(tag)
                else:
                    self.group[k] = self.group.get(k, tag)

    def keys(self, names: set[str]) -> set[str]:
        """The alias-line keys (``alias:N``) of a set of name keys."""
        return {f"alias:{self.group[k]}" for k in names if k in self.group}

    def line_keys(self, key: str) -> set[str]:
        """The name keys whose alias-line key is ``key`` (``alias:N``)."""
        line = int(key.removeprefix("alias:"))
        return {k for k, tag in self.group.items() if tag == line}

    def kept_apart(self, a: set[str], b: set[str]) -> bool:
        """True when a "!" line names a key of ``a`` and a different key of ``b``."""
        if not self.never:
            return False
        tags_a = {(t, k) for k in a for t in self.never.get(k, ())}
        return any(t == u and k != j for t, k in tags_a for j in b for u in self.never.get(j, ()))


def load_aliases(user_file: str | Path | None = None) -> Aliases:
    """The packaged alias table plus the user's (``user_file``, else ``$KG_ALIASES`` when set)."""
    aliases = Aliases()
    aliases.read(resources.files("kg.resolve").joinpath("data/aliases.tsv").read_text(encoding="utf-8"),
                 "kg/resolve/data/aliases.tsv")
    path = user_file or os.environ.get("KG_ALIASES")
    if path:
        try:
            content = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"{path}: cannot read the alias file: {exc}") from exc
        aliases.read(content, str(path))
    return aliases
