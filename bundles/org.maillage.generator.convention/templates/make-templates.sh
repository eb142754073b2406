#!/usr/bin/env bash
# Rebuilds convention.odt and convention.docx from convention.fodt, their one editable source (every
# kind of convention uses them; the kind's own text comes with the data). Needs LibreOffice (soffice)
# and python3. Then:
# - ODT: the user zones are the sections texte_libre_<key> of the source;
# - DOCX: the zones are bookmark pairs of the same names around an empty paragraph, their ids from the
#   data (${article.id}) so that each pair of a filled document is unique; the annex tables' fields
#   become MERGEFIELDs (XDocReport repeats a DOCX table row only for fields written that way).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The DOCX is converted from a copy whose zones are marker paragraphs (LibreOffice would turn sections
# into section breaks), which become bookmark pairs below.
mkdir "$work/docx-source"
python3 - "$here/convention.fodt" "$work/docx-source/convention.fodt" <<'PY'
import re, sys
xml = open(sys.argv[1], encoding="utf-8").read()
xml, count = re.subn(r'<text:section text:name="([^"]+)"><text:p text:style-name="Body"/></text:section>',
                     r'<text:p text:style-name="Body">@@ZONE:\1@@</text:p>', xml)
if count != 2:
    sys.exit("expected the 2 zone sections in convention.fodt, found %d" % count)
open(sys.argv[2], "w", encoding="utf-8").write(xml)
PY
HOME="$work" soffice --headless --convert-to odt --outdir "$work" "$here/convention.fodt" >/dev/null
HOME="$work" soffice --headless --convert-to docx --outdir "$work" "$work/docx-source/convention.fodt" >/dev/null
mkdir "$work/docx"
(cd "$work/docx" && unzip -q ../convention.docx)
python3 - "$work/docx/word/document.xml" <<'PY'
import re, sys
path = sys.argv[1]
xml = open(path, encoding="utf-8").read()
def field(match):
    run_properties, name = match.group(1) or "", match.group(2)
    return ('<w:fldSimple w:instr=" MERGEFIELD ${%s} \\* MERGEFORMAT "><w:r>%s<w:t>«${%s}»</w:t></w:r></w:fldSimple>'
            % (name, run_properties, name))
xml, count = re.subn(r'<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t[^>]*>\$\{((?:fundings|raci)\.[a-z]+)\}</w:t></w:r>', field, xml)
if count != 8:
    sys.exit("expected the 8 fields of the annex tables, found %d" % count)
ids = {"texte_libre_preambule": "9000", "${article.zone}": "${article.id}"}
def zone(match):
    properties, name = match.group(1), match.group(2)
    return ('<w:p>%s<w:bookmarkStart w:id="%s" w:name="%s"/><w:bookmarkEnd w:id="%s"/></w:p>'
            % (properties, ids[name], name, ids[name]))
xml, count = re.subn(r'<w:p>(<w:pPr>(?:(?!</w:pPr>).)*</w:pPr>)(?:(?!</w:p>).)*?@@ZONE:([^@]+)@@(?:(?!</w:p>).)*</w:p>', zone, xml)
if count != 2 or "@@ZONE" in xml:
    sys.exit("expected the 2 zone markers in the DOCX, found %d" % count)
open(path, "w", encoding="utf-8").write(xml)
PY
(cd "$work/docx" && rm -f ../convention.docx && zip -q -X -r ../convention.docx '[Content_Types].xml' _rels docProps word)
cp "$work/convention.odt" "$work/convention.docx" "$here/"
echo "convention.odt and convention.docx rebuilt"
