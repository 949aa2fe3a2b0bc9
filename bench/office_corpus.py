#!/usr/bin/env python3
"""Turns a generated HTML/TXT corpus into the mixed corpus of issue 14, its office files written by
LibreOffice (headless, --convert-to), as office suites write them: 24% HTML, 20% DOCX, 15% RTF,
15% PDF, 10% DOC, 10% TXT, 5% ODT, 1% ZIP archives of two decisions.
Usage: bench/office_corpus.py SOURCE_DIR OUT_DIR"""
import html, os, random, shutil, subprocess, sys, tempfile, zipfile
from concurrent.futures import ThreadPoolExecutor

src, out = sys.argv[1], sys.argv[2]
random.seed(14)
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(src) for f in fs if f.endswith((".html", ".txt")))
random.shuffle(files)
share = [("html", 24), ("docx", 20), ("rtf", 15), ("pdf", 15), ("doc", 10), ("txt", 10), ("odt", 5), ("zip", 1)]
filters = {"docx": "docx:MS Word 2007 XML", "rtf": "rtf:Rich Text Format", "pdf": "pdf:writer_pdf_Export",
           "doc": "doc:MS Word 97", "odt": "odt:writer8"}
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
    """The bytes of an HTML page for LibreOffice: a page as it is (it declares its own charset), a text as UTF-8 HTML."""
    if path.endswith(".html"):
        return open(path, "rb").read()
    t, _ = text_of(path)
    paras = "".join("<p>%s</p>\n" % html.escape(line) for line in t.splitlines())
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Решение</title></head><body>\n%s</body></html>'
            % paras).encode("utf-8")


def soffice(profile, args, check=True):
    # one user profile per concurrent process
    r = subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + profile + "/profile"] + args,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if check and r.returncode != 0:
        raise SystemExit("soffice failed (%d): %s" % (r.returncode, " ".join(args[:4])))


start = 0
counts = {}
for fmt, pct in share:
    n = len(files) * pct // 100 if fmt != "html" else None
    counts[fmt] = n
counts["html"] = len(files) - sum(v for k, v in counts.items() if k != "html")
htmls = [f for f in files if f.endswith(".html")]
txts = [f for f in files if f.endswith(".txt")]
chunks = {"html": htmls[:counts["html"]], "txt": txts[:counts["txt"]]}
rest = htmls[counts["html"]:] + txts[counts["txt"]:]
random.shuffle(rest)
for fmt, _ in share:
    if fmt not in chunks:
        chunks[fmt] = rest[start:start + counts[fmt]]
        start += counts[fmt]
for fmt, _ in share:
    chunk = chunks[fmt]
    target = os.path.join(out, fmt)
    os.makedirs(target, exist_ok=True)
    if fmt in ("html", "txt"):
        for f in chunk:
            shutil.copy(f, target)
        print(f"{fmt}: {len(chunk)} files", flush=True)
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
            open(p, "wb").write(as_html(f))
            inputs.append(p)
        # HTML opens as a web page, which has no office export: it becomes a Writer document (ODT) first
        odt = target if fmt == "odt" else os.path.join(tmp, "odt")
        for i in range(0, len(inputs), 200):  # one office process per 200 files
            soffice(tmp, ["--infilter=HTML (StarWriter)", "--convert-to", filters["odt"], "--outdir", odt] + inputs[i:i + 200])
        if fmt != "odt":
            odts = sorted(os.path.join(odt, f) for f in os.listdir(odt))
            if fmt == "pdf":
                # LibreOffice 7.4 headless aborts after the first PDF of a batch: one process a file, two at a time
                with ThreadPoolExecutor(2) as pool:
                    list(pool.map(lambda a: soffice(os.path.join(tmp, "p%d" % (a[0] % 2)),
                                                    ["--convert-to", filters["pdf"], "--outdir", target, a[1]], check=False),
                                  enumerate(odts)))
            else:
                for i in range(0, len(odts), 200):
                    soffice(tmp, ["--convert-to", filters[fmt], "--outdir", target] + odts[i:i + 200])
    print(f"{fmt}: {len(os.listdir(target))} files", flush=True)
print(f"{len(files)} decisions → {out}")
