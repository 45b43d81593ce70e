"""``python -m mercator_desktop`` (and the frozen bundle's entry point) runs the command line."""

import sys

from mercator_desktop.cli import main

sys.exit(main())
