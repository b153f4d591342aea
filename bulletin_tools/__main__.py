"""``python -m bulletin_tools`` runs the ``bulletin`` command."""

from .cli import main

if __name__ == "__main__":
    main()
