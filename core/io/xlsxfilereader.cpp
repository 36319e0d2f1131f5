#include "xlsxfilereader.h"
#include "domain/trcontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTime>

#include <unzip.h>

#include <cmath>

namespace fd {

namespace {

constexpr int kChunk = 64 * 1024;
// The limits (stated in the header): a zip bomb is refused while it inflates, not after.
constexpr qint64 kMaxPartSize = 256ll * 1024 * 1024;
constexpr qint64 kMaxRatio = 100;                // inflated : compressed, above 1 MiB
constexpr qint64 kRatioFloor = 1024 * 1024;      // a small part may compress better (empty rows)
constexpr qint64 kMaxReserve = 16 * 1024 * 1024; // the declared size is not trusted
constexpr int kMaxColumns = 16384;               // Excel's last column, XFD
constexpr qint64 kMaxRow = 1048576;              // Excel's last row
constexpr qsizetype kMaxCellChars = 1024 * 1024;

unzFile zip(void *p)
{
    return static_cast<unzFile>(p);
}

// A number format code shows a date when it has y/m/d (or h/s for time) outside quoted
// text, [colour/locale] brackets and escapes. Returns 0 none, 1 date, 2 date-time.
int dateKindOfFormat(const QString &code)
{
    bool date = false;
    bool time = false;
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (quoted) {
            quoted = c != QLatin1Char('"');
            continue;
        }
        if (bracket) {
            bracket = c != QLatin1Char(']');
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('[')) {
            bracket = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else {
            const QChar l = c.toLower();
            if (l == QLatin1Char('y') || l == QLatin1Char('d') || l == QLatin1Char('m'))
                date = true;
            else if (l == QLatin1Char('h') || l == QLatin1Char('s'))
                time = true;
        }
    }
    if (time)
        return 2;
    return date ? 1 : 0;
}

int dateKindOfBuiltin(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return 1;
    if ((id >= 18 && id <= 22) || id == 32 || id == 33 || (id >= 45 && id <= 47))
        return 2;
    return 0;
}

// The next token of a part. A DTD is refused before anything it declares can be expanded:
// an .xlsx never has one, and its entities are the "billion laughs" memory bomb.
QXmlStreamReader::TokenType nextToken(QXmlStreamReader &xml, const QString &part)
{
    const auto token = xml.readNext();
    if (token == QXmlStreamReader::DTD)
        throw ParseError(
            0, 0,
            Import::tr("%1 in the workbook has a document type declaration (<!DOCTYPE>), which an .xlsx never has")
                .arg(part));
    return token;
}

void checkPart(const QXmlStreamReader &xml, const QString &part)
{
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        throw ParseError(0, 0, Import::tr("%1 in the workbook is damaged: %2").arg(part, xml.errorString()));
}

QString attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.attributes().value(name).toString();
}

// A number as Excel stores it ("1234.5", "98765.42999999999", "1.2E-3"), shown the way
// Excel shows it: at most 15 significant digits, integers without a decimal point.
QString numberText(const QString &raw)
{
    const QString t = raw.trimmed();
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok)
        return t;
    if (std::abs(d) < 1e15 && d == std::floor(d))
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

// Text of an OOXML string (ST_Xstring): a character XML cannot hold (a CR, other control
// characters) is written "_xHHHH_", which libxlsxwriter and Excel do; "_x005F_" is '_'.
QString decodeXstring(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x')
            && text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

} // namespace

XlsxFileReader::XlsxFileReader(const QString &path, int sheetIndex)
    : m_path(path)
{
    m_fileSize = QFileInfo(path).size();
    m_zip = unzOpen64(QFile::encodeName(path).constData());
    if (!m_zip)
        throw ParseError(0, 0,
                         Import::tr("%1 is not an .xlsx file, or it is cut short (no zip directory at its end)")
                             .arg(QFileInfo(path).fileName()));
    // A constructor that throws gets no destructor call: close the file here, or every
    // rejected workbook keeps a file handle (and on Windows a lock on the user's file).
    try {
        loadWorkbook(sheetIndex);
        loadStyles();
        loadSharedStrings();
        openSheet(m_sheetPath);
    } catch (...) {
        closeZip();
        throw;
    }
}

XlsxFileReader::~XlsxFileReader()
{
    closeZip();
}

void XlsxFileReader::closeZip() noexcept
{
    if (m_sheetOpen)
        unzCloseCurrentFile(zip(m_zip));
    m_sheetOpen = false;
    if (m_zip)
        unzClose(zip(m_zip));
    m_zip = nullptr;
}

qint64 XlsxFileReader::openPart(const QString &name)
{
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip(m_zip), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || qint64(info.uncompressed_size) > kMaxPartSize || qint64(info.compressed_size) > m_fileSize)
        throw ParseError(0, 0, Import::tr("%1 in the workbook is damaged or too large").arg(name));
    if (unzOpenCurrentFile(zip(m_zip)) != UNZ_OK)
        throw ParseError(0, 0, Import::tr("cannot open %1 in the workbook (damaged or encrypted)").arg(name));
    m_partCompressed = qMax<qint64>(1, qint64(info.compressed_size));
    return qint64(info.uncompressed_size);
}

void XlsxFileReader::checkInflated(const QString &name, qint64 inflated)
{
    if (inflated > kMaxPartSize)
        throw ParseError(0, 0, Import::tr("%1 in the workbook is larger than %2 MB").arg(name).arg(kMaxPartSize >> 20));
    if (inflated > kRatioFloor && inflated / m_partCompressed > kMaxRatio)
        throw ParseError(0, 0,
                         Import::tr("%1 in the workbook inflates to more than %2 times its compressed size (a zip "
                                    "bomb?)")
                             .arg(name)
                             .arg(kMaxRatio));
}

QByteArray XlsxFileReader::readWhole(const QString &name)
{
    if (unzLocateFile(zip(m_zip), name.toUtf8().constData(), 2) != UNZ_OK)
        return {};
    const qint64 declared = openPart(name);
    QByteArray data;
    data.reserve(qsizetype(qMin(declared, kMaxReserve)));
    char buf[kChunk];
    for (;;) {
        const int n = unzReadCurrentFile(zip(m_zip), buf, kChunk);
        if (n < 0) {
            unzCloseCurrentFile(zip(m_zip));
            throw ParseError(0, 0, Import::tr("%1 in the workbook is damaged (cannot inflate)").arg(name));
        }
        if (n == 0)
            break;
        data.append(buf, n);
        try {
            checkInflated(name, data.size());
        } catch (...) {
            unzCloseCurrentFile(zip(m_zip));
            throw;
        }
    }
    if (unzCloseCurrentFile(zip(m_zip)) == UNZ_CRCERROR)
        throw ParseError(0, 0, Import::tr("%1 in the workbook is damaged (CRC error)").arg(name));
    return data;
}

void XlsxFileReader::loadWorkbook(int sheetIndex)
{
    const QByteArray workbook = readWhole(QStringLiteral("xl/workbook.xml"));
    if (workbook.isEmpty())
        throw ParseError(0, 0, Import::tr("%1 has no workbook (xl/workbook.xml)").arg(m_path));
    QString relId;
    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd() && relId.isEmpty()) {
        if (nextToken(xml, workbookPart) == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")
            && sheetIndex-- == 0) {
            m_sheetName = attribute(xml, QLatin1String("name"));
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("id"))
                    relId = a.value().toString();
            }
        }
    }
    checkPart(xml, workbookPart);
    m_sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    const QByteArray rels = readWhole(relsPart);
    QXmlStreamReader r(rels);
    while (!r.atEnd()) {
        if (nextToken(r, relsPart) == QXmlStreamReader::StartElement && r.name() == QLatin1String("Relationship")
            && attribute(r, QLatin1String("Id")) == relId) {
            const QString target = attribute(r, QLatin1String("Target"));
            m_sheetPath = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            break;
        }
    }
    checkPart(r, relsPart);
}

void XlsxFileReader::loadStyles()
{
    const QString part = QStringLiteral("xl/styles.xml");
    const QByteArray styles = readWhole(part);
    QHash<int, int> customFormats;
    QXmlStreamReader xml(styles);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = nextToken(xml, part);
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("numFmt")) {
                customFormats.insert(attribute(xml, QLatin1String("numFmtId")).toInt(),
                                     dateKindOfFormat(attribute(xml, QLatin1String("formatCode"))));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = attribute(xml, QLatin1String("numFmtId")).toInt();
                m_dateStyles.append(customFormats.contains(id) ? customFormats.value(id) : dateKindOfBuiltin(id));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    checkPart(xml, part);
}

void XlsxFileReader::loadSharedStrings()
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    const QByteArray data = readWhole(part);
    if (data.isEmpty())
        return;
    QXmlStreamReader xml(data);
    QString current;
    bool inPhonetic = false;
    bool inText = false;
    while (!xml.atEnd()) {
        const auto token = nextToken(xml, part);
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("si"))
                current.clear();
            else if (xml.name() == QLatin1String("rPh"))
                inPhonetic = true;
            else if (xml.name() == QLatin1String("t"))
                inText = !inPhonetic;
        } else if (token == QXmlStreamReader::Characters && inText) {
            if (current.size() + xml.text().size() > kMaxCellChars)
                throw ParseError(0, 0,
                                 Import::tr("shared string %1 is longer than %2 characters")
                                     .arg(m_shared.size())
                                     .arg(kMaxCellChars));
            current += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("si"))
                m_shared.append(decodeXstring(current));
            else if (xml.name() == QLatin1String("rPh"))
                inPhonetic = false;
            else if (xml.name() == QLatin1String("t"))
                inText = false;
        }
    }
    if (xml.hasError())
        throw ParseError(
            0, 0, Import::tr("the shared strings of the workbook (%1) are damaged: %2").arg(part, xml.errorString()));
}

void XlsxFileReader::openSheet(const QString &name)
{
    if (unzLocateFile(zip(m_zip), name.toUtf8().constData(), 2) != UNZ_OK)
        throw ParseError(0, 0, Import::tr("the workbook has no worksheet %1").arg(name));
    m_total = openPart(name);
    m_sheetOpen = true;
}

bool XlsxFileReader::feed()
{
    if (!m_sheetOpen)
        return false;
    char buf[kChunk];
    const int n = unzReadCurrentFile(zip(m_zip), buf, kChunk);
    if (n < 0)
        throw ParseError(m_lastRow, 0, Import::tr("the worksheet is damaged (cannot inflate)"));
    if (n == 0) {
        const int closed = unzCloseCurrentFile(zip(m_zip));
        m_sheetOpen = false;
        if (closed == UNZ_CRCERROR)
            throw ParseError(m_lastRow, 0, Import::tr("the worksheet is damaged (CRC error)"));
        return false;
    }
    m_read += n;
    checkInflated(m_sheetPath, m_read);
    m_xml.addData(QByteArray(buf, n));
    return true;
}

bool XlsxFileReader::next(SourceRecord &record)
{
    enum class Text { None, Value, Inline, Formula };
    record.fields.clear();
    record.error.clear();
    record.errorColumn = 0;

    bool inRow = false;
    qint64 rowNumber = m_lastRow;
    int nextColumn = 0;
    int column = 0;
    QString type;
    int style = 0;
    QString value;
    QString formula;
    bool hasFormula = false;
    bool hasValue = false;
    Text text = Text::None;
    bool inPhonetic = false;
    bool tooLong = false;
    // The first problem of the row, at its 1-based column.
    auto fail = [&record](int at, const QString &reason) {
        if (record.error.isEmpty()) {
            record.error = reason;
            record.errorColumn = at;
        }
    };

    for (;;) {
        const auto token = nextToken(m_xml, m_sheetPath);
        if (m_xml.hasError()) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (feed())
                    continue;
                throw ParseError(rowNumber + (inRow ? 0 : 1), 0,
                                 Import::tr("the worksheet ends in the middle (truncated file)"));
            }
            throw ParseError(rowNumber + (inRow ? 0 : 1), 0,
                             Import::tr("the worksheet is damaged: %1").arg(m_xml.errorString()));
        }
        if (token == QXmlStreamReader::EndDocument) {
            // Inflate to the end of the part, whose CRC is checked only there.
            while (feed()) {
            }
            return false;
        }
        if (token == QXmlStreamReader::StartElement) {
            const auto name = m_xml.name();
            if (name == QLatin1String("row")) {
                inRow = true;
                record.fields.clear();
                m_types.clear();
                nextColumn = 0;
                const QString r = attribute(m_xml, QLatin1String("r"));
                bool ok = true;
                rowNumber = r.isEmpty() ? m_lastRow + 1 : r.toLongLong(&ok);
                if (!ok || rowNumber < 1 || rowNumber > kMaxRow) {
                    rowNumber = m_lastRow + 1;
                    fail(1, Import::tr("row number \"%1\" is not a row of a worksheet (1 to %2)").arg(r).arg(kMaxRow));
                } else if (rowNumber <= m_lastRow) {
                    const qint64 previous = m_lastRow;
                    rowNumber = m_lastRow + 1;
                    fail(1, Import::tr("row %1 comes after row %2 (rows out of order)").arg(r).arg(previous));
                }
                m_lastRow = rowNumber;
                record.line = rowNumber;
            } else if (inRow && name == QLatin1String("c")) {
                const QString ref = attribute(m_xml, QLatin1String("r"));
                column = ref.isEmpty() ? nextColumn : columnIndex(ref);
                if (!ref.isEmpty() && (column < 0 || referencedRow(ref) != rowNumber)) {
                    fail(nextColumn + 1, column < 0 || referencedRow(ref) <= 0
                                             ? Import::tr("cell reference \"%1\" is not valid").arg(ref)
                                             : Import::tr("cell %1 is not in row %2").arg(ref).arg(rowNumber));
                    column = -1;
                }
                type = attribute(m_xml, QLatin1String("t"));
                style = attribute(m_xml, QLatin1String("s")).toInt();
                value.clear();
                formula.clear();
                hasFormula = false;
                hasValue = false;
                tooLong = false;
            } else if (inRow && name == QLatin1String("v")) {
                text = Text::Value;
                hasValue = true;
            } else if (inRow && name == QLatin1String("f")) {
                text = Text::Formula;
                hasFormula = true;
            } else if (inRow && name == QLatin1String("rPh")) {
                inPhonetic = true;
            } else if (inRow && name == QLatin1String("t") && !inPhonetic) {
                text = Text::Inline;
                hasValue = true;
            }
        } else if (token == QXmlStreamReader::Characters && text == Text::Formula) {
            if (formula.size() < 200) // shown in a message only
                formula += m_xml.text().left(200);
        } else if (token == QXmlStreamReader::Characters && text != Text::None) {
            if (value.size() + m_xml.text().size() > kMaxCellChars)
                tooLong = true;
            else
                value += m_xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const auto name = m_xml.name();
            if (name == QLatin1String("v") || name == QLatin1String("t") || name == QLatin1String("f")) {
                text = Text::None;
            } else if (name == QLatin1String("rPh")) {
                inPhonetic = false;
            } else if (inRow && name == QLatin1String("c")) {
                if (column < 0)
                    continue; // a bad reference, reported above
                if (column >= kMaxColumns) {
                    fail(kMaxColumns, Import::tr("cell reference beyond the last column XFD"));
                    continue;
                }
                QString cell;
                CellType cellType = CellType::Text;
                if (hasFormula && !hasValue) {
                    // A formula whose result was never computed (written by a program, not
                    // saved by Excel or WPS): what it shows is unknown.
                    fail(column + 1, Import::tr("the formula =%1 has no computed value: open and save the file in "
                                                "Excel or WPS, or paste the values")
                                         .arg(formula));
                } else if (type == QLatin1String("e")) {
                    fail(column + 1, Import::tr("the cell shows the spreadsheet error %1").arg(value.trimmed()));
                } else if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.trimmed().toInt(&ok);
                    if (ok && index >= 0 && index < m_shared.size())
                        cell = m_shared.at(index);
                    else
                        fail(column + 1, m_shared.isEmpty()
                                             ? Import::tr("refers to a shared string but the workbook "
                                                          "has none (xl/sharedStrings.xml missing)")
                                             : Import::tr("refers to a shared string that does not exist"));
                } else if (type == QLatin1String("b")) {
                    cell = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                    cellType = CellType::Boolean;
                } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")) {
                    cell = decodeXstring(value);
                } else if (type == QLatin1String("d")) {
                    cell = value;
                } else if (!value.isEmpty()) {
                    const int kind = style >= 0 && style < m_dateStyles.size() ? m_dateStyles.at(style) : 0;
                    bool ok = false;
                    const double serial = value.trimmed().toDouble(&ok);
                    // Excel's dates run from serial 1 (1900-01-01) to 2958465 (9999-12-31).
                    if (kind != 0 && ok && serial >= 1.0 && serial < 2958466.0) {
                        cell = serialToText(serial, kind == 2 || serial != std::floor(serial));
                        cellType = CellType::Date;
                    } else {
                        cell = numberText(value);
                        cellType = CellType::Number;
                    }
                }
                if (tooLong) {
                    fail(column + 1, Import::tr("cell longer than %1 characters").arg(kMaxCellChars));
                    cell.clear();
                }
                if (record.fields.size() <= column)
                    record.fields.resize(column + 1);
                record.fields[column] = cell;
                if (m_types.size() <= column)
                    m_types.resize(column + 1, CellType::Empty);
                m_types[column] = cell.isEmpty() ? CellType::Empty : cellType;
                nextColumn = column + 1;
            } else if (name == QLatin1String("row")) {
                inRow = false;
                bool empty = record.ok();
                for (const QString &f : std::as_const(record.fields))
                    empty = empty && f.isEmpty();
                if (!empty)
                    return true;
            }
        }
    }
}

qint64 XlsxFileReader::referencedRow(const QString &ref)
{
    qsizetype i = 0;
    while (i < ref.size() && ref.at(i).isLetter())
        ++i;
    bool ok = false;
    const qint64 row = ref.mid(i).toLongLong(&ok);
    return ok && i > 0 && ref.at(ref.size() - 1).isDigit() && ref.mid(i).at(0).isDigit() ? row : -1;
}

int XlsxFileReader::columnIndex(const QString &ref)
{
    int index = 0;
    int letters = 0;
    for (QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < 'A' || u > 'Z')
            break;
        index = index * 26 + (u - 'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : index - 1;
}

QString XlsxFileReader::serialToText(double serial, bool withTime)
{
    // Excel's 1900 system counts a 29 February 1900 that never was: serials from 61
    // on are one day ahead of a plain count from 1899-12-31.
    qint64 days = qint64(std::floor(serial));
    const QDate base = days >= 61 ? QDate(1899, 12, 30) : QDate(1899, 12, 31);
    const QDate date = base.addDays(days);
    if (!withTime)
        return date.toString(Qt::ISODate);
    const int seconds = int(std::lround((serial - double(days)) * 86400.0));
    const QDateTime t(date, QTime(0, 0), Qt::UTC);
    return t.addSecs(seconds).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace fd
