#!/usr/bin/env python3
"""Writes hostile.coop, the shared hostile-content corpus (see README.md beside this script).

Each case is a title that must reach every output as plain text: never markup, never a formula,
never a path, never a template expression. The model itself is valid (no error, no warning), so
every generator runs on it. Rerun after changing a case: python3 make-corpus.py
"""
import os

LONG = ("Titre très long – " * 6000)[:100_000]  # 100,000 characters

# (name, title): the name is used for the action, function and convention carrying the case; each
# whole title is the title of these and of a commitment (other places take its first 300 characters).
CASES = [
    ("Script", "<script>document.title='PWNED-script'</script>"),
    ("ImgOnerror", "<img src=x onerror=\"document.title='PWNED-img'\">"),
    ("AttrBreakout", "\" autofocus onfocus=\"document.title='PWNED-attr'\" x=\""),
    ("SvgOnload", "<svg/onload=document.title='PWNED-svg'>"),
    ("JsUrl", "javascript:document.title='PWNED-url' [lien](javascript:document.title='PWNED-md')"),
    ("Markup", "]]> <!-- --> <![CDATA[ x ]]> &amp; &lt;b&gt; &#60;script&#62; <style>*{display:none}</style>"),
    ("Template", "${7*7} #{7*7} {{7*7}} $!{x} #set($x=7*7)$x <%= 7*7 %> [#if true]49[/#if]"),
    ("FormulaEq", "=1+1"),
    ("Hyperlink", "=HYPERLINK(\"http://example.invalid/?q=\"&A1;\"cliquer\")"),
    ("FormulaPlus", "+1+1"),
    ("FormulaMinus", "-1+1"),
    ("FormulaAt", "@SUM(1+1)"),
    ("FormulaTab", "\t=1+1"),
    ("FormulaCr", "\r=1+1"),
    ("Dde", "=cmd|' /C calc'!A0"),
    ("PathUp", "../../../../tmp/maillage-escape"),
    ("PathAbsolute", "/etc/passwd"),
    ("PathWindows", "..\\..\\Windows\\win.ini C:\\evil"),
    ("Controls", "bell\u0007 vtab\u000b esc\u001b[31mrouge\u001b[0m ff\u000c del\u007f c1\u0085 nonchar\ufffe ls\u2028ps\u2029"),
    ("Rtl", "\u202eexe.ppa\u202c تعاون إقليمي שיתוף פעולה"),
    ("Combining", "Coope\u0301ration Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035a e\u0301\u0301\u0301\u0301 n\u0303"),
    ("Emoji", "Vélo 🚲 famille 👩\u200d👩\u200d👧\u200d👦 drapeau 🇫🇷 arc-en-ciel 🏳\ufe0f\u200d🌈 1\ufe0f\u20e3"),
    ("Invisible", "zéro\u200blargeur\u200djoint\ufeffbom"),
    ("Csv", "a;b,\"c\"\nd\r\ne"),
    ("Long", LONG),
]


def q(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def corpus():
    out = ["// Corpus partagé de contenus hostiles : chaque titre doit rester du texte dans toutes les sorties.",
           "// Généré par make-corpus.py ; ne pas modifier à la main.", ""]
    out.append(f"territory Region {q(CASES[0][1])} kind region")
    out.append(f"territory Zone {q(CASES[1][1])} kind intercommunality within Region")
    actors = ["Porteur", "Partenaire", "Financeur", "Relecteur"]
    for i, actor in enumerate(actors):
        title = CASES[(i * 5 + 2) % len(CASES)][1]
        out.append(f"actor {actor} {q(title)} public covers Zone {{")
        out.append(f"    political {q(CASES[(i + 7) % len(CASES)][1])}")
        out.append(f"    technical {q(CASES[(i + 11) % len(CASES)][1])}")
        out.append(f"    signatory {q(CASES[(i + 16) % len(CASES)][1])}")
        out.append("}")
    for name, title in CASES:
        out.append(f"function F{name} {q(title)}")
    out.append(f"objective Objectif {q(CASES[6][1])} of Porteur")
    out.append("")
    out.append(f"plan Hostile {q(CASES[3][1])} from 2025 to 2027 {{")
    out.append("    partners " + ", ".join(actors))
    for name, title in CASES:
        out.append("")
        out.append(f"    action {name} {q(title)} theme {q(title[:300])} on Zone implements Objectif {{")
        out.append(f"        F{name}: A/R Porteur, S Partenaire, C Financeur, I Relecteur")
        out.append(f"        indicator {q(title[:300])} target 1")
        out.append("    }")
    for i, (name, title) in enumerate(CASES):
        out.append("")
        out.append(f"    convention C{name} {q(title)} kind partnership")
        out.append(f"        between Porteur, Partenaire covers {name} from 2025-01-01 to 2027-12-31 lead Porteur {{")
        out.append(f"        commitment Porteur {q(title)} amount 1000 EUR")
        out.append(f"        commitment Partenaire {q(CASES[(i + 1) % len(CASES)][1][:300])}")
        out.append(f"        committee K{name} {q(title[:300])} members Porteur, Partenaire meets 2 per year")
        out.append("    }")
    out.append("}")
    return "\n".join(out) + "\n"


here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "hostile.coop"), "w", encoding="utf-8", newline="") as f:
    f.write(corpus())
