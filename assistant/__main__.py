"""``python -m assistant``: see ``tandem.assistant.cli``."""

from tandem.assistant.cli import main

raise SystemExit(main())
