"""Import depth: the longest chain of run-time imports (``if TYPE_CHECKING`` ones left out) from ``bot.cli`` to a module
of the project (grimp, import-linter's graph builder). Run: .venv/bin/python bench/import_depth.py [ROOT]  (ROOT: a checkout, default this one)."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import grimp


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    graph = grimp.build_graph("bot", "handlers", cache_dir=None, exclude_type_checking_imports=True)

    @lru_cache(maxsize=None)
    def longest(module: str, seen: frozenset[str] = frozenset()) -> tuple[str, ...]:
        best: tuple[str, ...] = ()
        for imported in graph.find_modules_directly_imported_by(module):
            if imported in seen or not imported.startswith(("bot", "handlers")):
                continue
            chain = longest(imported, seen | {module})
            if len(chain) > len(best):
                best = chain
        return (module, *best)

    chain = longest("bot.cli")
    print(f"import depth from bot.cli: {len(chain) - 1} ({' -> '.join(chain)})")
    print(f"modules: {len(graph.modules)}; top-level modules in bot/: {sum(1 for p in (root / 'bot').glob('*.py'))}")


if __name__ == "__main__":
    main()
