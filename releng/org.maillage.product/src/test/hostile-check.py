#!/usr/bin/env python3
"""Checks what the generators wrote from the hostile corpus (reliability/hostile/hostile.coop).

    hostile-check.py dom FILE.dom...      DOMs dumped by headless Chromium after loading each HTML/SVG output
    hostile-check.py sheets FILE...       XLSX and ODS outputs, and CSV (ours and LibreOffice's reading of the sheets)
    hostile-check.py markdown FILE...     Markdown outputs
    hostile-check.py pdftext CASE TEXT    text LibreOffice printed from a document: the case's title is there, as written

Prints one line per problem and exits 1 when there is any.
"""
import re
import sys
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
problems = []


class DomCheck(HTMLParser):
    """No script element, no event attribute, no javascript: URL, and no title a payload set."""

    def __init__(self, name):
        super().__init__(convert_charrefs=True)
        self.name, self.in_title, self.titles = name, False, []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            problems.append(f"{self.name}: a <script> element")
        for key, value in attrs:
            if key.lower().startswith("on"):
                problems.append(f"{self.name}: event attribute {key}")
            if value and key.lower() in ("href", "src", "xlink:href", "action", "formaction") \
                    and value.strip().lower().startswith("javascript:"):
                problems.append(f"{self.name}: javascript: URL in {key}")
        self.in_title = tag == "title"
        if self.in_title:
            self.titles.append("")

    def handle_endtag(self, tag):
        self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.titles[-1] += data


def dom(files):
    for path in files:
        check = DomCheck(path)
        check.feed(open(path, encoding="utf-8").read())
        for title in check.titles:
            if re.fullmatch(r"\s*PWNED-\w+\s*", title):
                problems.append(f"{path}: a payload ran (document title set to {title.strip()!r})")
        if not check.titles and path.endswith(".html.dom"):
            problems.append(f"{path}: no <title> in the loaded page")


def xlsx(path):
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                root = ElementTree.fromstring(archive.read(name))
                if any(e.tag.endswith("}f") for e in root.iter()):
                    problems.append(f"{path}: a formula cell in {name}")


def ods(path):
    with zipfile.ZipFile(path) as archive:
        content = archive.read("content.xml").decode("utf-8")
        if "table:formula=" in content:
            problems.append(f"{path}: a formula cell")


def csv(path, ours):
    text = open(path, encoding="utf-8-sig", newline="").read()
    for number, line in enumerate(text.split("\r\n" if ours else "\n"), 1):
        for field in line.split(";" if ours else ","):
            if ours and field.startswith(FORMULA_START):
                problems.append(f"{path}:{number}: a field starts like a formula: {field[:40]!r}")
    if not ours:
        # LibreOffice's reading of a sheet: the formula-like titles are there as text, not computed
        for expected in ("=1+1", "+1+1", "@SUM(1+1)", "=HYPERLINK(", "=cmd|"):
            if expected not in text:
                problems.append(f"{path}: the title {expected!r} is not read back as text")


def sheets(files):
    for path in files:
        if path.endswith(".xlsx"):
            xlsx(path)
        elif path.endswith(".ods"):
            ods(path)
        elif path.endswith(".csv"):
            csv(path, ours=not path.endswith(".lo.csv"))


def markdown(files):
    for path in files:
        text = open(path, encoding="utf-8").read()
        # the generator's own marks of the lawyer's zones are the only HTML allowed (fixed text, no user data)
        text = re.sub(r"(?m)^<!-- texte_libre_[a-z0-9_]+ -->$", "", text)
        if re.search(r"(?<!\\)<", text):
            problems.append(f"{path}: an unescaped '<' (raw HTML in Markdown)")
        if re.search(r"(?<!\\)\]\(", text):
            problems.append(f"{path}: a Markdown link made of user text")
        if "\x1b" in text:
            problems.append(f"{path}: a terminal escape character")


def pdftext(case, path):
    text = " ".join(open(path, encoding="utf-8").read().split())
    expected = {
        "Script": "<script>document.title='PWNED-script'</script>",
        "Template": "${7*7} #{7*7} {{7*7}}",
        "FormulaEq": "=1+1",
        "Markup": "]]> <!-- --> <![CDATA[ x ]]> &amp; &lt;b&gt;",
    }[case]
    if expected not in text:
        problems.append(f"{path}: {expected!r} is not printed as written")


def main(argv):
    mode, args = argv[1], argv[2:]
    if mode == "dom":
        dom(args)
    elif mode == "sheets":
        sheets(args)
    elif mode == "markdown":
        markdown(args)
    elif mode == "pdftext":
        pdftext(args[0], args[1])
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
