"""`python -m wb.cli`: the `wb` command without the console script."""

from wb.cli import main

main()
