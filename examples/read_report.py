#!/usr/bin/env python3
"""Read a Chokepoint analysis report (chokepoint-report/v1) with only the standard library.

    pnpm chokepoint analyze lithium --json > report.json
    python3 examples/read_report.py report.json        # or: ... --json | python3 examples/read_report.py -

The fields are described by the JSON Schema shipped in @chokepoint/core
(packages/core/schema/report-v1.schema.json). Fractions are 0-1; quantities are in the model unit.
"""
import json
import sys


def main(path: str) -> None:
    with (sys.stdin if path == "-" else open(path, encoding="utf-8")) as f:
        report = json.load(f)
    if report.get("format") != "chokepoint-report/v1":
        sys.exit(f"{path}: not a chokepoint-report/v1 document")

    model, supply = report["model"], report["supply"]
    print(f"{model['name']} ({model['unit']})")
    if report["scenario"]:
        print(f"scenario: {report['scenario']['label']}")
    print(f"delivered {supply['delivered']:,.0f} of {supply['demand']:,.0f} ({supply['ratio']:.1%})")
    print(f"resilience score {report['resilience']['score']:.1f} / 100")
    for c in report["resilience"]["components"]:
        print(f"  {c['label']}: {c['value']:.0%} served")

    nodes = {n["id"]: n for n in report["nodes"]}
    print("chokepoints (demand lost if the node stops):")
    for node_id in report["chokepoints"][:5]:
        n = nodes[node_id]
        spof = f"; cuts off {', '.join(n['cutsOff'])}" if n["singlePointOfFailure"] else ""
        print(f"  {node_id}: {n['shortfallIfRemoved']:.1%}{spof}")

    over = [s for s in report["concentration"] if s["exceedsCrmaThreshold"]]
    for s in over:
        print(f"stage {s['stage']}: {s['topCountry']} holds {s['topShare']:.1%} (above the EU's 65% benchmark)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "-")
