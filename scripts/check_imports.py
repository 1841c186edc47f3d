"""Check the import graph of src/audiojiedu (built by grimp): no module cycles, and no stage
reaching back against the pipeline. Prints what it finds; exits 1 on a problem.

    python scripts/check_imports.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import grimp

# Cycles that may stand (none now): listed so that any new cycle fails.
KNOWN: set[frozenset[str]] = set()
# A stage must not reach into these (later stages, or unrelated ones).
FORBIDDEN = {
    "ingest": ["outline", "normalize", "script", "engines", "synth", "audio", "timeline", "publish", "build"],
    "outline": ["ingest", "normalize", "script", "engines", "synth", "audio", "timeline", "publish", "build"],
    "normalize": ["outline", "script", "engines", "synth", "audio", "timeline", "publish", "build"],
    "engines": ["ingest", "outline", "script", "synth", "audio", "timeline", "publish", "build"],
    "audio": ["ingest", "outline", "normalize", "engines", "synth", "publish", "build"],
    "publish": ["ingest", "outline", "normalize", "engines", "synth", "audio", "build"],
}


def cycles(graph: grimp.ImportGraph) -> list[set[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[set[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found


def backward_imports(graph: grimp.ImportGraph) -> list[str]:
    """Direct imports from a stage into a stage it must not use (shared modules such as model,
    config and errors sit between stages and are allowed to everyone)."""

    def stage_of(module: str) -> str:
        return module.split(".")[1] if module.count(".") else ""

    problems = []
    for module in sorted(graph.modules):
        stage = stage_of(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if stage_of(imported) in FORBIDDEN.get(stage, ()):
                problems.append(f"{module} imports {imported}")
    return problems


def main() -> int:
    graph = grimp.build_graph("audiojiedu", include_external_packages=False)
    print(f"{len(graph.modules)} modules")
    failed = False
    for component in cycles(graph):
        known = frozenset(component) in KNOWN
        failed |= not known
        print(("known cycle: " if known else "CYCLE: ") + ", ".join(sorted(component)))
    for problem in backward_imports(graph):
        failed = True
        print("REACHES: " + problem)
    print("import graph: " + ("problems found" if failed else "no new cycles, stages in order"))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
