"""A stand-in for the request checker in unit tests of what calls it (the network review's
triage): its ``check_request`` replaced, on the very module that callers import it from."""

from __future__ import annotations

import importlib
from collections.abc import Callable


def use_stand_in_checker(monkeypatch, check_request: Callable) -> None:
    """Have ``from connectwisely.checker.check import check_request`` give ``check_request``
    until the test ends.

    The function is replaced, not the module: a stand-in module in ``sys.modules`` lacked the
    checker's other names. And it is replaced on the module ``sys.modules`` holds, which such an
    import reads: a test that imports the checker afresh (``test_bridge``) leaves the package's
    ``check`` attribute naming another module object, so a dotted path would patch that one."""
    monkeypatch.setattr(
        importlib.import_module("connectwisely.checker.check"), "check_request", check_request
    )
