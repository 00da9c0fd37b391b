"""The default install must stay free of GPL code: companies install the product.

The safety service's name lists once came from a GPLv3 package; this walks the
runtime dependencies that pyproject.toml declares (no extras), as installed, and fails on any
copyleft licence, so such a dependency cannot slip back in.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

from aurixa.safety.detectors.names import person_spans


def _runtime_distributions() -> dict[str, metadata.Distribution]:
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    declared = tomllib.loads(pyproject.read_text("utf-8"))["project"]["dependencies"]
    found: dict[str, metadata.Distribution] = {}
    stack = [Requirement(line).name for line in declared]
    while stack:
        name = stack.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found:
            continue
        dist = metadata.distribution(name)
        found[key] = dist
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                stack.append(req.name)
    return found


def _is_copyleft(dist: metadata.Distribution) -> bool:
    meta = dist.metadata
    texts = [meta.get("License-Expression") or "", (meta.get("License") or "")[:200]]
    texts += [c for c in meta.get_all("Classifier") or [] if c.startswith("License")]
    # The LGPL (linking allowed) is not what this guards against.
    return any(
        re.search(r"\bA?GPL|GNU (?:Affero )?General Public", t) and not re.search(r"LGPL|Lesser", t)
        for t in texts
    )


def test_default_install_has_no_gpl_dependency() -> None:
    dists = _runtime_distributions()
    assert {"faker", "names", "numpy"} <= dists.keys()  # the walk reached the tree
    assert "gender-guesser" not in dists
    assert [k for k, d in dists.items() if _is_copyleft(d)] == []


def test_given_names_of_many_countries_come_from_the_permissive_lists() -> None:
    # None of these is a US census given name; each is in a per-country list.
    for text, name in [
        ("Why is Radomír so impulsive?", "Radomír"),
        ("I spoke to Szilárd yesterday.", "Szilárd"),
        ("Is Guðrún coming too?", "Guðrún"),
    ]:
        assert [text[s:e] for s, e in person_spans(text)] == [name]
