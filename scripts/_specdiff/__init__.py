"""Helper package for ``scripts/specdiff.py``, the OpenAPI breaking-change checker.

Modules, by concern:

* ``loader``      -- reading inputs (files, ``git:REF:path``), parsing, OpenAPI sniffing.
* ``resolver``    -- ``$ref`` resolution with warnings for unresolvable references.
* ``operations``  -- normalization of paths, operations and parameters for matching.
* ``schema_view`` -- normalization of schemas (allOf merge, nullability forms).
* ``schema_rules``/``schema_diff`` -- pure schema rules and the recursive walker.
* ``op_rules``    -- operation, parameter, request-body and response rules.
* ``registry``    -- the rule catalogue (ids, levels, examples).
* ``output``      -- JSON, markdown and text rendering.
* ``cli``         -- argument parsing and exit codes.
"""
