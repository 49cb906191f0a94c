"""Importing chromadb without the checks it runs on its own classes at every import.

chromadb marks its methods with the ``overrides`` package's ``@override``, which, as each
class is created, walks the caller's frame and compares the method's signature with the one
it overrides. Those checks hold for a released chromadb (its own tests run them) and can
change nothing at run time, yet they are about a third of importing chromadb, which is most
of a cold ``qa ask`` (0.5 of 1.9 s on a 2-core machine; see ``bench/bench_memory.py``). While
chromadb is imported, ``override`` only marks the method, as it does when a check passes;
the real decorator is put back after, for any other user of the package.
"""

from __future__ import annotations

import sys
import threading
from types import ModuleType
from typing import Any

__all__ = ["import_chromadb"]

_lock = threading.Lock()


def _mark(method: Any = None, **_options: Any) -> Any:
    """``overrides.override`` without its checks: what it returns when they pass."""
    if method is None:  # used as @override(check_signature=...)
        return _mark
    method.__override__ = True
    return method


def import_chromadb() -> ModuleType:
    """The chromadb module, imported now if it was not (thread-safe)."""
    with _lock:
        if "chromadb" in sys.modules:
            return sys.modules["chromadb"]
        import overrides

        # (the package's name ``overrides`` is also its decorator's: the module is taken
        # from sys.modules)
        decorators = sys.modules["overrides.overrides"]

        names = ("override", "overrides")  # (the second: its older name)
        real = {(module, name): getattr(module, name)
                for module in (overrides, decorators) for name in names}
        for module, name in real:
            setattr(module, name, _mark)
        try:
            import chromadb
        finally:
            for (module, name), decorator in real.items():
                setattr(module, name, decorator)
        return chromadb
