#!/usr/bin/env python3
"""Whether two report workbooks say and look the same, for reports too large to read whole.

    python3 bench/compareReports.py before.xlsx after.xlsx

Reads each sheet's XML as a stream (its own reader: exceljs's streaming reader
splits UTF-8 characters at its chunk boundaries, so it cannot judge this) and
digests, sheet by sheet in tab order: the sheet's name, its columns' widths,
frozen panes, merges, auto-filter and page setup; each row's number and height;
each cell's address, value (shared and inline strings resolved to their text)
and style (its number format, font, fill, border and alignment as XML, not its
index, which may differ). Prints the rows and cells read and whether every
sheet agrees.
"""
import hashlib
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def text_of(element):
    return "".join(t.text or "" for t in element.iter(NS + "t"))


def canonical(element):
    return ET.tostring(element, encoding="unicode") if element is not None else ""


def styles_of(archive):
    root = ET.fromstring(archive.read("xl/styles.xml"))
    formats = {f.get("numFmtId"): f.get("formatCode") for f in root.iter(NS + "numFmt")}
    fonts = [canonical(f) for f in root.find(NS + "fonts")]
    fills = [canonical(f) for f in root.find(NS + "fills")]
    borders = [canonical(b) for b in root.find(NS + "borders")]
    styles = []
    for xf in root.find(NS + "cellXfs"):
        number = xf.get("numFmtId", "0")
        styles.append(
            "|".join(
                [
                    formats.get(number, "builtin " + number),
                    fonts[int(xf.get("fontId", "0"))],
                    fills[int(xf.get("fillId", "0"))],
                    borders[int(xf.get("borderId", "0"))],
                    canonical(xf.find(NS + "alignment")),
                ]
            )
        )
    return styles


def sheets_in_order(archive):
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target").lstrip("/") for r in rels}
    for sheet in workbook.iter(NS + "sheet"):
        target = targets[sheet.get(REL)]
        yield sheet.get("name"), target if target.startswith("xl/") else "xl/" + target


def digest(path):
    archive = zipfile.ZipFile(path)
    names = archive.namelist()
    strings = []
    shared = "xl/sharedStrings.xml" if "xl/sharedStrings.xml" in names else None
    if shared:
        strings = [text_of(si) for si in ET.fromstring(archive.read(shared)).iter(NS + "si")]
    styles = styles_of(archive)
    result = []
    rows = cells = 0
    for name, part in sheets_in_order(archive):
        h = hashlib.sha256(name.encode())
        with archive.open(part) as stream:
            for _, element in ET.iterparse(stream):
                tag = element.tag[len(NS):] if element.tag.startswith(NS) else element.tag
                if tag == "c":
                    cells += 1
                    kind = element.get("t")
                    v = element.find(NS + "v")
                    if kind == "s":
                        value = "text:" + strings[int(v.text)]
                    elif kind == "inlineStr":
                        value = "text:" + text_of(element.find(NS + "is"))
                    elif kind == "b":
                        value = "bool:" + v.text
                    else:
                        value = "value:" + (v.text if v is not None else "")
                    value = "blank" if value in ("text:", "value:") else value
                    h.update(f"{element.get('r')}\t{value}\t{styles[int(element.get('s', '0'))]}\n".encode())
                    element.clear()
                elif tag == "row":
                    rows += 1
                    h.update(f"row {element.get('r')} {element.get('ht')}\n".encode())
                    element.clear()
                elif tag in ("col", "pane", "mergeCell", "autoFilter", "pageSetup", "printOptions", "pageMargins"):
                    h.update(f"{tag} {sorted(element.attrib.items())}\n".encode())
        result.append((name, h.hexdigest()))
    defined = ET.fromstring(archive.read("xl/workbook.xml")).find(NS + "definedNames")
    result.append(("definedNames", hashlib.sha256(canonical(defined).encode()).hexdigest()))
    return result, rows, cells


before, after = (digest(path) for path in sys.argv[1:3])
print(f"before: {len(before[0]) - 1} sheets, {before[1]} rows, {before[2]} cells")
print(f"after:  {len(after[0]) - 1} sheets, {after[1]} rows, {after[2]} cells")
differing = [a[0] for a, b in zip(before[0], after[0]) if a != b]
same = before == after
print("the same: every sheet agrees" if same else f"DIFFERENT: {len(before[0])} vs {len(after[0])} sheets; {differing[:10]}")
sys.exit(0 if same else 1)
