"""Builds the month's returns of the bundled plan as of 2017-10-15, from
examples/snapshots/2017-10-15.json: one ledger per city (rulec ledger --body)
filled in with that snapshot's entries and actions, and the province's JSON
snapshot with the departments' entries and the metric readings.

Formats as offices send them: most cities UTF-8 CSV, 武威市 a GBK CSV (Excel's
"CSV" on Chinese Windows), 兰州市 an .xlsx filled in with openpyxl, 甘南州 its
ledger unfilled (nothing reported). Run from the repository root:

    python3 Tests/Fixtures/CLI/check-collect-month/make-month.py .build/debug/rulec
"""
import csv, io, json, os, subprocess, sys
import openpyxl

RULEC = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
MONTH = os.path.join(HERE, 'month')
CITIES = ['lanzhou', 'jiayuguan', 'jinchang', 'baiyin', 'tianshui', 'wuwei', 'zhangye',
          'pingliang', 'jiuquan', 'qingyang', 'dingxi', 'longnan', 'linxia', 'gannan']
STATUS = {'not_started': '未开始', 'in_progress': '推进中', 'done': '已完成', 'closed': '已销号'}
ACTION = {'warning': 'warning', 'supervision': 'supervision', 'interview': 'interview'}
BY = {'warning': '省整改办公室', 'supervision': '省整改办公室', 'interview': '省整改领导小组'}

snapshot = json.load(open('examples/snapshots/2017-10-15.json', encoding='utf-8'))
entries = snapshot['obligations']
actions = snapshot.get('actions', [])


def body(instance):
    return instance.split('#')[0].split('@')[1] if '@' in instance else None


def fill(rows):
    """Fills the status, action and 销号 columns of ledger rows (header at index 1)."""
    keys = [cell[cell.rfind('(') + 1:-1] for cell in rows[1]]
    col = {key: i for i, key in enumerate(keys)}
    for row in rows[2:]:
        entry = entries.get(row[0])
        if entry:
            row[col['status']] = STATUS[entry['status']]
            for key in ('completed', 'reported', 'published'):
                if key in entry:
                    y, m, d = entry[key].split('-')
                    row[col[key]] = f'{int(y)}/{int(m)}/{int(d)}'
            if entry.get('false_report'):
                row[col['false_report']] = '是'
            if 'progress' in entry:
                row[col['progress']] = f"{round(entry['progress'] * 100)}%"
            if 'note' in entry:
                row[col['note']] = entry['note']
            if entry['status'] == 'closed':
                row[col['accepted_on']] = entry['completed']
                row[col['accepted_by']] = '省整改办公室'
                row[col['evidence']] = '验收意见及现场照片'
        for action in actions:
            if action['instance'] == row[0]:
                kind = ACTION[action['action']]
                row[col[kind + '_on']] = action['on']
                row[col[kind + '_by']] = BY[kind]
    return rows


def ledger(city, suffix):
    path = os.path.join(MONTH, f'{city}{suffix}')
    subprocess.run([RULEC, 'ledger', '--body', city, '--as-of', snapshot['as_of'], '-o', path],
                   check=True)
    return path


for city in CITIES:
    if city == 'lanzhou':
        path = ledger(city, '.xlsx')
        book = openpyxl.load_workbook(path)
        sheet = book.active
        rows = [[('' if c.value is None else str(c.value)) for c in r] for r in sheet.iter_rows()]
        filled = fill([list(r) for r in rows])
        for r, row in enumerate(filled[2:], start=3):
            for c, value in enumerate(row, start=1):
                if value != rows[r - 1][c - 1]:
                    sheet.cell(row=r, column=c, value=value)
        book.save(path)
        continue
    path = ledger(city, '.csv')
    if city == 'gannan':
        continue
    rows = list(csv.reader(open(path, encoding='utf-8-sig', newline='')))
    out = io.StringIO()
    csv.writer(out, lineterminator='\r\n').writerows(fill(rows))
    encoding = 'gbk' if city == 'wuwei' else 'utf-8-sig'
    with open(path, 'w', encoding=encoding, newline='') as f:
        f.write(out.getvalue())

province = {
    'plan': snapshot['plan'],
    'as_of': snapshot['as_of'],
    'obligations': {k: v for k, v in entries.items() if body(k) not in CITIES},
    'metrics': snapshot['metrics'],
    'actions': [a for a in actions if body(a['instance']) not in CITIES],
}
with open(os.path.join(MONTH, 'province.json'), 'w', encoding='utf-8') as f:
    json.dump(province, f, ensure_ascii=False, indent=2, sort_keys=True)
    f.write('\n')
