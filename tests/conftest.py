"""Test settings shared by the whole suite.

Hypothesis never times a test here (speed is measured in ``benchmarks/``), and
under CI (``CI`` set) its examples are derandomized so that a run can be
repeated exactly.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
