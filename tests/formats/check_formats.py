#!/usr/bin/env python3
"""Reads what `comptoir --format xlsx|html` wrote with real readers and
holds it against the CSV of the same report (ctest: formats.*).

  check_formats.py xlsx COMPTOIR DEMO_DB      workbook numbers == CSV, cell by cell
  check_formats.py html COMPTOIR DEMO_DB      page structure, every CSV amount shown
  check_formats.py overflow FILE.xlsx ROWS N  a table of N rows continued on next sheets

XLSX is read with openpyxl (Debian python3-openpyxl), HTML with Python's
html.parser. Each check also runs on a damaged copy and must fail there.
"""
import csv
import datetime
import io
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal
from html.parser import HTMLParser

import openpyxl

# Reports written from the shared demo books (read-only). Commands whose
# CSV tables follow one another without a blank line (close --dry-run) are
# checked by the e2e tests (tests/e2e/output_test.cpp) instead.
REPORTS = [
    ["report", "income-statement", "--entity", "AT", "--year", "2025"],
    ["report", "balance-sheet", "--entity", "RES", "--year", "2025"],
    ["balance", "--entity", "AT", "--year", "2025"],
    ["ledger", "--entity", "AT", "--year", "2025"],
    ["report", "fixed-assets", "--entity", "AT", "--year", "2025"],
    ["vat", "summary", "--entity", "AT", "--year", "2025"],  # rates as percentages, estimates
    ["grant", "list", "--as-of", "2025-12-31"],  # yes/no, percentages with a decimal
    ["report", "aged-balance", "--entity", "AT", "--side", "customers", "--date", "2025-12-31"],  # a total row
]
AMOUNT = re.compile(r"^-?\d+\.\d\d$")


class Mismatch(Exception):
    pass


def run(comptoir, db, args, fmt, out=None, extra=()):
    cmd = [comptoir, "--db", db, "--read-only", "--format", fmt, *extra, *args]
    if out:
        cmd += ["--out", out]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {r.returncode}: {r.stderr}")
    return r.stdout


def csv_tables(text):
    """The tables of a CSV output: blank lines between them."""
    tables, rows = [], []
    for row in csv.reader(io.StringIO(text)):
        if not row:
            if rows:
                tables.append(rows)
            rows = []
        else:
            rows.append(row)
    if rows:
        tables.append(rows)
    return tables


# --- XLSX -------------------------------------------------------------------

def same_cell(text, cell, where):
    value = cell.value
    if text == "":
        if value not in (None, ""):
            raise Mismatch(f"{where}: CSV empty, workbook {value!r}")
        return
    if isinstance(value, bool):
        ok = text == ("true" if value else "false")
    elif isinstance(value, datetime.datetime):
        ok = text == value.date().isoformat() and "yy" in cell.number_format
    elif isinstance(value, (int, float)):
        expected = Decimal(text)
        if "%" in cell.number_format:
            expected /= 100
        ok = value == float(expected)
        if AMOUNT.match(text) and "€" not in cell.number_format:
            raise Mismatch(f"{where}: amount {text} without the euro format ({cell.number_format})")
        if re.fullmatch(r"-?\d+", text) and "%" not in cell.number_format and not isinstance(value, int):
            raise Mismatch(f"{where}: count {text} read as {value!r}")
    else:
        if AMOUNT.match(text):  # (an account number stays text)
            raise Mismatch(f"{where}: number {text} written as text {value!r}")
        ok = isinstance(value, str) and value != ""  # a code's label may differ from the code
    if not ok:
        raise Mismatch(f"{where}: CSV {text!r}, workbook {value!r} ({cell.number_format})")


def compare_workbook(path, tables):
    book = openpyxl.load_workbook(path)
    sheets = list(book.worksheets)
    if len(sheets) != len(tables):
        raise Mismatch(f"{path}: {len(sheets)} sheets for {len(tables)} CSV tables")
    names = [s.title for s in sheets]
    if len({n.lower() for n in names}) != len(names) or any(len(n) > 31 for n in names):
        raise Mismatch(f"{path}: sheet names {names}")
    for t, (sheet, table) in enumerate(zip(sheets, tables)):
        if not sheet.freeze_panes:
            raise Mismatch(f"{sheet.title}: no frozen heading row")
        first = openpyxl.utils.cell.coordinate_to_tuple(sheet.freeze_panes)[0]
        header, rows = table[0], table[1:]
        headings = [c.value for c in sheet[first - 1]][: len(header)]
        if len(headings) != len(header) or any(h in (None, "") for h in headings):
            raise Mismatch(f"{sheet.title}: headings {headings} for {header}")
        pending = list(rows)
        for r, cells in enumerate(sheet.iter_rows(min_row=first), start=first):
            cells = list(cells)[: len(header)] + [None] * 0
            where = f"{sheet.title}!row {r}"
            if pending and matches(pending[0], cells):
                row = pending.pop(0)
                for c, text in enumerate(row):
                    same_cell(text, cells[c], f"{where} col {header[c]}")
            elif all(c.font is None or c.font.b for c in cells if c.value is not None):
                continue  # a footer: a sum for the eye, not in CSV
            else:
                raise Mismatch(f"{where}: {[c.value for c in cells]} is neither the next CSV row "
                               f"{pending[0] if pending else None} nor a bold footer")
        if pending:
            raise Mismatch(f"{sheet.title}: {len(pending)} CSV rows missing, first {pending[0]}")
        print(f"  table {t + 1} '{sheet.title}': {len(rows)} rows equal")


def matches(row, cells):
    try:
        for c, text in enumerate(row):
            same_cell(text, cells[c] if c < len(cells) else None, "")
        return True
    except (Mismatch, AttributeError):
        return False


def check_xlsx(comptoir, db, work):
    for args in REPORTS:
        print(" ".join(args))
        tables = csv_tables(run(comptoir, db, args, "csv"))
        path = os.path.join(work, "report.xlsx")
        run(comptoir, db, args, "xlsx", path)
        compare_workbook(path, tables)
    # The check can fail: one amount changed by a cent in a copy.
    book = openpyxl.load_workbook(path)
    damaged = False
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                number = isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool)
                if not damaged and number and "€" in cell.number_format:
                    cell.value += 0.01
                    damaged = True
    assert damaged, "no amount to damage"
    book.save(os.path.join(work, "damaged.xlsx"))
    try:
        compare_workbook(os.path.join(work, "damaged.xlsx"), tables)
    except Mismatch as e:
        print(f"damaged copy refused: {e}")
    else:
        raise SystemExit("a workbook with a changed amount passed the comparison")


# --- HTML -------------------------------------------------------------------

VOID = {"meta", "br", "hr", "img", "link", "input", "col", "wbr"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.tags = [], [], []
        self.doctype = False
        self.style = ""
        self.cells = []  # (tag, classes, text) of each th/td
        self.sections = 0
        self.text = None

    def handle_decl(self, decl):
        self.doctype = decl.lower() == "doctype html"

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href") or name.startswith("on") or re.search(r"(https?:|//)", value or ""):
                self.problems.append(f"<{tag} {name}={value!r}>: a link or a script")
        if tag in ("th", "td"):
            self.text = ""
            self.classes = dict(attrs).get("class", "")
        if tag == "section":
            self.sections += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        if tag in ("th", "td"):
            self.cells.append((tag, self.classes, self.text))
            self.text = None

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "style":
            self.style += data
        if self.text is not None:
            self.text += data


def french(amount):
    sign, digits = ("-", amount[1:]) if amount.startswith("-") else ("", amount)
    units, cents = digits.split(".")
    groups = []
    while len(units) > 3:
        groups.insert(0, units[-3:])
        units = units[:-3]
    return sign + "\u202f".join([units] + groups) + "," + cents


def check_page(html, tables, english=False):
    page = Page()
    page.feed(html)
    page.close()
    problems = list(page.problems)
    if not page.doctype:
        problems.append("no <!DOCTYPE html>")
    if page.stack:
        problems.append(f"unclosed {page.stack}")
    for tag in ("script", "link", "img", "iframe", "object", "base"):
        if tag in page.tags:
            problems.append(f"a <{tag}>")
    for needed in ("@media print", "@page", "A4", "table-header-group"):
        if needed not in page.style:
            problems.append(f"style without {needed}")
    if re.search(r"url\(|@import", page.style):
        problems.append("the style loads something")
    if page.sections != len(tables) or page.tags.count("table") != len(tables):
        problems.append(f"{page.sections} sections, {page.tags.count('table')} tables for {len(tables)} CSV tables")
    if page.tags.count("thead") != len(tables) or page.tags.count("th") == 0:
        problems.append("a table without its thead")
    shown = {text for tag, _, text in page.cells if tag == "td"}
    right = {text for tag, classes, text in page.cells if tag == "td" and "num" in classes}
    count = 0
    for table in tables:
        for row in table[1:]:
            for text in row:
                if AMOUNT.match(text):
                    want = text if english else french(text)
                    if want not in shown and "~" + want not in shown:
                        problems.append(f"amount {text} not shown as {want!r}")
                    elif want not in right and "~" + want not in right:
                        problems.append(f"amount {want} not right-aligned")
                    count += 1
    if problems:
        raise Mismatch("; ".join(problems[:5]))
    return count


def check_html(comptoir, db, work):
    for args in REPORTS:
        tables = csv_tables(run(comptoir, db, args, "csv"))
        path = os.path.join(work, "report.html")
        run(comptoir, db, args, "html", path)
        html = open(path, encoding="utf-8").read()
        count = check_page(html, tables)
        print(f"{' '.join(args)}: {len(tables)} sections, {count} amounts shown")
    english = run(comptoir, db, REPORTS[2], "html", extra=("--locale", "en"))
    check_page(english, csv_tables(run(comptoir, db, REPORTS[2], "csv")), english=True)
    if '<html lang="en">' not in english:
        raise SystemExit("English page not marked lang=en")
    check_escaping(comptoir, work)
    # The check can fail: an amount changed, and a script slipped in.
    amount = re.search(r'<td class="num">(\d[^<]*,\d\d)</td>', html).group(1)
    for damaged in (html.replace(f">{amount}<", ">0,01<"), html.replace("</body>", "<script>x()</script></body>")):
        try:
            check_page(damaged, tables)
        except Mismatch as e:
            print(f"damaged page refused: {e}")
        else:
            raise SystemExit("a damaged page passed the check")


def check_escaping(comptoir, work):
    """A label with markup in it is shown as text, never as markup."""
    db = os.path.join(work, "escape.db")
    label = '<b>Café</b> & "Cie" <script>alert(1)</script>'
    for args in (["init"], ["account", "add", "--entity", "AT", "471999", label]):
        r = subprocess.run([comptoir, "--db", db, *args], capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"{args} exited {r.returncode}: {r.stderr}")
    html = run(comptoir, db, ["account", "list", "--entity", "AT", "--prefix", "4719"], "html")
    page = Page()
    page.feed(html)
    if label not in {text for tag, _, text in page.cells} or {"b", "script"} & set(page.tags) or page.problems:
        raise Mismatch(f"label not escaped: {html[html.find('471999'):][:200]!r}")
    print("a label with markup is shown as text")


# --- Overflow -----------------------------------------------------------------

def check_overflow(path, rows_per_sheet, rows):
    """A table 'Long' of `rows` rows (value i in column B, a bold total last)
    written with `rows_per_sheet` rows a sheet: title, headings, then rows."""
    book = openpyxl.load_workbook(path)
    seen = []
    for n, sheet in enumerate(book.worksheets, start=1):
        expected = "Long" if n == 1 else f"Long ({n})"
        if sheet.title != expected:
            raise Mismatch(f"sheet {n} is '{sheet.title}', expected '{expected}'")
        if sheet.max_row > rows_per_sheet or sheet.freeze_panes != "A3":
            raise Mismatch(f"{sheet.title}: {sheet.max_row} rows, frozen at {sheet.freeze_panes}")
        if sheet["A1"].value != "Long" or sheet["B2"].value != "Amount":
            raise Mismatch(f"{sheet.title}: no title or headings")
        for r in range(3, sheet.max_row + 1):
            seen.append((sheet.cell(r, 2).value, bool(sheet.cell(r, 2).font.b)))
    want = [(float(i), False) for i in range(1, rows + 1)] + [(float(rows * (rows + 1) // 2), True)]
    if seen != want:
        raise Mismatch(f"rows across sheets {seen[:4]}… ({len(seen)}), expected {len(want)}")
    print(f"{rows} rows and a total on {len(book.worksheets)} sheets of {rows_per_sheet} rows")


def main():
    mode = sys.argv[1]
    try:
        if mode == "overflow":
            check_overflow(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
            return 0
        comptoir, db = sys.argv[2], sys.argv[3]
        with tempfile.TemporaryDirectory() as work:
            {"xlsx": check_xlsx, "html": check_html}[mode](comptoir, db, work)
    except Mismatch as e:
        print(f"FAIL: {e}")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
