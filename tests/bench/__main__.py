"""`python -m tests.bench` (or `make bench`): run every benchmark, one after another.

Each benchmark is also runnable alone: `python -m tests.bench.bench_readiness`, ... .
They are not part of `make test` (pytest does not collect tests/bench). `bench_wave` takes
about half an hour and has its own target (`make bench-wave`): it is left out here.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

OWN_TARGET = {"bench_wave"}


def main() -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_")
                   and m.name not in OWN_TARGET)
    for name in names:
        print(f"\n### {name}", flush=True)
        module = importlib.import_module(f"tests.bench.{name}")
        sys.argv = [name]
        result = module.main()
        if result not in (None, 0):
            return int(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
