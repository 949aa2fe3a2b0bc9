#!/usr/bin/env python3
"""Builds mappings/places.tsv: Russian towns and the region they are in, by courtsearch's region codes.

Input: city.csv of HFLabs' "city" dataset (hflabs/city, commit ae661bffe572880472249097c9b29c42b09650ea,
2021-10-11; built from KLADR/FIAS and Rosstat data), licensed CC BY-SA 4.0. The output is an
adaptation of it and keeps that licence: see places-source/LICENSE-places.md.

A court the registry does not list gets its region from its seat through this table: the place
line of its act (`г. Подольск`) or the town in its name. A town name shared by towns of several
regions is written once per region; the reader treats it as unknown.

Usage: python3 mappings/places-source/build_places.py ../shared/data/places/city.csv mappings/regions.tsv > mappings/places.tsv
"""
import csv
import sys

TYPE_WORD = {"обл": "область", "край": "край", "Респ": "Республика", "АО": "автономный округ",
             "Аобл": "автономная область", "г": "Город", "Чувашия": "Республика"}


def region_code(regions, region_type, region):
    first = region.replace("/", " ").split()[0]
    word = TYPE_WORD[region_type]
    found = [code for code, label in regions.items() if first in label.split() and word in label]
    if len(found) != 1:
        raise SystemExit(f"no single region for {region_type} {region}: {found}")
    return found[0]


def main(cities, regions_tsv):
    with open(regions_tsv, encoding="utf-8") as f:
        regions = {row["region_code"]: row["region"] for row in csv.DictReader(f, delimiter="\t")}
    rows = set()
    with open(cities, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = region_code(regions, row["region_type"], row["region"])
            town = row["city"] or (row["region"] if row["region_type"] == "г" else "")
            if town:
                rows.add((town, code))
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["town", "region_code"])
    for r in sorted(rows):
        out.writerow(r)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
