#!/usr/bin/python3
"""Writes the fixture workbooks of tests/TestData/workbooks/ from the reports in content/.

Each workbook is laid out the way budget management systems (预算管理一体化系统) export the 预算公开 and
决算公开 tables: one sheet per table, the table's label and title, a line with the unit name and
"单位：万元", merged multi-level headers, codes as text in one column or split 类/款/项 columns, indented
names, blank cells where the report prints nothing, the total row, and the note under the table.
Some quirks of real exports are put in on purpose so the importer meets them:

- one sheet of each workbook holds its figures as text with thousands separators ("1,806.23");
- the Shanghai final accounts carry a hidden column of unit codes and a hidden 栏次 row;
- the Changzhi report is written as an .xls (BIFF8), the format many systems still export.

A password-protected copy of one workbook is written too (encrypt_workbook.py), and in problems/ small workbooks
with one mistake each, at a cell the tests name.

Run from the repository root:  /usr/bin/python3 tools/workbook-fixtures/make_workbooks.py
Needs Debian's python3-openpyxl, python3-xlwt, python3-yaml and python3-cryptography.
"""
import datetime
import io
import os
import sys
import zipfile

import openpyxl
import xlwt
import yaml

import encrypt_workbook
from openpyxl.styles import Alignment, Font

OUT = "tests/TestData/workbooks"

REPORTS = [
    # (content file, workbook name, sheet whose figures are stored as text, format)
    ("content/reports/zezhou/dpf/2024-budget.yaml", "zezhou-dpf-2024-budget.xlsx", 3, "xlsx"),
    ("content/reports/changzhi/dpf/2024-budget.yaml", "changzhi-dpf-2024-budget.xls", 5, "xls"),
    ("content/reports/shanghai-putuo/govoffice/2025-budget.yaml", "putuo-govoffice-2025-budget.xlsx", 2, "xlsx"),
    ("content/reports/shanghai-putuo/finance/2024-final-accounts.yaml", "putuo-finance-2024-final-accounts.xlsx", 3, "xlsx"),
]
HIDDEN_EXTRAS = "putuo-finance-2024-final-accounts.xlsx"
PROTECTED = ("zezhou-dpf-2024-budget.xlsx", "zezhou-password-2024.xlsx", "2024")

# What the systems print above a block of columns when a table has two blocks side by side.
SECTION_HEADINGS = {"personnel": "人员经费", "public": "公用经费"}
INDENT = "\u3000\u3000"


def sections_of(table):
    if "sections" in table:
        return table["sections"]
    return [{"stub": table.get("stub", []), "columns": table.get("columns", []), "rows": table.get("rows") or []}]


def heading_of(section, several):
    if not several:
        return None
    return section.get("title") or SECTION_HEADINGS.get(section.get("role") or section.get("id"))


def column_paths(sections):
    """Each printed column's header path, outermost first, and what it holds."""
    paths = []
    several = len(sections) > 1
    for index, section in enumerate(sections):
        heading = heading_of(section, several)
        top = [heading] if heading else []
        for stub in section.get("stub", []):
            paths.append((top + list(stub.get("groups", [])) + [stub["label"]], ("stub", index, stub["field"])))
        for position, column in enumerate(section.get("columns", [])):
            paths.append((top + list(column.get("groups", [])) + [column["label"]], ("amount", index, position)))
    return paths


def code_parts(code):
    code = str(code)
    return {"code": code, "lei": code[0:3], "kuan": code[3:5], "xiang": code[5:7]}


def stub_text(row, field):
    if field in ("code", "lei", "kuan", "xiang"):
        code = row.get("code")
        if code is None:
            return None
        if isinstance(code, list):
            code = "".join(str(part) for part in code)
        return code_parts(code)[field] or None
    if field == "name":
        name = row.get("name")
        if name is None:
            return None
        level = row.get("level", 1)
        return (INDENT * (level - 1) if row.get("code") is None and level > 1 else "") + str(name)
    if field == "class":
        return row.get("class")
    return None


class Sheet:
    """What the two writers (openpyxl for .xlsx, xlwt for .xls) both need."""

    def __init__(self):
        self.cells = {}
        self.merges = []
        self.hidden_rows = set()
        self.hidden_columns = set()

    def put(self, row, column, value, kind="text"):
        self.cells[(row, column)] = (value, kind)

    def merge(self, row1, column1, row2, column2):
        if (row1, column1) != (row2, column2):
            self.merges.append((row1, column1, row2, column2))


def lay_out(report, table, as_text, hidden_extras):
    sheet = Sheet()
    sections = sections_of(table)
    paths = column_paths(sections)
    width = len(paths) + (1 if hidden_extras else 0)
    unit = table.get("unit") or report["report"]["money_unit"]
    row = 0
    if table.get("label"):
        sheet.put(row, 0, table["label"])
        row += 1
    sheet.put(row, 0, table["title"], "title")
    sheet.merge(row, 0, row, max(width - 1, 0))
    row += 1
    sheet.put(row, 0, "单位名称：" + report["department"]["name"])
    sheet.put(row, max(width - 1, 1), "单位：" + unit)
    row += 1

    depth = max((len(path) for path, _ in paths), default=1)
    top = row
    for level in range(depth):
        column = 0
        while column < len(paths):
            path, _ = paths[column]
            if level >= len(path):
                column += 1
                continue
            if level == len(path) - 1:
                sheet.put(top + level, column, path[level], "header")
                sheet.merge(top + level, column, top + depth - 1, column)
                column += 1
                continue
            end = column
            while end + 1 < len(paths) and len(paths[end + 1][0]) - 1 > level and paths[end + 1][0][: level + 1] == path[: level + 1]:
                end += 1
            sheet.put(top + level, column, path[level], "header")
            sheet.merge(top + level, column, top + level, end)
            column = end + 1
    if hidden_extras:
        sheet.put(top, len(paths), "单位代码", "header")
        sheet.merge(top, len(paths), top + depth - 1, len(paths))
        sheet.hidden_columns.add(len(paths))
    row = top + depth
    if hidden_extras:
        sheet.put(row, 0, "栏次")
        for column in range(1, len(paths)):
            sheet.put(row, column, str(column))
        sheet.hidden_rows.add(row)
        row += 1

    count = max((len(section.get("rows") or []) for section in sections), default=0)
    for index in range(count):
        for column, (_, (kind, section_index, what)) in enumerate(paths):
            rows = sections[section_index].get("rows") or []
            if index >= len(rows):
                continue
            data = rows[index]
            if kind == "stub":
                text = stub_text(data, what)
                if text is not None:
                    sheet.put(row, column, text)
            else:
                value = (data.get("values") or [])[what]
                if value is None:
                    continue
                if as_text:
                    sheet.put(row, column, f"{value:,.2f}")
                else:
                    sheet.put(row, column, value, "number")
        if hidden_extras:
            sheet.put(row, len(paths), report["department"].get("code", ""))
        row += 1
    if table.get("note"):
        sheet.put(row, 0, table["note"])
        sheet.merge(row, 0, row, max(width - 1, 0))
    return sheet


def write_xlsx(sheets, path):
    book = openpyxl.Workbook()
    book.remove(book.active)
    # A fixed date keeps a regenerated fixture identical when its report has not changed.
    book.properties.created = book.properties.modified = datetime.datetime(2025, 1, 1)
    for name, sheet in sheets:
        ws = book.create_sheet(name)
        for (row, column), (value, kind) in sorted(sheet.cells.items()):
            cell = ws.cell(row=row + 1, column=column + 1, value=value)
            if kind == "number":
                cell.number_format = "#,##0.00"
            elif kind == "title":
                cell.font = Font(bold=True, size=16)
                cell.alignment = Alignment(horizontal="center")
            elif kind == "header":
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if kind == "text" and isinstance(value, str) and value.startswith(INDENT):
                cell.alignment = Alignment(indent=2)
        for row1, column1, row2, column2 in sheet.merges:
            ws.merge_cells(start_row=row1 + 1, start_column=column1 + 1, end_row=row2 + 1, end_column=column2 + 1)
        for row in sheet.hidden_rows:
            ws.row_dimensions[row + 1].hidden = True
        for column in sheet.hidden_columns:
            ws.column_dimensions[openpyxl.utils.get_column_letter(column + 1)].hidden = True
    save(book, path)


def write_xls(sheets, path):
    book = xlwt.Workbook(encoding="utf-8")
    number = xlwt.easyxf(num_format_str="#,##0.00")
    plain = xlwt.easyxf()
    for name, sheet in sheets:
        ws = book.add_sheet(name)
        merged = set()
        for row1, column1, row2, column2 in sheet.merges:
            value, kind = sheet.cells.get((row1, column1), ("", "text"))
            ws.write_merge(row1, row2, column1, column2, value, plain)
            merged.add((row1, column1))
        for (row, column), (value, kind) in sorted(sheet.cells.items()):
            if (row, column) in merged:
                continue
            ws.write(row, column, value, number if kind == "number" else plain)
        for row in sheet.hidden_rows:
            ws.row(row).hidden = True
        for column in sheet.hidden_columns:
            ws.col(column).hidden = True
    book.save(path)


def small_table(ws, header_e5="项目支出", total=True, cells=None, merges=()):
    """Shanxi's 预算支出总表 with four rows, laid out as the systems do; cells overrides single cells (A1 names)."""
    ws["A1"] = "预算公开表3"
    ws["A2"] = "2024年预算支出总表"
    ws.merge_cells("A2:E2")
    ws["A3"] = "单位名称：测试县残疾人联合会"
    ws["E3"] = "单位：万元"
    ws["A4"] = "项目"
    ws.merge_cells("A4:B4")
    ws["C4"] = "2024年预算数"
    ws.merge_cells("C4:E4")
    for column, text in zip("ABCDE", ["科目编码", "科目名称", "合计", "基本支出", header_e5]):
        ws[f"{column}5"] = text
    rows = [
        (None, "合计", 100, 60, 40),
        ("208", "社会保障和就业支出", 100, 60, 40),
        ("20811", "残疾人事业", 100, 60, 40),
        ("2081101", "行政运行", 60, 60, None),
        ("2081104", "残疾人康复", 40, None, 40),
    ]
    if not total:
        rows = rows[1:]
    for index, values in enumerate(rows):
        for column, value in zip("ABCDE", values):
            if value is not None:
                cell = ws[f"{column}{6 + index}"]
                cell.value = value
                if isinstance(value, int):
                    cell.number_format = "#,##0.00"
    ws[f"A{6 + len(rows)}"] = "注：本表按功能分类科目列示。"
    for address, value in (cells or {}).items():
        ws[address] = value
        if isinstance(value, float):
            ws[address].number_format = "#,##0.00"
    for merge in merges:
        ws.merge_cells(merge)


def problem_workbook(path, **change):
    book = openpyxl.Workbook()
    book.properties.created = book.properties.modified = datetime.datetime(2025, 1, 1)
    small_table(book.active, **change)
    book.active.title = "预算公开表3"
    save(book, path)
    return book


def save(book, path):
    """Saves with fixed dates inside the package too, so a fixture made again from the same report is the same file."""
    book.save(path)
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            info.date_time = (2025, 1, 1, 0, 0, 0)
            target.writestr(info, data)


def store_exactly(path, member, old, new):
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            if info.filename == member:
                assert data.count(old.encode()) == 1
                data = data.replace(old.encode(), new.encode())
            target.writestr(info, data)


def write_problems():
    folder = os.path.join(OUT, "problems")
    os.makedirs(folder, exist_ok=True)
    problem_workbook(os.path.join(folder, "clean.xlsx"))
    # A figure of 0 where the clean table prints nothing: 0.00 must stay a figure, and the blank beside it a blank.
    problem_workbook(os.path.join(folder, "zero-and-blank.xlsx"), cells={"E9": 0.0})
    problem_workbook(os.path.join(folder, "header-no-role.xlsx"), header_e5="预计数")
    problem_workbook(os.path.join(folder, "text-in-amount.xlsx"), cells={"C9": "待定"})
    problem_workbook(os.path.join(folder, "merged-amounts.xlsx"), merges=["D10:E10"])
    problem_workbook(os.path.join(folder, "no-total-row.xlsx"), total=False)
    # 0.1 + 0.2, as a formula's cached result leaves it: shown as 0.30, stored as 0.30000000000000004. Excel writes
    # 17 significant digits; openpyxl writes 16, which would round it back to 0.3, so the stored text is put back.
    path = os.path.join(folder, "not-as-shown.xlsx")
    problem_workbook(path, cells={"D9": 0.1 + 0.2})
    store_exactly(path, "xl/worksheets/sheet1.xml", "<v>0.3</v>", f"<v>{0.1 + 0.2!r}</v>")

    book = openpyxl.Workbook()
    book.properties.created = book.properties.modified = datetime.datetime(2025, 1, 1)
    small_table(book.active)
    book.active.title = "预算公开表3"
    cover = book.create_sheet("封面")
    cover["A1"] = "2024年部门预算公开目录"
    other = book.create_sheet("汇总")
    other["A1"] = "2024年部门收支预算汇总表"
    other["A2"] = "单位：万元"
    other["A3"], other["B3"] = "项目", "金额"
    other["A4"], other["B4"] = "收入合计", 100
    save(book, os.path.join(folder, "unknown-sheet.xlsx"))

    book = openpyxl.Workbook()
    book.properties.created = book.properties.modified = datetime.datetime(2025, 1, 1)
    ws = book.active
    small_table(ws, cells={"A11": None})
    ws.title = "预算公开表3"
    for row in range(11, 5100):
        ws.cell(row=row, column=1, value="2081199")
        ws.cell(row=row, column=2, value="其他残疾人事业支出")
        ws.cell(row=row, column=3, value=1).number_format = "#,##0.00"
    save(book, os.path.join(folder, "too-many-rows.xlsx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    for source, name, text_table, form in REPORTS:
        with open(source, encoding="utf-8") as stream:
            report = yaml.safe_load(stream)
        sheets = []
        for table in report["tables"]:
            sheet_name = table.get("label") or f"表{table['number']}"
            sheets.append((sheet_name, lay_out(report, table, table["number"] == text_table, name == HIDDEN_EXTRAS)))
        path = os.path.join(OUT, name)
        (write_xls if form == "xls" else write_xlsx)(sheets, path)
        print(path)

    plain, protected, password = PROTECTED
    encrypt_workbook.main(os.path.join(OUT, plain), os.path.join(OUT, protected), password)
    write_problems()


if __name__ == "__main__":
    sys.exit(main())
