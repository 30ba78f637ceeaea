#!/usr/bin/env python3
"""Time the detector on texts built to be slow: one megabyte (the gateway's
default request body limit) of each shape that makes a recogniser or the
repeat walk do the most work per byte, scanned by `cordon scan --jsonl`.

A scan's time should grow linearly with its text; a shape whose megabyte
takes far longer than the others points at work that grows faster. Each
line gives the shape, the seconds the scan took (the process's run less its
start-up, measured on an empty text), megabytes per second and the
findings.

Usage: scripts/detect-worst-case.py [CORDON_BINARY] [--size BYTES]
(default: target/release/cordon, 1 MiB; build it with
`cargo build --release --bin cordon`).
"""

import argparse
import json
import random
import subprocess
import sys
import time


def shapes(size):
    def rep(s):
        return (s * (size // len(s) + 1))[:size]

    rng = random.Random(7)
    mix = ["Dr. ", "Smith ", "MRN ", "123", "-", ".", "@", "\n", "John ", "DOB: ", "03/04/1950 ", "555-0100 ",
           "patient ", "(son) ", "straße ", "BEGIN:VCARD\n", "|", "^", "+14145550138 ", "rue ", "mai 2025 "]
    return {
        "prose without findings": rep("The patient tolerated the procedure well and was discharged home. "),
        "one name repeated": rep("John Smith "),
        "a title before each name": rep("Dr. Smith "),
        "distinct names, one prefix": " ".join(
            f"Dr. Abc{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)} saw Abcq" for i in range(size // 20)
        )[:size],
        "distinct e-mail addresses": " ".join(f"abc{i:06d}@example.com abcq{i}" for i in range(size // 25))[:size],
        "one e-mail repeated": rep("john.smith@example.com "),
        "phones": rep("(414) 555-0138 "),
        "E.164 phones": rep("+14145550138 "),
        "digits without spaces": rep("1234567890"),
        "digits read out": rep("4 1 4 5 5 5 0 1 1 5 "),
        "dotted numbers": rep("1."),
        "dates": rep("March 3, 1941 "),
        "French dates": rep("le 3 novembre 2025 "),
        "streets": rep("123 Main St "),
        "French streets": rep("1187, rue Beaubien Est, "),
        "vCards without END": rep("BEGIN:VCARD\nN:Smith;John;;;\n"),
        "calendar events": rep("BEGIN:VEVENT\nATTENDEE;CN=John Smith:mailto:a@example.org\n"),
        "HL7 segments": "MSH|^~\\&|A|B\r" + rep("PID|1||4412378^^^MGH^MR||ORTIZ^ELLEN\r"),
        "psql rows": rep("last_name      | Smith\n"),
        "a CSV table": "patient_name,phone,dob\n" + rep("\"Smith, John\",555-0100,03/04/1950\n"),
        "PEM headers without END": rep("-----BEGIN RSA PRIVATE KEY-----\n"),
        "DICOM dump lines": rep("(0010,0010) PN [WOJCIECHOWSKA^HALINA^T]   # 22, 1 PatientName\n"),
        "value representations in capitals": rep("AS DA PN LO SH DT "),
        "names before dates in brackets": rep("LINDQVIST, ANNIKA (04/22/1958) "),
        "GEDCOM records": rep("0 @I1@ INDI\n1 NAME Ingrid Maren /Halvorsen/\n2 _MARNM Tanaka\n3 POST 55803\n"),
        "one GEDCOM record": "0 @I1@ INDI\n" + rep("1 NAME Ingrid /Halvorsen/\n"),
        "load-file rows": rep("\u00feMHC0004512\u00fe\u00b6\u00feQuinlan, Harriet A.\u00fe\u00b6\u00feh@example.org\u00fe\n"),
        "thorns without rows": rep("\u00fe\u00b6 "),
        "JSON names in one object": "{" + rep('"name":"Ab Cd","dob":"1950-01-01",'),
        "names before DOB": rep("OSEI, ABENA M   DOB 04/27/1986 "),
        "names before own addresses": rep("Wren Castellanos-Obi (wren.castellanos-obi@example.com) "),
        "MRN lists": rep("MRNs: Ashford Creek AC-4614082; County General CG-05886592; X 12345; "),
        "one long MRN list": "MRNs: " + rep("AC-4614082; "),
        "Postman variables": rep('{"key": "faxKey", "value": "a54342b6d3fd3cb2febc60c12fb38770"}, '),
        "LEDES lines": "LEDES1998B[]\nINVOICE_DATE|LINE_ITEM_DATE|TIMEKEEPER_NAME[]\n"
        + rep("20251031|20251003|Okonjo, Chidinma[]\n"),
        "Czech dates and streets": rep("nar. 3. 11. 1933, \u010dtvrtek 11. z\u00e1\u0159\u00ed 2025, Korunn\u00ed 1284/92, 120 00 Praha 2 "),
        "aligned table rows": "        mrn            patient         dob  age\n"
        + rep("0  52727628   OKAFOR, Chidinma  1958-04-11   94\n"),
        "aligned header cells, no rows": rep("mrn  patient  dob  zip\n\n"),
        "wide aligned table": "  ".join(["mrn", "patient", "dob"] * 66) + "\n"
        + rep("  ".join(["4412378", "Ellen Ortiz", "1952-04-17"] * 66) + "\n"),
        "NACHA entries": rep("62205605243969680763449      0000021540PT0047715      WHITFIELD-AYODELE DOLO  0051461390000003\n"),
        "Hungarian dates and streets": rep(
            "1931. szeptember 2., szerda, \u00f6zv. Szab\u00f3 Lajosn\u00e9, Bart\u00f3k B\u00e9la \u00fat 61. 2. emelet 4. ajt\u00f3, 1958. 07. 19. "
        ),
        "bracketed nicknames": rep("Okeke, Chiamaka (Chi) "),
        "ASTM patient records": rep(
            "<STX>2P|1|0520208|||OYELARAN^BEATRICE^A|ADEBAYO|19330918|F||3309 N Kedzie Ave^Chicago^IL^60618||773^5550126<CR>\n"
        ),
        "ASTM-shaped digits after pipes": rep("P|1|2|3|4|5|6|7|8|9|"),
        "JavaScript bare keys": rep("{ lastName: 'Halvorsen', mrn: 'QX-5518230', nhsNumber: '943 476 5919' }, "),
        "one-space columns": "Received            FromFax      Patient                  DOB        MRN\n"
        + rep("03/01/2025 16:02:11 218-555-0160 HALVORSEN-OKAFOR, INGRID 04/22/1931 4471203\n"),
        "names and ages after is": rep("Mr. Fairbanks is 96, "),
        "ASTM frames on one line": rep("<STX>2P|1|0520208|||OYELARAN^BEATRICE^A|"),
        "wide header, rows with no gaps": rep(
            "  ".join(["mrn", "patient", "dob"] * 66) + "\n" + " ".join(["x"] * 700) + "\n\n"
        ),
        "Polish streets and parents": rep("ul. Karmelicka 47 m. 12, c\u00f3rka J\u00f3zefa i Stanis\u0142awy, z domu D\u0105browska, "),
        "one long word": "a" * size,
        "CJK text": rep("患者"),
        "mixed tokens": "".join(rng.choice(mix) for _ in range(size // 4))[:size],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary", nargs="?", default="target/release/cordon")
    ap.add_argument("--size", type=int, default=1 << 20)
    args = ap.parse_args()
    def run(name, text):
        line = json.dumps({"id": name, "text": text}) + "\n"
        start = time.monotonic()
        out = subprocess.run([args.binary, "scan", "--jsonl"], input=line.encode(), capture_output=True)
        took = time.monotonic() - start
        if out.returncode != 0:
            sys.exit(f"{name}: exit {out.returncode}: {out.stderr.decode()[:200]}")
        return took, len(json.loads(out.stdout)["findings"])

    # The process's start-up and the detector's build, taken off each time.
    base = min(run("empty", "")[0] for _ in range(5))
    print(f"start-up and build: {base:.3f} s (taken off below)")
    print(f"{'shape':32} {'seconds':>8} {'MB/s':>8} {'findings':>9}")
    for name, text in shapes(args.size).items():
        took, findings = run(name, text)
        scan = max(took - base, 1e-4)
        mb = len(text.encode()) / 1e6
        print(f"{name:32} {scan:8.3f} {mb / scan:8.1f} {findings:9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
