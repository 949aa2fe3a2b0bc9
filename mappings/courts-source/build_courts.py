#!/usr/bin/env python3
"""Builds mappings/courts.tsv, courtsearch's court -> region reference table.

Inputs (shared/data/courts): sudrf_websites.json and rf_region_codes.json from
dataout-org/sudrfparser (CC BY-SA 4.0, scraped 2023-11-18) and military_courts.tsv (seat
regions of military courts, whose code prefix is a historic district, not the seat).
The output is an adaptation of the sudrfparser data and keeps its licence: see
courts-source/LICENSE-courts.md.

Usage: python3 mappings/courts-source/build_courts.py ../shared/data/courts > mappings/courts.tsv
"""
import csv
import json
import re
import sys

# sudrf still uses the codes of merged autonomous okrugs for a few district courts
MERGED = {"80": "75", "81": "59", "82": "41", "84": "24", "85": "38", "88": "24"}
KIND = {"RS": "district", "OS": "regional", "GV": "garrison_military", "OV": "district_military",
        "KJ": "cassation", "AJ": "appeal", "AV": "military_appeal", "KV": "military_cassation"}


# the Constitution's names (art. 65) where the source shortens or spells them otherwise; the source's
# labels stay valid in filters and URLs (regions.tsv's third column)
CONSTITUTION = {
    "14": "Республика Саха (Якутия)",
    "15": "Республика Северная Осетия — Алания",
    "21": "Чувашская Республика — Чувашия",
    "42": "Кемеровская область — Кузбасс",
    "86": "Ханты-Мансийский автономный округ — Югра",
}


# labels earlier versions of courtsearch wrote (kept valid in filters)
FORMER = {"14": "Республика Саха", "15": "Республика Северная Осетия-Алания", "21": "Чувашская Республика - Чувашия",
          "42": "Кемеровская область", "86": "Ханты-Мансийский автономный округ - Югра"}


def clean_region(name):
    return re.sub(r"\s*\(.*\)\s*$", "", name).strip()


def main(src):
    source = {k: clean_region(v) for k, v in json.load(open(f"{src}/rf_region_codes.json", encoding="utf-8")).items()}
    regions = {k: CONSTITUTION.get(k, v) for k, v in source.items()}
    regions.setdefault("77", "г. Москва")
    regions.setdefault("78", "г. Санкт-Петербург")
    regions.setdefault("92", "г. Севастополь")
    military = {}
    with open(f"{src}/military_courts.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            military[row["court_code"]] = row
    rows = {}
    for code, courts in json.load(open(f"{src}/sudrf_websites.json", encoding="utf-8")).items():
        for c in courts:
            cid = c["court_id"]
            # the region in brackets after the name, itself bracketed in Yakutia's: «(Республика Саха (Якутия))»
            name = re.sub(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$", "", c["court_name"]).strip()
            kind = KIND.get(cid[2:4], "other")
            region_code = MERGED.get(cid[:2], cid[:2])
            if cid in military:
                region_code = military[cid]["seat_region_code"]
            rows[cid] = (cid, name, kind, region_code, regions.get(region_code, ""), c.get("court_website", ""))
    for cid, m in military.items():
        if cid not in rows:
            rows[cid] = (cid, m["court_name"], KIND.get(cid[2:4], "other"), m["seat_region_code"],
                         regions.get(m["seat_region_code"], m["seat_region_name"]), m["website_2023"])
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["court_code", "court_name", "court_kind", "region_code", "region", "website"])
    for key in sorted(rows):
        out.writerow(rows[key])
    reg = csv.writer(open(sys.argv[2], "w", encoding="utf-8"), delimiter="\t", lineterminator="\n") if len(sys.argv) > 2 else None
    if reg:
        reg.writerow(["region_code", "region", "former_labels"])
        for k in sorted(regions):
            former = [v for v in (source.get(k), FORMER.get(k)) if v and v != regions[k]]
            reg.writerow([k, regions[k], "|".join(dict.fromkeys(former))])


if __name__ == "__main__":
    main(sys.argv[1])
