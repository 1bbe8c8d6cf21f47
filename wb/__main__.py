"""`python -m wb`: the `wb` command without the console script (as `python -m wb.cli`)."""

from wb.cli import main

main()
