#!/usr/bin/env python3
"""Reads what `comptoir --format pdf` wrote with poppler's tools and holds
it against the CSV of the same report (ctest: formats.pdf).

  check_pdf.py COMPTOIR DEMO_DB

- pdftotext finds every total of the income statement and of the balance
  sheet (the CSV's rows of kind "total"), as French text writes them;
- pdfinfo gives the page count: the general ledger spans several pages,
  and every page has its header (name, SIREN, period, title), the ledger's
  column headings and "page n/N";
- pdffonts shows DejaVu Sans embedded, and no other font;
- the activity report's charts are vectors: pdftotext reads their titles,
  legends' and bars' text (each category and its share), and pdfimages
  lists no image;
- a bad --out folder, or a command that fails, leaves no file.
Each check also runs on a damaged copy and must fail there.
"""
import csv
import io
import os
import re
import subprocess
import sys
import tempfile

AMOUNT_CSV = re.compile(r"^-?\d+\.\d\d$")
# French text amounts: "-1 234,56" with (narrow) no-break spaces.
AMOUNT_FR = re.compile(r"-?\d{1,3}(?:[ \u00a0\u202f]\d{3})*,\d\d")


class Mismatch(Exception):
    pass


def run(comptoir, db, args, fmt, out=None, extra=(), ok=True):
    cmd = [comptoir, "--db", db, "--read-only", "--format", fmt, "--today", "2026-01-15", *extra, *args]
    if out:
        cmd += ["--out", out]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if ok and r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {r.returncode}: {r.stderr}")
    return r


def tool(*cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def pdf_pages(path):
    """The text of each page (pdftotext separates pages with a form feed)."""
    return tool("pdftotext", "-layout", path, "-").split("\f")[:-1]


def page_count(path):
    return int(re.search(r"^Pages:\s+(\d+)", tool("pdfinfo", path), re.M).group(1))


def fr_amount(text):
    units, cents = text.lstrip("-").split(".")
    return ("-" if text.startswith("-") else "") + units + "," + cents


def pdf_amounts(text):
    return {re.sub(r"[ \u00a0\u202f]", "", a) for a in AMOUNT_FR.findall(text)}


def csv_totals(text):
    rows = list(csv.reader(io.StringIO(text)))
    header, rows = rows[0], rows[1:]
    kind = header.index("kind")
    totals = [c for r in rows if r and r[kind] == "total" for c in r if AMOUNT_CSV.match(c)]
    if not totals:
        raise SystemExit("the CSV has no total: the check would prove nothing")
    return totals


def check_totals(totals, amounts, where):
    missing = [t for t in totals if fr_amount(t) not in amounts]
    if missing:
        raise Mismatch(f"{where}: totals {missing[:5]} not in the PDF's text")


def check_statements(comptoir, db, work):
    for args in (["report", "income-statement", "--entity", "AT", "--year", "2025"],
                 ["report", "balance-sheet", "--entity", "RES", "--year", "2025"]):
        name = args[1]
        pdf = os.path.join(work, name + ".pdf")
        run(comptoir, db, args, "pdf", pdf)
        totals = csv_totals(run(comptoir, db, args, "csv").stdout)
        amounts = pdf_amounts("\n".join(pdf_pages(pdf)))
        check_totals(totals, amounts, name)
        damaged = set(amounts)
        damaged.discard(fr_amount(totals[-1]))
        expect_failure(lambda: check_totals(totals, damaged, name + " (damaged)"))
        if page_count(pdf) != 1 or "595 x 842" not in tool("pdfinfo", pdf):
            raise Mismatch(f"{name}: {page_count(pdf)} pages, expected one A4 portrait page")
        print(f"  {name}: {len(totals)} totals found")


def check_pages(pages, count, title, heading, where):
    if len(pages) != count:
        raise Mismatch(f"{where}: pdftotext sees {len(pages)} pages, pdfinfo {count}")
    for n, page in enumerate(pages, start=1):
        for needed in ("Action Territoriale", "SIREN", title, heading, f"page {n}/{count}", "15/01/2026", "chaîne",
                       "exercice 2025"):
            if needed not in page:
                raise Mismatch(f"{where}: page {n} lacks {needed!r}")


def check_ledger(comptoir, db, work):
    args = ["ledger", "--entity", "AT", "--year", "2025"]
    pdf = os.path.join(work, "ledger.pdf")
    run(comptoir, db, args, "pdf", pdf)
    count = page_count(pdf)
    if count < 3 or "842 x 595" not in tool("pdfinfo", pdf):
        raise Mismatch(f"ledger: {count} pages, expected several A4 landscape ones")
    pages = pdf_pages(pdf)
    title = pages[0].splitlines()[1].strip()
    text = run(comptoir, db, args, "text").stdout.splitlines()
    heading = [line for line in text[1:] if line.strip()][0].split()[0]
    check_pages(pages, count, title, heading, "ledger")
    damaged = list(pages)
    damaged[-1] = damaged[-1].replace(f"page {count}/{count}", "")
    expect_failure(lambda: check_pages(damaged, count, title, heading, "ledger (damaged)"))
    print(f"  ledger: {count} pages, each with header, headings and page n/N")


def check_fonts(listing, where):
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    if not rows:
        raise Mismatch(f"{where}: no font")
    for row in rows:
        # name type encoding emb sub uni object ID: emb is 5th from the end
        if "DejaVuSans" not in row[0] or row[-5] != "yes":
            raise Mismatch(f"{where}: font {' '.join(row)} not DejaVu Sans embedded")


def check_embedded(comptoir, db, work):
    pdf = os.path.join(work, "income-statement.pdf")
    listing = tool("pdffonts", pdf)
    check_fonts(listing, "income-statement")
    expect_failure(lambda: check_fonts(listing.replace(" yes ", " no  ", 1), "fonts (damaged)"))
    print("  fonts: " + ", ".join(sorted({l.split()[0] for l in listing.splitlines()[2:] if l.strip()})))


def check_english(comptoir, db, work):
    args = ["report", "income-statement", "--entity", "AT", "--year", "2025"]
    pdf = os.path.join(work, "en.pdf")
    run(comptoir, db, args, "pdf", pdf, extra=["--locale", "en"])
    text = "\n".join(pdf_pages(pdf))
    missing = [t for t in csv_totals(run(comptoir, db, args, "csv").stdout) if t not in text]
    if missing:
        raise Mismatch(f"English PDF: totals {missing[:5]} not written as 1234.56")
    print("  --locale en: totals in English")


def check_vector_chart(text, images, categories, where):
    for needed in ["Charges par catégorie", "Ressources par source", "Montant (€)", *categories]:
        if needed not in text:
            raise Mismatch(f"{where}: {needed!r} not in the PDF's text")
    if not re.search(r"\d[\u202f ]\d{3}[\u00a0 ]€ · \d+ %", text):
        raise Mismatch(f"{where}: no bar's amount and share ('1 234 € · 12 %') in the PDF's text")
    listed = [line for line in images.splitlines()[2:] if line.strip()]
    if listed:
        raise Mismatch(f"{where}: {len(listed)} raster images, the chart should be vectors: {listed[0]}")


def check_charts(comptoir, db, work):
    args = ["report", "activity", "--entity", "AT", "--year", "2025"]
    pdf = os.path.join(work, "activity.pdf")
    run(comptoir, db, args, "pdf", pdf)
    rows = list(csv.DictReader(io.StringIO(run(comptoir, db, args, "csv").stdout)))
    categories = [r["category"] for r in rows if r["code"] != "total"]
    text = "\n".join(pdf_pages(pdf))
    images = tool("pdfimages", "-list", pdf)
    check_vector_chart(text, images, categories, "activity")
    expect_failure(lambda: check_vector_chart(text, images + "   1     0 image     640   400  rgb     3   8  image  no", categories,
                                              "activity (an image)"))
    expect_failure(lambda: check_vector_chart(text.replace("Charges par catégorie", ""), images, categories,
                                              "activity (no chart)"))
    print(f"  activity: {page_count(pdf)} page(s), charts of {len(categories)} categories as text and paths, no image")


def check_no_file(comptoir, db, work):
    args = ["report", "income-statement", "--entity", "AT", "--year", "2025"]
    r = run(comptoir, db, args, "pdf", os.path.join(work, "no-such-folder", "x.pdf"), ok=False)
    if r.returncode != 3 or os.path.exists(os.path.join(work, "no-such-folder")):
        raise Mismatch(f"bad --out folder: exit {r.returncode}, {r.stderr.strip()}")
    empty = os.path.join(work, "empty")
    os.mkdir(empty)
    r = run(comptoir, db, ["report", "income-statement", "--entity", "NOPE", "--year", "2025"], "pdf",
            os.path.join(empty, "x.pdf"), ok=False)
    if r.returncode == 0 or os.listdir(empty):
        raise Mismatch(f"a failed command left {os.listdir(empty)} (exit {r.returncode})")
    r = run(comptoir, db, args, "pdf", ok=False)
    if r.returncode != 2:
        raise Mismatch(f"--format pdf without --out: exit {r.returncode}")
    print("  bad --out, failed command, no --out: no file left")


def expect_failure(check):
    try:
        check()
    except Mismatch:
        return
    raise Mismatch("a damaged copy passed the check: the check proves nothing")


def main():
    comptoir, db = sys.argv[1], sys.argv[2]
    try:
        with tempfile.TemporaryDirectory() as work:
            check_statements(comptoir, db, work)
            check_ledger(comptoir, db, work)
            check_embedded(comptoir, db, work)
            check_english(comptoir, db, work)
            check_charts(comptoir, db, work)
            check_no_file(comptoir, db, work)
    except Mismatch as e:
        print(f"FAIL: {e}")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
