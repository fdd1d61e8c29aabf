"""Fills in a rulec ledger as a city's office would, in the format it came in.

    python3 fill_ledger.py LEDGER csv|gbk|xlsx

water.sand-plan@zhangye: 推进中, 60%, warned on 2017/8/5 by 省整改办公室,
interviewed on 2017年9月1日 by 省整改领导小组. mechanism.immediate-problems@zhangye:
已销号, completed, reported and published, accepted on 2017-08-20 by 省整改办公室
with evidence. csv and gbk rewrite the file with Python's csv module (gbk:
encoded as Excel does on Chinese Windows); xlsx edits cells with openpyxl,
typing the dates as date cells.
"""
import csv, datetime, io, sys

path, mode = sys.argv[1], sys.argv[2]
VALUES = {
    'water.sand-plan@zhangye': {
        'status': '推进中', 'progress': '60%', 'warning_on': '2017/8/5',
        'warning_by': '省整改办公室', 'interview_on': '2017年9月1日', 'interview_by': '省整改领导小组',
    },
    'mechanism.immediate-problems@zhangye': {
        'status': '已销号', 'completed': '2017/7/30', 'reported': '2017/8/2',
        'published': '2017/8/5', 'accepted_on': '2017/8/20', 'accepted_by': '省整改办公室',
        'evidence': '验收意见书（甘整改办〔2017〕12号）、现场照片6张',
    },
}
DATES = {'completed', 'reported', 'published', 'accepted_on'}


def key(header):
    return header[header.rfind('(') + 1:-1]


if mode == 'xlsx':
    import openpyxl
    book = openpyxl.load_workbook(path)
    sheet = book.active
    columns = {key(c.value): c.column for c in sheet[2] if c.value}
    for row in sheet.iter_rows(min_row=3):
        for name, value in VALUES.get(row[0].value, {}).items():
            if name in DATES:
                y, m, d = map(int, value.split('/'))
                value = datetime.datetime(y, m, d)
            sheet.cell(row=row[0].row, column=columns[name], value=value)
    book.save(path)
else:
    rows = list(csv.reader(open(path, encoding='utf-8-sig', newline='')))
    columns = {key(c): i for i, c in enumerate(rows[1])}
    for row in rows[2:]:
        for name, value in VALUES.get(row[0], {}).items():
            row[columns[name]] = value
    out = io.StringIO()
    csv.writer(out, lineterminator='\r\n').writerows(rows)
    with open(path, 'w', encoding='gbk' if mode == 'gbk' else 'utf-8-sig', newline='') as f:
        f.write(out.getvalue())
