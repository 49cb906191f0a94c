"""chromadb is imported with the ``overrides`` package's checks off, and only while it is."""

import subprocess
import sys

from tests.helpers import ROOT

_CHECK = """
import overrides
real = overrides.override, overrides.overrides
from index.chroma_import import import_chromadb
chromadb = import_chromadb()
from chromadb.api.rust import RustBindingsAPI
assert RustBindingsAPI.heartbeat.__override__  # marked, as the real decorator marks it
# the checks did not run: they give a method without a docstring its parent's
assert RustBindingsAPI.count_collections.__doc__ is None
assert (overrides.override, overrides.overrides) == real
assert import_chromadb() is chromadb
"""


def test_chromadb_imports_and_the_decorator_is_put_back():
    # (a fresh process: in this one chromadb may already be imported, and then is not again)
    result = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
