"""Helper package for ``scripts/import_spec.py``: normalize the API server's OpenAPI export.

Modules, by concern:

* ``report``     -- the :class:`Fix` record every normalization step returns.
* ``paths``      -- path templates, the ``/api/v1`` prefix, servers, mislabelled parameters.
* ``naming``     -- tags and duplicate operationIds.
* ``components`` -- security schemes, undefined schemas, bodies the generator cannot type.
* ``normalize``  -- the pure pipeline: ``normalize(doc) -> (doc, fixes)``.
"""

from .normalize import normalize
from .report import Fix

__all__ = ["Fix", "normalize"]
