"""Entry point of the frozen bundle: behaves exactly like the ``backguide`` command.

With ``BACKGUIDE_BUNDLE_SELFTEST=1`` in the environment it runs
``bundle_selftest`` instead, for ``packaging/build.sh``.
"""

import os
import sys

if os.environ.get("BACKGUIDE_BUNDLE_SELFTEST") == "1":
    from bundle_selftest import run

    sys.exit(run())

from backguide.cli import main  # noqa: E402

sys.exit(main())
