#!/usr/bin/env python3
"""Cuts the small boundary fixtures of the AsciiMap tests out of the shared
reference geography (OCHA COD-AB Thailand, RTSD 2019, CC BY-IGO; simplified
by the mapthai R package, MIT). Run once from this folder:

    python3 cut_fixtures.py ../../../../shared/data/geo

It writes phayao-tambons.geojson (the 68 tambons of province 56, with their
amphoe and province codes and names), phayao-amphoes.geojson (its 9
amphoes) and phayao-province.geojson (the province outline). Coordinates and properties are copied unchanged; only
the features are selected and the JSON is written compactly, one feature a
line, so that a diff shows which feature changed."""
import json, os, sys

geo = sys.argv[1] if len(sys.argv) > 1 else "../../../../shared/data/geo"

def cut(source, keep, target):
    with open(os.path.join(geo, source), encoding="utf-8") as f:
        features = [x for x in json.load(f)["features"] if keep(x["properties"])]
    features.sort(key=lambda x: [v for k, v in sorted(x["properties"].items()) if k.endswith("PCODE")])
    with open(target, "w", encoding="utf-8") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(",\n".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) for x in features))
        f.write("\n]}\n")
    print(target, len(features), "features", os.path.getsize(target), "bytes")

cut("th_adm3.geojson", lambda p: p["ADM1_PCODE"] == "TH56", "phayao-tambons.geojson")
cut("th_adm2.geojson", lambda p: p["ADM1_PCODE"] == "TH56", "phayao-amphoes.geojson")
cut("th_adm1.geojson", lambda p: p["ADM1_PCODE"] == "TH56", "phayao-province.geojson")
