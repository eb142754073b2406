#!/usr/bin/env bash
# Rebuilds convention.odt and convention.docx from convention.fodt, their editable source.
# Needs LibreOffice (soffice) and python3. In the DOCX, the funding table's fields become
# MERGEFIELDs: XDocReport repeats a DOCX table row only for fields written that way.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
HOME="$work" soffice --headless --convert-to odt --outdir "$work" "$here/convention.fodt" >/dev/null
HOME="$work" soffice --headless --convert-to docx --outdir "$work" "$here/convention.fodt" >/dev/null
mkdir "$work/docx" && (cd "$work/docx" && unzip -q ../convention.docx)
python3 - "$work/docx/word/document.xml" <<'PY'
import re, sys
path = sys.argv[1]
xml = open(path, encoding="utf-8").read()
def field(match):
    run_properties, name = match.group(1) or "", match.group(2)
    return ('<w:fldSimple w:instr=" MERGEFIELD ${%s} \\* MERGEFORMAT "><w:r>%s<w:t>«${%s}»</w:t></w:r></w:fldSimple>'
            % (name, run_properties, name))
xml, count = re.subn(r'<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t[^>]*>\$\{(fundings\.[a-z]+)\}</w:t></w:r>', field, xml)
if count != 4:
    sys.exit("expected the 4 fields of the funding table, found %d" % count)
open(path, "w", encoding="utf-8").write(xml)
PY
(cd "$work/docx" && rm -f ../convention.docx && zip -q -X -r ../convention.docx '[Content_Types].xml' _rels docProps word)
cp "$work/convention.odt" "$work/convention.docx" "$here/"
echo "convention.odt and convention.docx rebuilt"
