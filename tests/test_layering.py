"""The layering of design.md: a module imports only from its own layer or below;
compiler and sim never import each other."""
import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "aiesim_py"

LAYER = {
    "errors": 0, "units": 0, "files": 0, "arch": 1, "isa": 2, "kernels": 3, "design": 4,
    "compiler": 5, "sim": 5, "explore": 6, "validate": 6, "api": 7, "cli": 7, "demo": 7, "graph": 7,
}


def _top(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "aiesim_py" and len(parts) > 1 else None


def test_imports_respect_layers():
    bad = []
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG)
        own = rel.parts[0].removesuffix(".py")
        if own == "__init__":
            continue
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                top = _top(name)
                if top is None or top == own:
                    continue
                if LAYER[top] > LAYER[own] or {top, own} == {"compiler", "sim"}:
                    bad.append(f"{rel}: imports {name}")
    assert not bad, "\n".join(bad)
