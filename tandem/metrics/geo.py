"""Approximate map positions of the pilot locations (public place coordinates, WGS-84).

Looked up by community, then by the longest matching region prefix, so a new
community in a known district still lands on the map near its district.
"""

from __future__ import annotations

import pandas as pd

# (lat, lon) — approximate centres, good enough to place a pilot on a national map.
COMMUNITIES: dict[str, tuple[float, float]] = {
    "劲松街道八棵杨社区": (39.8838, 116.4616),
    "右安门街道开阳里第四社区": (39.8668, 116.3603),
    "文昌镇": (37.5160, 105.1870),
    "滨河镇新墩花园社区": (37.4960, 105.1960),
    "东北街社区": (39.9890, 98.9080),
}
REGIONS: dict[str, tuple[float, float]] = {
    "北京市": (39.9042, 116.4074),
    "北京市朝阳区": (39.9215, 116.4431),
    "北京市丰台区": (39.8584, 116.2866),
    "宁夏中卫市": (37.5003, 105.1896),
    "宁夏中卫市沙坡头区": (37.5147, 105.1899),
    "甘肃酒泉市": (39.7326, 98.4943),
    "甘肃酒泉市金塔县": (39.9834, 98.9027),
}


def coordinates(region: str, community: str = "") -> tuple[float, float] | None:
    """The position of a pilot scope, or None when neither community nor region is known."""
    if community and community in COMMUNITIES:
        return COMMUNITIES[community]
    matches = [name for name in REGIONS if region.startswith(name)]
    return REGIONS[max(matches, key=len)] if matches else None


def locations(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per pilot scope in ``frame``: label, programmes, number of figures, lat/lon, marker size."""
    rows = []
    for (region, community), group in frame.groupby(["region", "community"], sort=True):
        position = coordinates(region, community)
        rows.append(
            {
                "地点": f"{region}{community}",
                "region": region,
                "community": community,
                "项目": "、".join(sorted({p for p in group["program"] if p})),
                "数字个数": len(group),
                "lat": position[0] if position else None,
                "lon": position[1] if position else None,
            }
        )
    out = pd.DataFrame(rows, columns=["地点", "region", "community", "项目", "数字个数", "lat", "lon"])
    return out.assign(size=(out["数字个数"].astype(float) * 4000 + 8000))
