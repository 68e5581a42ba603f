"""Code generation that runs after openapi-python-client (see scripts/generate.py)."""
