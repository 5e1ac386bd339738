#!/usr/bin/env python3
"""Cuts the province outlines that MapOutlineTests compares `tisep map` with.

    python3 cut_outlines.py ../../../../../shared/data/geo

reads th_adm1.geojson of that folder (COD-AB Thailand, ADM1) and writes
provinces-iou.geojson here: the features of Phayao 56, Lamphun 51,
Surin 32, Roi Et 45, Suphan Buri 72 and Ubon Ratchathani 34, copied
unchanged (geometry and the COD-AB properties), in that order. The tests
never run this script.
"""
import json
import os
import sys

PROVINCES = ["56", "51", "32", "45", "72", "34"]

geo = sys.argv[1] if len(sys.argv) > 1 else "../../../../../shared/data/geo"
with open(os.path.join(geo, "th_adm1.geojson"), encoding="utf-8") as f:
    source = json.load(f)
by_code = {feat["properties"]["ADM1_PCODE"].removeprefix("TH"): feat for feat in source["features"]}
missing = [p for p in PROVINCES if p not in by_code]
if missing:
    sys.exit(f"not in th_adm1.geojson: {missing}")
out = {"type": "FeatureCollection", "features": [by_code[p] for p in PROVINCES]}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "provinces-iou.geojson"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
    f.write("\n")
