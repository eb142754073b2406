#!/usr/bin/env python3
"""Writes the hostile document templates (security issue: a template must never run code).

Usage: make-templates.py TEMPLATES_DIR OUT_DIR MARKER

TEMPLATES_DIR holds the convention generator's own convention.odt and convention.docx; each case
is one of them with one construct as the first paragraph of the body (or its XML changed), written
to OUT_DIR/<case>.<format>. MARKER is a path no case may create (the commands try to) and whose
content no output may hold. Prints one line per case: FILE, the exit code expected from
`maillage generate convention` (0: a harmless template is filled, 1: refused), and a text its one
stderr line must contain. No binary file is kept in the repository: the corpus is made at test time.
"""
import os
import re
import sys
import zipfile

templates, out, marker = sys.argv[1], sys.argv[2], sys.argv[3]
secret = os.path.join(out, "secret.txt")

CASES = [
    # name, formats, construct, expected exit, expected text of the error line
    ("execute", "odt docx", '${"freemarker.template.utility.Execute"?new()("touch %s")}' % marker, 1, "?new"),
    ("object-constructor", "odt docx",
     '${"freemarker.template.utility.ObjectConstructor"?new()("java.io.File", "%s").createNewFile()?c}' % marker,
     1, "?new"),
    ("jython", "odt docx", '[#assign j = "freemarker.template.utility.JythonRuntime"?new()][@j]open("%s","w")[/@j]'
     % marker, 1, "?new"),
    ("api", "odt docx", '${t?api.getClass().forName("java.lang.Runtime")}', 1, "?api"),
    ("interpret", "odt docx", '[#assign x = "[#list 1.. as i][/#list]"?interpret][@x/]', 1, "?interpret"),
    ("eval", "odt docx", '${"1 + 1"?eval}', 1, "?eval"),
    ("include-absolute", "odt docx", '[#include "%s"]' % secret, 1, "#include"),
    ("include-relative", "odt docx", '[#include "../../../../../../%s"]' % secret.lstrip("/"), 1, "#include"),
    ("import-entry", "odt docx", '[#import "content.xml" as c]', 1, "#include"),
    ("data-model-engine", "odt docx", '${.data_model["___TemplateEngine"].freemarkerConfiguration}', 1,
     "___TemplateEngine"),
    ("data-model-values", "odt docx", "[#list .data_model?values as v]${v?is_string?c}[/#list]", 1,
     ".data_model?values"),
    ("endless-loop", "odt docx", "[#list 1.. as i][/#list]", 1, " s "),
    ("exponential-string", "odt docx", '[#assign s = "x"][#list 1..64 as i][#assign s = s + s][/#list]${s}', 1,
     "modèle"),
    ("recursion", "odt", "[#macro m][@m/][/#macro][@m/]", 1, "sans fin"),
    ("regex-backtracking", "odt docx", '${"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"?matches("(.*a){12}$")?c}', 1, "?matches"),
    ("regex-flags", "docx", '${convention.title?replace("(a+)+$", "x", "r")}', 1, "?replace"),
    ("nested-builtins", "odt", "${(1..2000)?map(i -> (1..2000)?map(j -> (1..2000)?seq_contains(-1))"
     "?seq_contains(true))?seq_contains(true)?c}", 1, "->"),
    ("huge-range", "docx", "${(1..2000000000)?seq_contains(-1)?c}", 1, ".."),
    ("regex-as-value", "docx", '[#assign r = "aaaa!"?replace]${r("(.*a){12}$", "x", "r")}', 1, "?replace"),
    ("harmless", "odt docx", '${convention.title?upper_case} [#list 1..3 as i]${i}[#sep],[/#list]', 0, ""),
]


def write(path, source, edit):
    main = "content.xml" if source.endswith(".odt") else "word/document.xml"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == main:
                data = edit(data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


BODY = {"odt": r"(<office:text[^>]*>)", "docx": r"(<w:body>)"}


def paragraph(fmt, construct):
    para = ("<text:p>%s</text:p>" if fmt == "odt" else "<w:p><w:r><w:t>%s</w:t></w:r></w:p>") % construct
    return lambda xml: re.sub(BODY[fmt], lambda m: m.group(1) + para, xml, count=1)


os.makedirs(out, exist_ok=True)
with open(secret, "w") as f:
    f.write("TOP-SECRET-%s\n" % os.getpid())
for name, formats, construct, code, text in CASES:
    for fmt in formats.split():
        path = os.path.join(out, "%s.%s" % (name, fmt))
        write(path, os.path.join(templates, "convention." + fmt), paragraph(fmt, construct))
        print("%s\t%d\t%s" % (path, code, text))
# An external XML entity naming a local file.
xxe = os.path.join(out, "xxe.odt")
doctype = '<!DOCTYPE x [<!ENTITY s SYSTEM "file://%s">]>' % secret
write(xxe, os.path.join(templates, "convention.odt"), lambda xml: re.sub(
    BODY["odt"], lambda m: m.group(1) + "<text:p>&s;</text:p>",
    re.sub(r"\?>", lambda m: "?>" + doctype, xml, count=1), count=1))
print("%s\t1\t<!DOCTYPE>" % xxe)
# The same entity in a DOCX relationship entry written in UTF-32 (XDocReport parses those with external
# entities on; a check reading the bytes as UTF-8 or UTF-16 would not see the DOCTYPE).
xxe32 = os.path.join(out, "xxe-utf32.docx")
with zipfile.ZipFile(os.path.join(templates, "convention.docx")) as zin, \
        zipfile.ZipFile(xxe32, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/_rels/document.xml.rels":
            xml = re.sub(r"^<\?xml[^>]*\?>", "", data.decode("utf-8"))
            data = ('<!DOCTYPE Relationships [<!ENTITY s SYSTEM "file://%s">]>' % secret + xml).encode("utf-32-be")
        zout.writestr(item, data)
print("%s\t1\tUTF-8" % xxe32)
# A zip bomb: 300 MB of zeros in a few hundred KB.
bomb = os.path.join(out, "bomb.odt")
with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("content.xml", "w", force_zip64=True) as entry:
        zeros = bytes(1 << 20)
        for _ in range(300):
            entry.write(zeros)
print("%s\t1\tMo" % bomb)
