"""``python -m gui``: start the desktop app on the default workspace."""

from gui.app import main

raise SystemExit(main())
