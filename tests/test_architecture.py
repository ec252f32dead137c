"""One direction of flow: sources → articles → analysed docs → facts → graph → exports.

No module of a stage imports a module of a later stage (checked on the source, so a new
module must be given its stage here)."""
import ast
from pathlib import Path

import kgraph

ROOT = Path(kgraph.__file__).parent
# stage of each top-level module or subpackage of kgraph (lower runs earlier)
STAGES = {
    "model": 0, "namespaces": 0, "resources": 0, "langid": 0, "config": 0,
    "ingest": 1,
    "analyse": 2,
    "extract": 3,
    "graph": 4, "store": 4,
    "network": 5,
    "export": 6,
    "query": 7, "evaluate": 7, "validate": 7,
    "build": 8, "distributed": 8, "cache": 8,
    "__version__": 0,
    "commands": 9, "cli": 9, "__main__": 9, "__init__": 9,
}


def is_module(name: str) -> bool:
    p = ROOT.joinpath(*name.split("."))
    return p.with_suffix(".py").exists() or (p / "__init__.py").exists()


def stage_of(module: str) -> int:
    top = module.split(".")[0] if module else "__init__"
    assert top in STAGES, f"module kgraph.{module} has no stage in tests/test_architecture.py"
    return STAGES[top]


def imports_of(path: Path, module: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    pkg = module.split(".")[:-1] if path.name != "__init__.py" else module.split(".")
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg[: len(pkg) - (node.level - 1)] if node.level > 1 else pkg
                target = ".".join(base + ([node.module] if node.module else []))
                if node.module:
                    names = [target]
                else:  # "from . import x": a submodule, or an attribute of the package
                    names = [".".join(base + [a.name]) if is_module(".".join(base + [a.name]))
                             else (a.name if a.name == "__version__" else ".".join(base))
                             for a in node.names]
                out.update(n if n else "__init__" for n in names)
            elif node.module and node.module.startswith("kgraph."):
                out.add(node.module[len("kgraph."):])
        elif isinstance(node, ast.Import):
            out.update(a.name[len("kgraph."):] for a in node.names if a.name.startswith("kgraph."))
    return out


def test_no_stage_imports_a_later_stage():
    bad = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        module = ".".join(rel.parts)
        here = stage_of(module)
        for imp in imports_of(path, module):
            if imp and stage_of(imp) > here:
                bad.append(f"kgraph.{module} (stage {here}) imports kgraph.{imp} (stage {stage_of(imp)})")
    assert not bad, "\n".join(bad)
