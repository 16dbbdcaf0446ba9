"""The core is pure: importing it (and the public API) must not load textual or rich."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import reader, reader.cli
import reader.core.alignment, reader.core.conflicts, reader.core.loading, reader.core.model
import reader.core.pipeline, reader.core.quantities, reader.core.segmentation
import pkgutil, importlib, reader.core as core
for info in pkgutil.iter_modules(core.__path__):
    importlib.import_module("reader.core." + info.name)
reader.compare_texts({"a": "Kerry met Lavrov in Paris.", "b": "Lavrov met Kerry in Paris."})
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich") or m.startswith("reader.ui"))
print(",".join(bad))
"""


def test_core_and_api_do_not_import_textual_or_rich() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"the core pulled in: {result.stdout.strip()}"


def test_the_probe_would_notice_textual() -> None:
    """The check above can fail: importing the UI does load textual."""
    probe = PROBE.replace("import reader, reader.cli", "import reader, reader.cli, textual.app")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "textual" in result.stdout
