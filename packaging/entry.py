"""Entry point of the PyInstaller bundle: the same CLI as the ``secretary`` console script."""

import sys

from cli.main import main

if __name__ == "__main__":
    sys.exit(main())
