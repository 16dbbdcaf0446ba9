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


SLOW_RULES = (
    "reader.core.pipeline",
    "reader.core.quantities",
    "reader.core.conflicts",
    "reader.core.figures",
)


def test_the_app_paints_before_the_figure_rules_load() -> None:
    """Importing the app (what the first paint waits for) leaves the figure and comparison rules,
    some 500 regular expressions, to the comparison's own thread."""
    probe = (
        "import sys, reader.cli, reader.ui.app;"
        f"print(','.join(m for m in {SLOW_RULES!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_public_api_loads_what_it_is_asked_for() -> None:
    probe = (
        "import sys, reader\n"
        "assert 'reader.core.quantities' not in sys.modules and 'reader.core.similarity' not in sys.modules\n"
        "from reader import extract_quantities, similarity\n"
        "assert [q.text for q in extract_quantities('40,000 troops')] == ['40,000']\n"
        "assert similarity('Kerry met Lavrov.', 'Kerry met Lavrov.') > 0.5\n"
        "assert reader.compare_texts({'a': 'Ten died.', 'b': 'Twelve died.'}).quantities\n"
        "try:\n    reader.no_such_name\nexcept AttributeError as e:\n    print(e)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "module 'reader' has no attribute 'no_such_name'"
