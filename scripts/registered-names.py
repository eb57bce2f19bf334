#!/usr/bin/env python3
"""Writes src/anonymise/data/registered-names.ts: the given names registered for babies in the UK, each with the total
number of babies given it, from the three registrars' published lists (Crown copyright, Open Government Licence v3.0):

- ONS, "Baby names in England and Wales", 1996-2024: the yearly boys' and girls' full lists (every name given to 3 or
  more babies that year), .xls and .xlsx spreadsheets from
  https://www.ons.gov.uk/peoplepopulationandcommunity/birthsdeathsandmarriages/livebirths/datasets/babynamesenglandandwalesbabynamesstatisticsboys
  and .../babynamesenglandandwalesbabynamesstatisticsgirls (also collected in data-raw/ of github.com/rossbowen/babynames);
- National Records of Scotland, "Babies' first names", full lists 1974-2020 (every name, one file of year,sex,name,n);
- NISRA, "Baby names" for Northern Ireland, 1997-2020 (names given to 3 or more babies; year,sex,name,n).
  Both CSVs as collected in github.com/mine-cetinkaya-rundel/ukbabynames (data-raw/ and data/scotbabynames.rda).

A name given to fewer than 3 babies over all the years is left out (the Scottish lists include names given once).

    pip install xlrd==2.0.2        # reads the .xls years (1996-2018); .xlsx and .csv need only the standard library
    python3 scripts/registered-names.py <folder of the spreadsheets and CSVs>

This is a one-off data step, run by hand when ONS publishes a new year; the scanner's lexicon is then regenerated
(UPDATE_LEXICON_DATA=1 npx vitest run test/anonymise/lexicon-data.test.ts). Nothing at build or run time needs Python.
"""
import collections
import csv
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

NAME = re.compile(r"[A-Za-z][A-Za-z'\- ]*")
NUMBER = re.compile(r"\d+(\.0)?")
NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
REL = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id'
OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'anonymise', 'data', 'registered-names.ts')
MIN_BABIES = 3


def xlsx_sheets(path):
    """Each sheet as a list of rows, each row a list of cell values in column order (strings, or None)."""
    z = zipfile.ZipFile(path)
    strings = []
    if 'xl/sharedStrings.xml' in z.namelist():
        for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', NS):
            strings.append(''.join(t.text or '' for t in si.iter('{%s}t' % NS['m'])))
    targets = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
    for sheet in ET.fromstring(z.read('xl/workbook.xml')).find('m:sheets', NS):
        target = targets[sheet.get(REL)]
        target = target.lstrip('/') if target.lstrip('/').startswith('xl/') else 'xl/' + target
        rows = []
        for row in ET.fromstring(z.read(target)).iter('{%s}row' % NS['m']):
            cells = []
            for c in row.findall('m:c', NS):
                v = c.find('m:v', NS)
                if c.get('t') == 's' and v is not None:
                    cells.append(strings[int(v.text)])
                elif c.get('t') == 'inlineStr':
                    cells.append(''.join(x.text or '' for x in c.iter('{%s}t' % NS['m'])))
                else:
                    cells.append(v.text if v is not None else None)
            rows.append(cells)
        yield rows


def xls_sheets(path):
    import xlrd  # only the .xls years need it
    book = xlrd.open_workbook(path)
    for sheet in book.sheets():
        yield [[str(v) if isinstance(v, float) else v for v in sheet.row_values(i)] for i in range(sheet.nrows)]


def name_counts(rows):
    """(name, babies) pairs: a cell that is a name followed directly by a cell that is a number."""
    pairs = []
    for row in rows:
        for a, b in zip(row, row[1:]):
            if isinstance(a, str) and isinstance(b, str) and NAME.fullmatch(a.strip()) and NUMBER.fullmatch(b.strip()):
                pairs.append((a.strip().lower(), int(float(b))))
    return pairs


def csv_counts(path):
    """(name, babies) pairs from a CSV with a name column and a count column (n)."""
    with open(path, newline='', encoding='utf-8') as f:
        return [(row['name'].strip().lower(), int(float(row['n']))) for row in csv.DictReader(f) if NAME.fullmatch(row['name'].strip())]


def main(folder):
    totals = collections.Counter()
    files = sorted(glob.glob(os.path.join(folder, '*')))
    for f in files:
        base = os.path.basename(f)
        if f.endswith('.csv'):
            pairs = csv_counts(f)
        elif re.search(r'(boys|girls)', base) and 'historic' not in base and re.search(r'\.xlsx?$', base):
            sheets = xlsx_sheets(f) if f.endswith('.xlsx') else xls_sheets(f)
            # the full list is the table with the most (name, count) pairs; the rest are top-100s and regions
            pairs = max((name_counts(rows) for rows in sheets), key=len)
        else:
            continue
        for name, n in pairs:
            totals[name.replace(' ', '')] += n
        print(f'{base}: {len(pairs)} rows', file=sys.stderr)
    totals = collections.Counter({k: v for k, v in totals.items() if v >= MIN_BABIES})
    lines, line = [], ''
    for name, n in sorted(totals.items()):
        entry = f'{name}:{n}'
        if line and len(line) + len(entry) + 1 > 110:
            lines.append(line)
            line = entry
        else:
            line = f'{line} {entry}'.strip()
    lines.append(line)
    with open(OUT, 'w', encoding='utf-8') as out:
        out.write(
            '/* Given names registered for babies in the UK, each with the total number of babies given it (3 or more): ONS,\n'
            ' * England and Wales 1996–2024; National Records of Scotland 1974–2020; NISRA, Northern Ireland 1997–2020.\n'
            ' * Crown copyright, Open Government Licence v3.0. Generated by scripts/registered-names.py — do not edit by hand.\n'
            ' * Read only by scripts/lexicon-source.ts. */\n'
            "export const REGISTERED_NAMES_SOURCES = 'ons-ew-1996-2024 nrs-scotland-1974-2020 nisra-ni-1997-2020';\n"
            'export const REGISTERED_NAMES_SOURCE = `\n' + '\n'.join(lines) + '\n`;\n'
        )
    print(f'{len(totals)} names from {len(files)} files -> {os.path.normpath(OUT)}', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__))
