import sys

from briefing.cli.app import main

sys.exit(main())
