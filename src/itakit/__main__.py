"""``python -m itakit`` runs the command line."""

from itakit.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
