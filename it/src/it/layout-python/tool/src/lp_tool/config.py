"""Configuration, read from a file (LP-TOOL-1001)."""


def load(path):
    with open(path, encoding="utf-8") as f:
        return f.read()
