#!/usr/bin/env python3
"""Writes the bad-input corpus: small CSV and XLSX files under cases/ and manifest.json.

Run it again after changing a case (the output is deterministic: fixed zip timestamps).
test_bad_input imports every case into an office built by the test (see
tests/core/test_bad_input.cpp for its names: region 华北, users 张伟 / 李娜 / 陳美玲, the
customer 北京星河科技有限公司, the default stages and the deal FD-1) and checks that it
is refused with the located message the manifest gives, nothing stored.

Manifest entry:
  id        unique name, also the file name without extension
  file      cases/<id>.csv|.xlsx, or null when the test generates the file ("generate")
  kind      the import kind (funneldesk-cli import --kind)
  encoding  the encoding chosen for a CSV (null: detected)
  fatal     true: the import throws (the file cannot be read); false: rows are rejected
  line      the 1-based line (CSV) or row (XLSX) named; 0 for the file as a whole
  field     the column named (the header as written in the file; "" for the row/file)
  message   a fragment the message must contain
The big or binary cases (a 10 MB field, zip bombs) are made by the test at run time from
the "generate" recipe, so that no large blob is committed.

Deliberately absent: duplicate rows and lost deals without a reason (their rules are
changing and are tested with the import itself).
"""

import io
import json
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

STAGE = "Initial contact"

# kind → (CSV header in Chinese, XLSX header in canonical names, a valid row)
KINDS = {
    "opportunities": (
        ["外部编号", "商机名称", "客户", "负责人", "金额", "币种", "阶段", "状态", "创建时间", "预计成交日期", "成交日期", "来源"],
        ["external_id", "title", "customer", "owner", "amount", "currency", "stage", "status", "created_at",
         "expected_close", "closed_at", "source"],
        ["C-1", "好商机", "北京星河科技有限公司", "张伟", "100", "CNY", STAGE, "open", "2026-10-01", "2026-12-31", "",
         "展会"],
    ),
    "customers": (
        ["客户名称", "客户等级", "评分", "行业", "规模", "区域", "负责人", "电话", "邮箱", "网站", "创建时间"],
        ["name", "tier", "score", "industry", "size", "region", "owner", "phone", "email", "website", "created_at"],
        ["上海蓝海贸易有限公司", "A", "80", "制造", "大型", "华北", "张伟", "021-5555", "info@lanhai.cn",
         "lanhai.cn", "2026-01-02"],
    ),
    "contacts": (
        ["客户", "联系人", "职位", "手机", "邮箱", "主要联系人"],
        ["customer", "name", "title", "mobile", "email", "is_primary"],
        ["北京星河科技有限公司", "赵敏", "采购经理", "13800138000", "zhao@xinghe.cn", "是"],
    ),
    "leads": (
        ["姓名", "公司", "电话", "邮箱", "来源", "状态", "负责人", "区域", "创建时间"],
        ["name", "company", "phone", "email", "source", "status", "owner", "region", "created_at"],
        ["钱进", "杭州钱塘科技", "13900001111", "qian@qt.cn", "展会", "已联系", "张伟", "华北", "2026-11-01"],
    ),
    "activities": (
        ["类型", "主题", "时间", "时长", "负责人", "客户", "商机编号", "线索编号"],
        ["kind", "subject", "occurred_at", "duration_minutes", "user", "customer", "opportunity_external_id",
         "lead_external_id"],
        ["拜访", "现场演示", "2026-11-02 14:00", "90", "张伟", "北京星河科技有限公司", "FD-1", ""],
    ),
    "stage-history": (
        ["商机编号", "阶段", "进入时间", "操作人", "状态"],
        ["opportunity_external_id", "stage", "entered_at", "changed_by", "status"],
        ["FD-1", STAGE, "2026-11-01", "张伟", "open"],
    ),
}

manifest = []
files = {}


def add(case_id, kind, fatal, line, field, message, data=None, ext="csv", encoding=None, generate=None):
    assert all(c["id"] != case_id for c in manifest), case_id
    entry = {"id": case_id, "file": None, "kind": kind, "encoding": encoding, "fatal": fatal, "line": line,
             "field": field, "message": message}
    if generate:
        entry["generate"] = generate
    else:
        entry["file"] = "cases/%s.%s" % (case_id, ext)
        files[entry["file"]] = data
    manifest.append(entry)


def csv_field(v):
    if any(c in v for c in ',"\r\n') or (v and (v[0] == " " or v[-1] == " ")):
        return '"' + v.replace('"', '""') + '"'
    return v


def csv_text(rows):
    return "".join(",".join(csv_field(v) for v in r) + "\r\n" for r in rows)


# --- XLSX: a minimal workbook (inline strings, numbers, styles for dates) -----------------

def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def cell_xml(ref, v):
    """v: str → inline string; ('n', x) number; ('d', serial) date-styled number;
    ('raw', xml) the whole <c> element as given."""
    if isinstance(v, tuple):
        t, x = v
        if t == "n":
            return '<c r="%s"><v>%s</v></c>' % (ref, x)
        if t == "d":
            return '<c r="%s" s="1"><v>%s</v></c>' % (ref, x)
        if t == "raw":
            return x
        raise ValueError(t)
    if v == "":
        return ""
    return '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, escape(v))


def sheet_xml(rows, prolog=""):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', prolog,
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        out.append('<row r="%d">' % r)
        for c, v in enumerate(row):
            out.append(cell_xml("%s%d" % (col_name(c), r), v))
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out).encode("utf-8")


WORKBOOK = (b'<?xml version="1.0" encoding="UTF-8"?><workbook '
            b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            b'<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships '
        b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        b'Target="worksheets/sheet1.xml"/></Relationships>')
STYLES = (b'<?xml version="1.0" encoding="UTF-8"?><styleSheet '
          b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          b'<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')
CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types '
                 b'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 b'<Default Extension="xml" ContentType="application/xml"/></Types>')


def xlsx(sheet=None, shared=None, workbook=WORKBOOK, rels=RELS, styles=STYLES, stored=False, extra=None):
    parts = [("[Content_Types].xml", CONTENT_TYPES)]
    if workbook is not None:
        parts.append(("xl/workbook.xml", workbook))
    if rels is not None:
        parts.append(("xl/_rels/workbook.xml.rels", rels))
    if styles is not None:
        parts.append(("xl/styles.xml", styles))
    if shared is not None:
        parts.append(("xl/sharedStrings.xml", shared))
    if sheet is not None:
        parts.append(("xl/worksheets/sheet1.xml", sheet))
    parts += extra or []
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def rows_for(kind, xlsx_header, overrides, good=True):
    zh, en, row = KINDS[kind]
    header = en if xlsx_header else zh
    bad = list(row)
    for col, v in overrides.items():
        bad[en.index(col)] = v
    # Keep the bad row apart from the good one: no case may hinge on duplicate rules.
    distinct = {"opportunities": [("external_id", "C-2"), ("title", "另一个商机")],
                "customers": [("name", "广州珠江物流有限公司")],
                "contacts": [("name", "钱多多")],
                "leads": [("name", "孙丽"), ("phone", "13900002222")],
                "activities": [("subject", "另一次拜访")],
                "stage-history": [("entered_at", "2026-11-05")]}[kind]
    for col, v in distinct:
        if col not in overrides:
            bad[en.index(col)] = v
    return [header, row, bad] if good else [header, bad]


# --- value cases: the same bad value in a CSV and in an .xlsx -------------------------

def value_case(kind, name, column, value, message, xlsx_value=None, formats=("csv", "xlsx")):
    zh, en, _ = KINDS[kind]
    for fmt in formats:
        is_x = fmt == "xlsx"
        v = xlsx_value if (is_x and xlsx_value is not None) else value
        rows = rows_for(kind, is_x, {column: v})
        field = column if is_x else zh[en.index(column)]
        if column is None:
            field = ""
        case_id = "%s-%s-%s" % (kind, name, fmt)
        if is_x:
            add(case_id, kind, False, 3, field, message, xlsx(sheet_xml(rows)), "xlsx")
        else:
            add(case_id, kind, False, 3, field, message, csv_text(rows).encode("utf-8"))


O = "opportunities"
AMOUNT = "is not an amount of money"
for name, v in [("amount-negative", "-5"), ("amount-negative-cents", "-0.01"), ("amount-negative-yuan", "¥-100"),
                ("amount-accounting-negative", "(500)"), ("amount-trailing-minus", "500-"),
                ("amount-words-zh", "一百万"), ("amount-words-en", "one hundred"), ("amount-words-mixed", "约100元"),
                ("amount-overflow-int64", "9223372036854775808"), ("amount-huge", "99999999999999999999999"),
                ("amount-overflow-cents", "92233720368547758.08"), ("amount-exponent", "1e5"),
                ("amount-three-decimals", "12.345"), ("amount-two-points", "1.2.3"),
                ("amount-nan", "NaN"), ("amount-inf", "inf"), ("amount-fullwidth-digits", "１００"),
                ("amount-wan-twice", "100万万"), ("amount-percent", "50%")]:
    value_case(O, name, "amount", v, AMOUNT)
# Written in another currency than the row's (no currency column: the office's, CNY): refused
# and named, never stored as ¥100.
value_case(O, "amount-dollar", "amount", "$100", "is an amount in USD, but the deal's currency is CNY")
value_case(O, "amount-missing", "amount", "", "is required")
value_case(O, "amount-number-cell-negative", "amount", "-5", AMOUNT, xlsx_value=("n", "-5"), formats=("xlsx",))
value_case(O, "amount-number-cell-huge", "amount", "", AMOUNT, xlsx_value=("n", "1E+300"), formats=("xlsx",))
value_case(O, "amount-boolean-cell", "amount", "", AMOUNT,
           xlsx_value=("raw", '<c r="E3" t="b"><v>1</v></c>'), formats=("xlsx",))
value_case(O, "currency-word", "currency", "人民币元", "is not a 3-letter currency code")
value_case(O, "currency-symbol", "currency", "US$", "is not a 3-letter currency code")
value_case(O, "stage-unknown", "stage", "不存在的阶段", "is not a stage of the sales process")
value_case(O, "stage-missing", "stage", "", "is required")
value_case(O, "status-unknown", "status", "maybe", "is not a status")
value_case(O, "title-missing", "title", "", "is required")
value_case(O, "title-too-long", "title", "长" * 301, "is longer than 300 characters")
value_case(O, "customer-unknown", "customer", "不存在的公司", "no such customer")
value_case(O, "owner-unknown", "owner", "王五", "no such user")
DATE_TIME = "is not a valid date or time"
DATE = "is not a valid date"
for name, v in [("feb-30", "2026-02-30"), ("feb-29-not-leap", "2025-02-29"), ("month-13", "2026-13-01"),
                ("month-0", "2026-00-10"), ("day-0", "2026-11-00"), ("apr-31", "2026-04-31"),
                ("slashed-feb-30", "2026/02/30"), ("day-first", "30/02/2026"), ("iso-feb-30", "2026-02-30T10:00:00Z"),
                ("hour-25", "2026-11-23T25:00:00Z"), ("minute-61", "2026-11-23 10:61"), ("words", "昨天"),
                ("two-digit-year", "26-11-23")]:
    value_case(O, "created-" + name, "created_at", v, DATE_TIME)
value_case(O, "created-serial-in-csv", "created_at", "46349", DATE_TIME, formats=("csv",))
value_case(O, "created-year-1899", "created_at", "1899-12-31", "outside the years 1990 to 2200")
value_case(O, "created-year-3000", "created_at", "3000-01-01", "outside the years 1990 to 2200")
value_case(O, "created-serial-1900", "created_at", "", "outside the years 1990 to 2200", xlsx_value=("d", "1"),
           formats=("xlsx",))
value_case(O, "created-serial-beyond-9999", "created_at", "", DATE_TIME, xlsx_value=("d", "3000000"),
           formats=("xlsx",))
for name, v in [("feb-30", "2026-02-30"), ("apr-31", "2026-04-31"), ("junk", "2026-2-3x"),
                ("with-time-24h", "2026-12-31 24:00")]:
    value_case(O, "expected-close-" + name, "expected_close", v, DATE)
value_case(O, "closed-on-open-deal", "closed_at", "2026-11-01", "is only allowed for a won or lost deal")

C = "customers"
SCORE = "is not a score from 0 to 100"
for name, v in [("101", "101"), ("150-percent", "150%"), ("85-percent-sign", "85%"), ("negative", "-1"),
                ("fraction", "99.5"), ("words", "一百"), ("exponent", "1e2"), ("overflow", "99999999999999999999")]:
    value_case(C, "score-" + name, "score", v, SCORE)
value_case(C, "score-number-cell-250", "score", "", SCORE, xlsx_value=("n", "250"), formats=("xlsx",))
value_case(C, "tier-d", "tier", "D", "is not a tier")
value_case(C, "size-unknown", "size", "巨型", "is not a size")
for name, v in [("no-at", "info.lanhai.cn"), ("no-dot", "a@b"), ("space", "a b@c.com"), ("two-at", "a@@b.cn")]:
    value_case(C, "email-" + name, "email", v, "is not an e-mail address")
value_case(C, "created-feb-30", "created_at", "2026-02-30", DATE_TIME)
value_case(C, "region-unknown", "region", "火星", "no such region")
value_case(C, "owner-unknown", "owner", "王五", "no such user")
value_case(C, "name-missing", "name", "", "is required")
value_case(C, "name-too-long", "name", "名" * 301, "is longer than 300 characters")

P = "contacts"
for name, v in [("maybe", "maybe"), ("two", "2"), ("words", "是的")]:
    value_case(P, "primary-" + name, "is_primary", v, "is not yes/no")
value_case(P, "email-bad", "email", "zhao(at)xinghe.cn", "is not an e-mail address")
value_case(P, "customer-unknown", "customer", "不存在的公司", "no such customer")
value_case(P, "name-missing", "name", "", "is required")

L = "leads"
value_case(L, "status-unknown", "status", "hot", "is not a lead status")
value_case(L, "email-bad", "email", "qian@", "is not an e-mail address")
value_case(L, "created-feb-30", "created_at", "2026-02-30", DATE_TIME)
value_case(L, "owner-unknown", "owner", "王五", "no such user")
value_case(L, "name-missing", "name", "", "is required")

A = "activities"
value_case(A, "kind-unknown", "kind", "传真", "is not an activity kind")
for name, v in [("negative", "-5"), ("fraction", "1.5"), ("words", "一小时"), ("too-long", "100001"),
                ("overflow", "99999999999999999999")]:
    value_case(A, "duration-" + name, "duration_minutes", v, "is not a number of minutes")
value_case(A, "occurred-feb-30", "occurred_at", "2026-02-30 10:00", DATE_TIME)
value_case(A, "occurred-hour-24", "occurred_at", "2026-11-23 24:30", DATE_TIME)
value_case(A, "occurred-missing", "occurred_at", "", "is required")
value_case(A, "user-unknown", "user", "王五", "no such user")
value_case(A, "opportunity-unknown", "opportunity_external_id", "X-404", "no opportunity has this external id")
value_case(A, "lead-unknown", "lead_external_id", "L-404", "no lead has this external id")

H = "stage-history"
value_case(H, "deal-unknown", "opportunity_external_id", "X-404", "no opportunity has this external id")
value_case(H, "stage-unknown", "stage", "不存在的阶段", "is not a stage of the deal's sales process")
value_case(H, "entered-feb-30", "entered_at", "2026-02-30", DATE_TIME)
value_case(H, "status-unknown", "status", "maybe", "is not a status")
value_case(H, "by-unknown", "changed_by", "王五", "no such user")

# Activities: a row tied to nothing (the row, not a column, is named).
zh, en, row = KINDS[A]
bad = list(row)
bad[en.index("subject")] = "无主"
for c in ("customer", "opportunity_external_id", "lead_external_id"):
    bad[en.index(c)] = ""
add("activities-tied-to-nothing-csv", A, False, 3, "", "needs a customer, an opportunity or a lead",
    csv_text([zh, row, bad]).encode("utf-8"))

# --- CSV structure ----------------------------------------------------------------------

def opp_rows(bad_line_text):
    zh, _, row = KINDS[O]
    return (",".join(zh) + "\r\n" + ",".join(row) + "\r\n" + bad_line_text).encode("utf-8")


GOODTAIL = "北京星河科技有限公司,张伟,100,CNY,%s,open,2026-10-01,2026-12-31,,展会" % STAGE
add("csv-unterminated-quote", O, True, 3, "", "unterminated quote",
    opp_rows('C-2,"没有结束,%s\r\nC-3,x,%s\r\n' % (GOODTAIL, GOODTAIL)))
add("csv-unterminated-quote-last-field", O, True, 3, "", "unterminated quote",
    opp_rows('C-2,标题,%s\r\n' % GOODTAIL.replace("展会", '"展会')))
add("csv-stray-quote", O, False, 3, "商机名称", "stray quote", opp_rows('C-2,引号"在中间,%s\r\n' % GOODTAIL))
add("csv-text-after-closing-quote", O, False, 3, "商机名称", "stray quote",
    opp_rows('C-2,"标题"多余,%s\r\n' % GOODTAIL))
add("csv-ragged-short", O, False, 3, "来源", "ragged row", opp_rows("C-2,少一列,%s\r\n" % GOODTAIL.rsplit(",", 1)[0]))
add("csv-ragged-long", O, False, 3, "13", "ragged row", opp_rows("C-2,多一列,%s,多余\r\n" % GOODTAIL))
add("csv-truncated-mid-row", O, False, 3, "负责人", "ragged row", opp_rows("C-2,截断,北京星河科技有"))
add("csv-truncated-mid-character", O, False, 3, "客户", "not valid UTF-8",
    opp_rows("C-2,截断,北京星河科技有").rstrip(b"\n")[:-2], encoding="UTF-8")
add("csv-ragged-header-only-data", C, False, 2, "客户等级", "ragged row",
    csv_text([KINDS[C][0], ["只有名称"]]).encode("utf-8"))
add("csv-empty-file", O, True, 0, "", "is empty", b"")
add("csv-bom-only", O, True, 0, "", "is empty", b"\xef\xbb\xbf")
add("csv-blank-lines-only", O, True, 0, "", "is empty", b"\r\n\r\n\n")
for kind in KINDS:
    zh, _, row = KINDS[kind]
    add("csv-header-missing-required-" + kind, kind, True, 0, "", "The file has no column for",
        csv_text([zh[1:] if kind != "opportunities" else zh[2:], row[1:] if kind != "opportunities" else row[2:]])
        .encode("utf-8"))
add("csv-header-stray-quote", C, True, 1, "", "header row", ('客户"名称,评分\r\n甲,1\r\n').encode("utf-8"))
add("csv-semicolon-separated", C, True, 0, "", "The file has no column for",
    ("客户名称;评分\r\n甲;1\r\n").encode("utf-8"))
add("csv-tab-separated", C, True, 0, "", "The file has no column for", ("客户名称\t评分\r\n甲\t1\r\n").encode("utf-8"))
add("csv-too-many-fields", C, False, 2, "4097", "more than 4096 fields",
    (",".join(KINDS[C][0]) + "\r\n" + ",".join(["甲"] + ["1"] * 4200) + "\r\n").encode("utf-8"))
add("csv-header-too-many-fields", C, True, 1, "", "more than 4096 fields",
    (",".join(["客户名称"] + ["x%d" % i for i in range(4200)]) + "\r\n甲\r\n").encode("utf-8"))
add("csv-nul-byte-in-field", C, True, 3, "", "NUL bytes",
    csv_text([KINDS[C][0], KINDS[C][2]]).encode("utf-8")
    + "乙公司,A,80,制\0造,大型,华北,张伟,021,b@c.cn,b.cn,2026-01-02\r\n".encode("utf-8"))
add("csv-binary-png", C, True, 3, "", "NUL bytes",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")
add("csv-old-xls", C, True, 1, "", "old Excel workbook (.xls)",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
add("csv-xlsx-renamed-not-zip-ok", C, True, 0, "", "not an .xlsx file", b"PK\x03\x04 this is not a zip", ext="csv")

# --- CSV encodings ----------------------------------------------------------------------

TRAD_ROW = "C-2,繁體商機,北京星河科技有限公司,陳美玲,-5,CNY,%s,open,2026-10-01,2026-12-31,,展會" % STAGE
TRAD_HEAD = "外部編號,商機名稱,客戶,負責人,金額,幣種,階段,狀態,創建時間,預計成交日期,成交日期,來源"
TRAD = TRAD_HEAD + "\r\n" + TRAD_ROW.replace("C-2", "C-1").replace("-5", "100") + "\r\n" + TRAD_ROW + "\r\n"
SIMP_BAD = (",".join(KINDS[O][0]) + "\r\n" + ",".join(KINDS[O][2]) + "\r\n"
            + "C-2,负数,北京星河科技有限公司,张伟,-5,CNY,%s,open,2026-10-01,2026-12-31,,展会\r\n" % STAGE)
for enc_name, codec, text, declared in [
        ("utf8", "utf-8", SIMP_BAD, None), ("utf8-bom", "utf-8-sig", SIMP_BAD, None),
        ("gbk", "gbk", SIMP_BAD, None), ("gb18030", "gb18030", SIMP_BAD, None),
        ("big5", "big5", TRAD, None), ("utf8-declared", "utf-8", SIMP_BAD, "UTF-8"),
        ("utf8-bom-declared", "utf-8-sig", SIMP_BAD, "UTF-8 BOM"), ("gbk-declared", "gbk", SIMP_BAD, "GBK"),
        ("gb18030-declared", "gb18030", SIMP_BAD, "GB18030"), ("big5-declared", "big5", TRAD, "Big5"),
        ("big5-hkscs-alias", "big5", TRAD, "big5-hkscs"), ("cp936-alias", "gbk", SIMP_BAD, "cp936")]:
    add("csv-encoding-%s-negative-amount" % enc_name, O, False, 3, "金額" if text is TRAD else "金额", AMOUNT,
        text.encode(codec), encoding=declared)
add("csv-invalid-utf8", O, False, 3, "商机名称", "not valid UTF-8",
    opp_rows("C-2,") + b"\xe6\x98," + GOODTAIL.encode("utf-8") + b"\r\n", encoding="UTF-8")
add("csv-invalid-utf8-overlong", O, False, 3, "商机名称", "not valid UTF-8",
    opp_rows("C-2,") + b"\xc0\xaf," + GOODTAIL.encode("utf-8") + b"\r\n", encoding="UTF-8")
add("csv-invalid-utf8-surrogate", O, False, 3, "商机名称", "not valid UTF-8",
    opp_rows("C-2,") + b"\xed\xa0\x80," + GOODTAIL.encode("utf-8") + b"\r\n", encoding="UTF-8")
add("csv-invalid-gb18030", O, False, 3, "商机名称", "not valid GB18030",
    SIMP_BAD.replace("负数", "X").encode("gb18030").replace(b",X,", b",\x81\x20,"), encoding="GB18030")
add("csv-invalid-big5", O, False, 2, "商機名稱", "not valid Big5",
    TRAD.replace("繁體商機", "X").encode("big5").replace(b",X,", b",\xa1\x20,").replace(b"-5", b"100"),
    encoding="Big5")
add("csv-gbk-declared-utf8", O, True, 1, "", "header row: bytes that are not valid UTF-8", SIMP_BAD.encode("gbk"), encoding="UTF-8")
add("csv-big5-declared-utf8", O, True, 1, "", "header row: bytes that are not valid UTF-8", TRAD.encode("big5"), encoding="UTF-8")
add("csv-utf8-declared-gb18030", O, True, 1, "", "is UTF-8 text but GB18030 was chosen", SIMP_BAD.encode("utf-8"),
    encoding="GB18030")
add("csv-utf8-declared-big5", O, True, 1, "", "is UTF-8 text but Big5 was chosen", TRAD.encode("utf-8"),
    encoding="Big5")
add("csv-utf8-bom-declared-gbk", O, True, 1, "", "is UTF-8 text but GB18030 was chosen",
    SIMP_BAD.encode("utf-8-sig"), encoding="GBK")
add("csv-utf8-ascii-header-declared-gb18030", O, True, 2, "", "is UTF-8 text but GB18030 was chosen",
    ("external_id,title,customer,owner,amount,stage\r\n" + "C-1,好,北京星河科技有限公司,张伟,1,%s\r\n" % STAGE)
    .encode("utf-8"), encoding="GB18030")
add("csv-utf16le-bom", O, True, 1, "", "UTF-16", SIMP_BAD.encode("utf-16"))
add("csv-utf16be-bom", O, True, 1, "", "UTF-16", b"\xfe\xff" + SIMP_BAD.encode("utf-16-be"))
add("csv-utf16le-no-bom", O, True, 1, "", "NUL bytes", SIMP_BAD.encode("utf-16-le"))
add("csv-utf16le-excel-unicode-text", O, True, 1, "", "UTF-16", SIMP_BAD.replace(",", "\t").encode("utf-16"))
add("csv-utf32-bom", O, True, 1, "", "UTF-16", SIMP_BAD.encode("utf-32"))

# --- XLSX structure ---------------------------------------------------------------------

def opp_sheet(bad_cells_xml=None, bad_row=None, extra_rows_xml=""):
    """Header and a good row as inline strings, then row 3 from raw XML."""
    zh, en, row = KINDS[O]
    head = sheet_xml([en, row])
    if bad_cells_xml is None:
        return head
    return head.replace(b"</sheetData>", ('<row r="3">%s</row>%s</sheetData>' % (bad_cells_xml, extra_rows_xml))
                        .encode("utf-8"))


def good_cells(row_no, skip=()):
    zh, en, row = KINDS[O]
    cells = []
    for c, v in enumerate(row):
        if c in skip or v == "":
            continue
        vv = v if c != 0 else "C-%d" % row_no
        cells.append('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col_name(c), row_no, escape(vv)))
    return "".join(cells)


X = "xlsx"
add("xlsx-not-a-zip", O, True, 0, "", "is not an .xlsx file", "商机名称,金额\r\n".encode("utf-8"), X)
add("xlsx-empty-file", O, True, 0, "", "is not an .xlsx file", b"", X)
full = xlsx(opp_sheet(good_cells(3)))
add("xlsx-truncated-half", O, True, 0, "", "cut short", full[: len(full) // 2], X)
add("xlsx-truncated-central-directory", O, True, 0, "", "cut short", full[:-30], X)
add("xlsx-zip-header-only", O, True, 0, "", "is not an .xlsx file", b"PK\x03\x04" + b"\x00" * 26, X)
add("xlsx-no-workbook", O, True, 0, "", "has no workbook", xlsx(opp_sheet(), workbook=None), X)
add("xlsx-workbook-without-sheet-part", O, True, 0, "", "has no worksheet", xlsx(None), X)
add("xlsx-rels-point-nowhere", O, True, 0, "", "has no worksheet",
    xlsx(opp_sheet(), rels=RELS.replace(b"worksheets/sheet1.xml", b"worksheets/missing.xml")), X)
add("xlsx-workbook-damaged", O, True, 0, "", "xl/workbook.xml in the workbook is damaged",
    xlsx(opp_sheet(), workbook=b"<workbook><sheets><sheet name='a' r:id='rId1'></sheets></workbook>"), X)
add("xlsx-styles-damaged", O, True, 0, "", "xl/styles.xml in the workbook is damaged",
    xlsx(opp_sheet(), styles=b"<styleSheet><cellXfs><xf numFmtId='14'></cellXfs>"), X)
add("xlsx-sheet-truncated", O, True, 3, "", "truncated file",
    xlsx(opp_sheet(good_cells(3))[:-60]), X)
add("xlsx-sheet-cut-in-header", O, True, 1, "", "truncated file", xlsx(opp_sheet()[:200]), X)
add("xlsx-sheet-mismatched-tag", O, True, 3, "", "the worksheet is damaged",
    xlsx(opp_sheet(good_cells(3).replace("</is></c>", "</c>", 1))), X)
add("xlsx-sheet-undeclared-entity", O, True, 3, "", "the worksheet is damaged",
    xlsx(opp_sheet('<c r="A3" t="inlineStr"><is><t>&nbsp;</t></is></c>' + good_cells(3, skip=(0,)))), X)
add("xlsx-sheet-not-xml", O, True, 1, "", "the worksheet is damaged", xlsx(b"\x89PNG not xml at all"), X)
add("xlsx-sheet-declared-utf16-is-utf8", O, True, 1, "", "the worksheet is damaged",
    xlsx(opp_sheet().replace(b'encoding="UTF-8"', b'encoding="UTF-16"')), X)
add("xlsx-crc-error", O, True, 3, "", "CRC error",
    xlsx(opp_sheet(good_cells(3)), stored=True).replace("好商机".encode("utf-8"), "坏商机".encode("utf-8"), 1), X)

SHARED_HEAD = ['<c r="%s1" t="s"><v>%d</v></c>' % (col_name(i), i) for i in range(len(KINDS[O][1]))]


def shared_sst(strings):
    return ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + "".join("<si><t>%s</t></si>" % escape(s) for s in strings) + "</sst>").encode("utf-8")


add("xlsx-shared-strings-missing", O, False, 3, "title", "xl/sharedStrings.xml missing",
    xlsx(opp_sheet(good_cells(3, skip=(1,)) + '<c r="B3" t="s"><v>0</v></c>')), X)
add("xlsx-shared-string-index-out-of-range", O, False, 3, "title", "shared string that does not exist",
    xlsx(opp_sheet(good_cells(3, skip=(1,)) + '<c r="B3" t="s"><v>7</v></c>'), shared=shared_sst(["一"])), X)
add("xlsx-shared-string-index-negative", O, False, 3, "title", "shared string that does not exist",
    xlsx(opp_sheet(good_cells(3, skip=(1,)) + '<c r="B3" t="s"><v>-1</v></c>'), shared=shared_sst(["一"])), X)
add("xlsx-shared-string-index-text", O, False, 3, "title", "shared string that does not exist",
    xlsx(opp_sheet(good_cells(3, skip=(1,)) + '<c r="B3" t="s"><v>x</v></c>'), shared=shared_sst(["一"])), X)
add("xlsx-shared-strings-damaged", O, True, 0, "", "shared strings of the workbook",
    xlsx(opp_sheet(), shared=b"<sst><si><t>open</si></sst>"), X)
add("xlsx-header-from-missing-shared-strings", O, True, 1, "", "header row",
    xlsx(sheet_xml([]).replace(b"<sheetData>", ('<sheetData><row r="1">%s</row>' % "".join(SHARED_HEAD))
                                .encode("utf-8"))), X)

for name, ref, message in [("letters-after-digits", "1B", 'cell reference "1B" is not valid'),
                           ("row-zero", "B0", 'cell reference "B0" is not valid'),
                           ("four-letters", "ABCD3", 'cell reference "ABCD3" is not valid'),
                           ("range", "B3:C3", 'cell reference "B3:C3" is not valid'),
                           ("other-row", "B7", "cell B7 is not in row 3"),
                           ("no-row", "B", 'cell reference "B" is not valid')]:
    add("xlsx-cell-ref-" + name, O, False, 3, "title" if name != "other-row" else "title", message,
        xlsx(opp_sheet('<c r="A3" t="inlineStr"><is><t>C-3</t></is></c><c r="%s" t="inlineStr"><is><t>x</t></is></c>'
                       % ref + good_cells(3, skip=(0, 1)))), X)
add("xlsx-cell-ref-beyond-xfd", O, False, 3, "16384", "beyond the last column XFD",
    xlsx(opp_sheet(good_cells(3) + '<c r="XFE3"><v>1</v></c>')), X)
for name, r, message in [("zero", "0", 'row number "0"'), ("text", "abc", 'row number "abc"'),
                         ("beyond-excel", "1048577", 'row number "1048577"'), ("negative", "-3", 'row number "-3"')]:
    add("xlsx-row-number-" + name, O, False, 3, "external_id", message,
        xlsx(opp_sheet().replace(b"</sheetData>", ('<row r="%s">%s</row></sheetData>' % (r, good_cells(3)))
                                 .encode("utf-8"))), X)
add("xlsx-rows-out-of-order", O, False, 4, "external_id", "rows out of order",
    xlsx(opp_sheet(good_cells(3), extra_rows_xml='<row r="2">%s</row>' % good_cells(2).replace("C-2", "C-9"))), X)

FORMULA_NO_VALUE = "has no computed value"
add("xlsx-formula-without-value", O, False, 3, "amount", FORMULA_NO_VALUE,
    xlsx(opp_sheet(good_cells(3, skip=(4,)) + '<c r="E3"><f>SUM(E1:E2)</f></c>')), X)
add("xlsx-formula-string-without-value", O, False, 3, "title", FORMULA_NO_VALUE,
    xlsx(opp_sheet(good_cells(3, skip=(1,)) + '<c r="B3" t="str"><f>A2&amp;"x"</f></c>')), X)
add("xlsx-shared-formula-without-value", O, False, 3, "amount", FORMULA_NO_VALUE,
    xlsx(opp_sheet(good_cells(3, skip=(4,)) + '<c r="E3"><f t="shared" si="0"/></c>')), X)
add("xlsx-formula-hyperlink-without-value", O, False, 3, "source", FORMULA_NO_VALUE,
    xlsx(opp_sheet(good_cells(3, skip=(11,)) + '<c r="L3" t="str"><f>HYPERLINK("http://x","y")</f></c>')), X)
for err in ["#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?"]:
    add("xlsx-error-cell-" + err.strip("#!?/").replace("/", "").lower(), O, False, 3, "amount",
        "spreadsheet error " + err,
        xlsx(opp_sheet(good_cells(3, skip=(4,)) + '<c r="E3" t="e"><f>1/0</f><v>%s</v></c>' % escape(err))), X)
add("xlsx-formula-cached-negative-amount", O, False, 3, "amount", AMOUNT,
    xlsx(opp_sheet(good_cells(3, skip=(4,)) + '<c r="E3"><f>0-5</f><v>-5</v></c>')), X)
add("xlsx-formula-cached-feb-30-text", O, False, 3, "created_at", DATE_TIME,
    xlsx(opp_sheet(good_cells(3, skip=(8,)) + '<c r="I3" t="str"><f>"2026-02-30"</f><v>2026-02-30</v></c>')), X)

LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10)
                    for i in range(1, 10))
          + "]>")
DTD = "document type declaration"
add("xlsx-billion-laughs-sheet", O, True, 0, "", DTD,
    xlsx(opp_sheet('<c r="A3" t="inlineStr"><is><t>&lol9;</t></is></c>').replace(
        b"standalone=\"yes\"?>\n", ("standalone=\"yes\"?>\n" + LAUGHS).encode())), X)
add("xlsx-billion-laughs-shared-strings", O, True, 0, "", DTD,
    xlsx(opp_sheet(), shared=('<?xml version="1.0"?>' + LAUGHS + "<sst><si><t>&lol9;</t></si></sst>").encode()), X)
add("xlsx-billion-laughs-workbook", O, True, 0, "", DTD,
    xlsx(opp_sheet(), workbook=('<?xml version="1.0"?>' + LAUGHS + '<workbook><sheets><sheet name="&lol9;" '
                                'r:id="rId1"/></sheets></workbook>').encode()), X)
add("xlsx-billion-laughs-styles", O, True, 0, "", DTD,
    xlsx(opp_sheet(), styles=('<?xml version="1.0"?>' + LAUGHS + "<styleSheet/>").encode()), X)
add("xlsx-billion-laughs-rels", O, True, 0, "", DTD,
    xlsx(opp_sheet(), rels=('<?xml version="1.0"?>' + LAUGHS + "<Relationships/>").encode()), X)
add("xlsx-external-entity", O, True, 0, "", DTD,
    xlsx(opp_sheet('<c r="A3" t="inlineStr"><is><t>&xxe;</t></is></c>').replace(
        b"standalone=\"yes\"?>\n", b'standalone="yes"?>\n<!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')), X)
add("xlsx-quadratic-blowup", O, True, 0, "", DTD,
    xlsx(opp_sheet('<c r="A3" t="inlineStr"><is><t>%s</t></is></c>' % ("&a;" * 2000)).replace(
        b"standalone=\"yes\"?>\n", ('standalone="yes"?>\n<!DOCTYPE w [<!ENTITY a "%s">]>' % ("x" * 5000)).encode())),
    X)

# Generated by the test (large, or binary of a size not worth committing).
add("csv-field-10mb", O, False, 3, "商机名称", "longer than", generate="csv-field-10mb")
add("xlsx-cell-10mb", O, False, 3, "title", "cell longer than", generate="xlsx-cell-10mb")
add("xlsx-shared-string-2m-chars", O, True, 0, "", "longer than", generate="xlsx-shared-string-2m-chars")
add("xlsx-zip-bomb-sheet", O, True, 0, "", "zip bomb", generate="xlsx-zip-bomb-sheet")
add("xlsx-zip-bomb-shared-strings", O, True, 0, "", "zip bomb", generate="xlsx-zip-bomb-shared-strings")
add("xlsx-zip-bomb-lying-sizes", O, True, 0, "", "damaged or too large", generate="xlsx-zip-bomb-lying-sizes")
add("xlsx-zip-bomb-styles", O, True, 0, "", "zip bomb", generate="xlsx-zip-bomb-styles")
add("xlsx-far-columns", O, False, 3, "amount", AMOUNT, generate="xlsx-far-columns")


def main():
    if os.path.isdir(CASES):
        for f in os.listdir(CASES):
            os.remove(os.path.join(CASES, f))
    else:
        os.makedirs(CASES)
    for path, data in files.items():
        with open(os.path.join(HERE, path), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False, sort_keys=True) for c in manifest) + "\n]\n")
    print("%d cases (%d files, %d generated by the test)" % (len(manifest), len(files), len(manifest) - len(files)))


if __name__ == "__main__":
    main()
