#!/usr/bin/env python3
"""Turns one JMH JSON result (-rf json) into the Markdown table of docs/performance.md.

    python3 benchmarks/report.py docs/performance-last-run.json

One row per benchmark, one column per size (S, M, L): average and 99.9 % error, in milliseconds;
then the text/XMI load ratio per size, the two contract lines of the metamodel issue.
"""
import json
import sys

SIZES = ["S", "M", "L"]


def cell(result):
    metric = result["primaryMetric"]
    score, error = metric["score"], metric["scoreError"]
    if metric["scoreUnit"] != "ms/op":
        raise SystemExit(f"unexpected unit {metric['scoreUnit']} for {result['benchmark']}")
    digits = 2 if score < 10 else 1
    return f"{score:,.{digits}f} ± {error:,.{digits}f}"


def main(path):
    results = json.load(open(path, encoding="utf-8"))
    rows, scores = {}, {}
    for result in results:
        clazz, method = result["benchmark"].rsplit(".", 2)[-2:]
        size = result.get("params", {}).get("size", "-")
        rows.setdefault((clazz, method), {})[size] = cell(result)
        scores[(method, size)] = result["primaryMetric"]["score"]
    print("| benchmark | S (ms) | M (ms) | L (ms) |")
    print("|---|---|---|---|")
    for (clazz, method), by_size in rows.items():
        print(f"| `{clazz}.{method}` | " + " | ".join(by_size.get(s, "–") for s in SIZES) + " |")
    print()
    ratios = []
    for size in SIZES:
        text, xmi = scores.get(("textParseAndLink", size)), scores.get(("xmiLoadAndResolve", size))
        if text and xmi:
            ratios.append(f"{size} {text / xmi:.2f}")
    print("text/XMI load ratio: " + ", ".join(ratios))
    validate = scores.get(("textParseLinkValidate", "L"))
    if validate:
        print(f"L plan parse+link+validate: {validate / 1000:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1])
