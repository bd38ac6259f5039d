import sys

from netralitas.cli import main

sys.exit(main())
