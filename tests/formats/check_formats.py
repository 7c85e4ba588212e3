#!/usr/bin/env python3
"""Reads what `comptoir --format xlsx|html` wrote with real readers and
holds it against the CSV of the same report (ctest: formats.*).

  check_formats.py xlsx COMPTOIR DEMO_DB      workbook numbers == CSV, cell by cell
  check_formats.py html COMPTOIR DEMO_DB      page structure, every CSV amount shown;
                                              the charts' SVG: a shape per value, its exact amount in its <title>
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
    ["report", "bank-reconciliation", "--entity", "AT", "--date", "2025-12-31"],  # codes, a total row
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
    check_activity_charts(comptoir, db, work)
    check_grant_chart(comptoir, db)
    check_funding_charts(comptoir, db)
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


# --- Charts (inline SVG) -----------------------------------------------------

SHAPES = ("rect", "path", "circle")
TICK = re.compile(r"^-?\d{1,3}(?:\u202f\d{3})*\u00a0€$")


class Charts(HTMLParser):
    """Each <svg>: its title, its texts and its shapes with their <title>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.charts, self.shape, self.capture = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "svg":
            self.charts.append({"title": None, "texts": [], "values": [], "shapes": 0, "attrs": dict(attrs)})
        elif self.charts and tag in SHAPES:
            self.shape = [tag, None]
            self.charts[-1]["shapes"] += 1
        elif self.charts and tag in ("title", "text"):
            self.capture = ""

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in SHAPES:
            self.shape = None

    def handle_endtag(self, tag):
        chart = self.charts[-1] if self.charts else None
        if tag == "title" and self.capture is not None:
            if self.shape is not None:
                self.shape[1] = self.capture
            elif chart["title"] is None:
                chart["title"] = self.capture
            self.capture = None
        elif tag == "text" and self.capture is not None:
            chart["texts"].append(self.capture)
            self.capture = None
        elif tag in SHAPES and self.shape is not None:
            chart["values"].append(tuple(self.shape))
            self.shape = None

    def handle_data(self, data):
        if self.capture is not None:
            self.capture += data


def svg_charts(html):
    parser = Charts()
    parser.feed(html)
    parser.close()
    return parser.charts


def euro(amount):
    return french(amount) + "\u00a0€"


def check_chart(chart, kinds, amounts, where):
    """`chart` shows one shape of `kinds` per amount, each amount exactly in a
    shape's <title>, and an axis of whole euros."""
    values = [(tag, tip) for tag, tip in chart["values"] if tip]
    if not chart["title"]:
        raise Mismatch(f"{where}: a chart without its <title>")
    if sorted(tag for tag, _ in values) != sorted(kinds):
        raise Mismatch(f"{where}: {len(values)} shapes with a title {sorted(t for t, _ in values)[:6]}, "
                       f"expected {len(kinds)}")
    for amount in amounts:
        if not any(euro(amount) in tip for _, tip in values):
            raise Mismatch(f"{where}: no shape's <title> holds {euro(amount)!r}")
    if not any(TICK.match(text) for text in chart["texts"]):
        raise Mismatch(f"{where}: no axis tick written as '1 234 €'")


def check_activity_charts(comptoir, db, work):
    args = ["report", "activity", "--entity", "AT", "--year", "2025"]
    rows = [r for r in csv.DictReader(io.StringIO(run(comptoir, db, args, "csv")))]
    html = run(comptoir, db, args, "html")
    # The page around the charts, but for share_exact: a machine column, not shown.
    table = csv_tables(run(comptoir, db, args, "csv"))[0]
    shown = [i for i, key in enumerate(table[0]) if key != "share_exact"]
    check_page(html, [[[row[i] for i in shown] for row in table]])
    charts = svg_charts(html)

    def check(charts):
        if len(charts) != 2:
            raise Mismatch(f"activity: {len(charts)} charts, expected expenses and resources")
        sides = []
        for chart, side in zip(charts, dict.fromkeys(r["side"] for r in rows)):
            lines = [r for r in rows if r["side"] == side and r["code"] != "total"]
            check_chart(chart, ["rect"] * len(lines), [r["amount"] for r in lines], f"activity {side}")
            for r in lines:
                share = f"({r['share']} du total)"
                if not any(tip.startswith(r["category"]) and share in tip for _, tip in chart["values"] if tip):
                    raise Mismatch(f"activity {side}: {r['category']} without its share {share}")
            sides.append(f"{side}: {len(lines)} bars")
        return sides

    print("report activity --entity AT: " + "; ".join(check(charts)))
    # The check can fail: a value's <title> left out, an amount changed.
    first = re.search(r"<rect [^>]*><title>[^<]*</title></rect>", html).group(0)
    amount = french(rows[0]["amount"])
    for damaged in (html.replace(first, "", 1), html.replace(amount + "\u00a0€ (", "0,01\u00a0€ (", 1)):
        try:
            check(svg_charts(damaged))
        except Mismatch as e:
            print(f"damaged chart refused: {e}")
        else:
            raise SystemExit("a damaged chart passed the check")


def check_grant_chart(comptoir, db):
    args = ["grant", "show", "ANCT-2025", "--as-of", "2025-06-30"]
    sheet = {r[0]: r[1] for r in csv.reader(io.StringIO(run(comptoir, db, args, "csv"))) if len(r) >= 2}
    charts = svg_charts(run(comptoir, db, args, "html"))
    if len(charts) != 1:
        raise Mismatch(f"grant show: {len(charts)} charts")
    amounts = [sheet[k] for k in ("awarded", "called", "received", "spent") if k in sheet]
    if len(amounts) != 4:
        raise SystemExit(f"grant show's CSV lacks its amounts: {sorted(sheet)}")
    check_chart(charts[0], ["rect"] * 5, amounts, "grant show")
    print(f"grant show ANCT-2025: 5 bars, awarded, called, received and spent as in its CSV")


def check_funding_charts(comptoir, db):
    scenario = os.path.join(os.path.dirname(__file__), "..", "..", "forecast", "scenarios", "funding-base.toml")
    base = ["forecast", "funding", scenario, "--runs", "200", "--seed", "7"]
    projection = csv_tables(run(comptoir, db, base + ["--table", "projection"], "csv"))
    charts = svg_charts(run(comptoir, db, base + ["--table", "monte-carlo"], "html"))
    if len(charts) != 2 * len(projection):
        raise Mismatch(f"forecast funding: {len(charts)} charts for {len(projection)} scopes")
    for n, table in enumerate(projection):
        years = len(table[0]) - 1  # line, then a column per year
        cash = [r for r in table if r[0] == "Trésorerie fin d'année"][0][1:]
        result = [r for r in table if r[0] == "Résultat"][0][1:]
        projected = years - 1
        # A segment per projected year (P5–P95), a marker per year (projection) and per projected year (P50).
        kinds = ["path"] * projected + ["circle"] * (years + projected)
        check_chart(charts[2 * n], kinds, cash, f"cash chart {n + 1}")
        check_chart(charts[2 * n + 1], kinds, result, f"result chart {n + 1}")
        band = [tip for tag, tip in charts[2 * n]["values"] if tag == "path"]
        if not all(re.search(r"P5 -?[\d\u202f]+,\d\d\u00a0€ · P95 ", tip) for tip in band):
            raise Mismatch(f"cash chart {n + 1}: band tips {band[:2]}")
    print(f"forecast funding: {len(charts)} charts, projection and Monte Carlo band with exact values")


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
