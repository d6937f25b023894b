import pytest

from lp_tool.cli import main


def test_bad_option():  # LP-TOOL-1002
    with pytest.raises(SystemExit):
        main(["--bad"])
