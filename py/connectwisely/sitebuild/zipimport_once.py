"""Shipped in the site's standard library as ``sitecustomize``: each zipped module compiled once.

Pyodide imports the standard library, and the worker the tools' wheel, from zip archives. For
each module, ``zipimport`` works out the file name (``get_filename``, asked while the import
system builds the module's spec) by fetching the module's code, so a source module is compiled
a first time only to be named, then a second time to run (``get_code``). That doubles the
largest cost of a cold start: about 0.6 s of the runtime's 2 s in Node, on this machine.

:func:`install` keeps the first compile of each module until its second request takes it, so
each import compiles once and Python's behaviour, file names included, is unchanged. The runtime
imports ``sitecustomize`` from its standard library at start-up (``site``), after 34 modules and
before the other 160 it loads, Pyodide's own among them. Without the private function this
relies on (another Python), it does nothing.
"""

from __future__ import annotations

import zipimport


class CompiledOnce:
    """``zipimport._get_module_code`` whose answer for a module is computed once, and kept only
    until asked again (an import asks exactly twice)."""

    def __init__(self, get_module_code):
        self.__wrapped__ = get_module_code
        self.kept = {}
        self.reused = 0  # imports that ran their first compile (the worker reports it)

    def __call__(self, importer, fullname):
        key = (importer.archive, importer.prefix, fullname)
        if key in self.kept:
            self.reused += 1
            return self.kept.pop(key)
        self.kept[key] = found = self.__wrapped__(importer, fullname)
        return found


def install(module=zipimport) -> bool:
    """Make ``module`` (zipimport) compile each module once; whether it now does."""
    current = getattr(module, "_get_module_code", None)
    if current is None:
        return False
    if type(current).__name__ != CompiledOnce.__name__:  # as sitecustomize, another class
        module._get_module_code = CompiledOnce(current)
    return True


if __name__ == "sitecustomize":
    install()
