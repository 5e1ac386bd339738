#!/usr/bin/env python3
"""Writes the reference-geography fixtures of AsciiMapTests from the
simplified COD-AB files (run once, from this folder; `swift test` never
runs it):

    python3 make-fixtures.py /path/to/shared/data/geo

Features are copied unchanged (same properties, same coordinates), only
fewer of them, so a test on a fixture sees what it saw on the whole file.
"""
import json
import sys

geo = sys.argv[1]


def subset(level, keep, out):
    with open(f"{geo}/th_adm{level}.geojson", encoding="utf-8") as f:
        collection = json.load(f)
    key = f"ADM{level}_PCODE"
    features = [f for f in collection["features"] if keep(f["properties"][key][2:])]
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(out, len(features), "features")


# Phayao (the golden maps) and Uttaradit at province level; Phayao's amphoes.
subset(1, lambda code: code in ("56", "53"), "adm1-sample.geojson")
subset(2, lambda code: code.startswith("56"), "adm2-sample.geojson")
# Phayao's 68 tambons, one tambon with a hole (580104) and one in three
# parts (910106, islands of Satun).
subset(3, lambda code: code.startswith("56") or code in ("580104", "910106"), "adm3-sample.geojson")
