#!/usr/bin/env python3
"""Writes the geography fixtures of TISEPTermTests from the public files
(run once, from this folder; `swift test` never runs it):

    python3 make-fixtures.py /path/to/shared/data/geo

Rows and features are copied unchanged, only fewer of them: the geocode
lists of Bangkok (10), Uttaradit (53) and Phayao (56), and the COD-AB
boundaries of Uttaradit and Phayao.
"""
import json
import sys

geo = sys.argv[1]
provinces = ("10", "53", "56")


def csv_subset(name, code_column, keep):
    with open(f"{geo}/{name}", encoding="utf-8") as f:
        lines = f.read().split("\n")
    header, rows = lines[0], [line for line in lines[1:] if line]
    # The code columns come before any free text, so splitting on commas is safe there.
    kept = [row for row in rows if keep(row.split(",")[code_column].strip('"'))]
    with open(name, "w", encoding="utf-8") as f:
        f.write("\n".join([header] + kept) + "\n")
    print(name, len(kept), "rows")


def geojson_subset(level, keep):
    with open(f"{geo}/th_adm{level}.geojson", encoding="utf-8") as f:
        collection = json.load(f)
    key = f"ADM{level}_PCODE"
    features = [f for f in collection["features"] if keep(f["properties"][key][2:4])]
    out = f"th_adm{level}-sample.geojson"
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(out, len(features), "features")


csv_subset("provinces.csv", 1, lambda code: True)
csv_subset("districts.csv", 3, lambda code: code[:2] in provinces)
csv_subset("sub_districts.csv", 3, lambda code: code[:2] in provinces)
for level in (1, 2, 3):
    geojson_subset(level, lambda province: province in ("53", "56"))
