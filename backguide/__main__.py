"""``python -m backguide`` behaves exactly like the ``backguide`` command."""

import sys

from backguide.cli import main

sys.exit(main())
