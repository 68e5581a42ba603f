"""``python -m stateset.cli``."""

from stateset.cli import main

main()
