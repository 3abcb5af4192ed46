"""Entry point of the PyInstaller bundle: the same CLI as the ``secretary`` console script."""

import multiprocessing
import sys

from cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # answer helper processes start the bundle again (spawn)
    sys.exit(main())
