#!/usr/bin/env python3
"""Turns a generated HTML/TXT corpus into the mixed corpus of issue 14, its office files written by
LibreOffice (headless, --convert-to), as office suites write them: 24% HTML, 20% DOCX, 15% RTF,
15% PDF, 10% DOC, 10% TXT, 5% ODT, 1% ZIP archives of two decisions.
Usage: bench/office_corpus.py SOURCE_DIR OUT_DIR"""
import html, os, random, shutil, subprocess, sys, tempfile, zipfile

src, out = sys.argv[1], sys.argv[2]
random.seed(14)
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(src) for f in fs if f.endswith((".html", ".txt")))
random.shuffle(files)
share = [("html", 24), ("docx", 20), ("rtf", 15), ("pdf", 15), ("doc", 10), ("txt", 10), ("odt", 5), ("zip", 1)]
filters = {"docx": 'docx:"MS Word 2007 XML"', "rtf": 'rtf:"Rich Text Format"', "pdf": "pdf:writer_pdf_Export",
           "doc": 'doc:"MS Word 97"', "odt": "odt:writer8"}
os.makedirs(out, exist_ok=True)


def text_of(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8", "cp1251"):
        try:
            t = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if path.endswith(".html"):
        return None, t
    return t, None


def as_html(path):
    t, h = text_of(path)
    if h is not None:
        return h
    paras = "".join("<p>%s</p>\n" % html.escape(line) for line in t.splitlines())
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Решение</title></head><body>\n%s</body></html>' % paras


start = 0
counts = {}
for fmt, pct in share:
    n = len(files) * pct // 100 if fmt != "html" else None
    counts[fmt] = n
counts["html"] = len(files) - sum(v for k, v in counts.items() if k != "html")
for fmt, _ in share:
    chunk = files[start:start + counts[fmt]]
    start += counts[fmt]
    target = os.path.join(out, fmt)
    os.makedirs(target, exist_ok=True)
    if fmt in ("html", "txt"):
        for f in chunk:
            shutil.copy(f, os.path.join(target, os.path.basename(os.path.splitext(f)[0]) + "." + fmt)
                        if f.endswith("." + fmt) else os.path.join(target, os.path.basename(f)))
        continue
    if fmt == "zip":
        for i in range(0, len(chunk) - 1, 2):
            with zipfile.ZipFile(os.path.join(target, "archive-%04d.zip" % i), "w", zipfile.ZIP_DEFLATED) as z:
                for f in chunk[i:i + 2]:
                    z.write(f, os.path.basename(f))
        continue
    with tempfile.TemporaryDirectory() as tmp:
        inputs = []
        for f in chunk:
            p = os.path.join(tmp, os.path.basename(os.path.splitext(f)[0]) + ".html")
            open(p, "w", encoding="utf-8").write(as_html(f))
            inputs.append(p)
        for i in range(0, len(inputs), 200):  # one office process per 200 files
            subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + tmp + "/profile",
                            "--infilter=HTML (StarWriter)", "--convert-to", filters[fmt], "--outdir", target]
                           + inputs[i:i + 200], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"{fmt}: {len(os.listdir(target))} files", flush=True)
print(f"{len(files)} decisions → {out}")
