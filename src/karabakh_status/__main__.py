"""``python -m karabakh_status``: the command line."""

import sys

from karabakh_status._cli import main

if __name__ == "__main__":
    sys.exit(main())
