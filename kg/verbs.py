"""Make a module callable as the verb it is named after (``kg.extract(...)``, ``kg.export(...)``, ``kg.validate(...)``).

``kg`` exposes its verbs lazily (``kg.export`` -> :func:`kg.export.export`); once the
module of the same name is imported, Python binds the module to that attribute
instead. Making the module callable keeps ``kg.export(...)`` working either way.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any


def callable_module(module_name: str, verb: Callable[..., Any]) -> None:
    """Calling the module ``module_name`` calls ``verb``."""

    class VerbModule(types.ModuleType):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return verb(*args, **kwargs)

    VerbModule.__call__.__doc__ = verb.__doc__
    sys.modules[module_name].__class__ = VerbModule
