from lp_tool.config import load


def test_load(tmp_path):
    # LP-TOOL-1001
    p = tmp_path / "c.toml"
    p.write_text("x", encoding="utf-8")
    assert load(p) == "x"
