import sys


def main(argv):
    # LP-TOOL-1002
    if argv and argv[0].startswith("--bad"):
        sys.exit(2)
