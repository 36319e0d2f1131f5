#include "xlsxfilereader.h"
#include "domain/trcontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QTime>

#include <unzip.h>

#include <cmath>

namespace fd {

namespace {

constexpr int kChunk = 64 * 1024;
constexpr qint64 kMaxPartSize = 256ll * 1024 * 1024; // a zip bomb is refused, not inflated
constexpr int kMaxColumns = 16384;                   // Excel's last column, XFD
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

XlsxFileReader::XlsxFileReader(const QString &path)
    : m_path(path)
{
    m_zip = unzOpen64(QFile::encodeName(path).constData());
    if (!m_zip)
        throw ParseError(0, 0, Import::tr("%1 is not an .xlsx file (not a zip archive)").arg(path));
    loadWorkbook();
    loadStyles();
    loadSharedStrings();
    openSheet(m_sheetPath);
}

XlsxFileReader::~XlsxFileReader()
{
    if (m_sheetOpen)
        unzCloseCurrentFile(zip(m_zip));
    if (m_zip)
        unzClose(zip(m_zip));
}

QByteArray XlsxFileReader::readWhole(const QString &name)
{
    if (unzLocateFile(zip(m_zip), name.toUtf8().constData(), 2) != UNZ_OK)
        return {};
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip(m_zip), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || qint64(info.uncompressed_size) > kMaxPartSize)
        throw ParseError(0, 0, Import::tr("%1 in the workbook is damaged or too large").arg(name));
    if (unzOpenCurrentFile(zip(m_zip)) != UNZ_OK)
        throw ParseError(0, 0, Import::tr("cannot open %1 in the workbook").arg(name));
    QByteArray data;
    data.reserve(qsizetype(info.uncompressed_size));
    char buf[kChunk];
    for (;;) {
        const int n = unzReadCurrentFile(zip(m_zip), buf, kChunk);
        if (n < 0) {
            unzCloseCurrentFile(zip(m_zip));
            throw ParseError(0, 0, Import::tr("%1 in the workbook is damaged").arg(name));
        }
        if (n == 0)
            break;
        data.append(buf, n);
        if (data.size() > kMaxPartSize) {
            unzCloseCurrentFile(zip(m_zip));
            throw ParseError(0, 0, Import::tr("%1 in the workbook is damaged or too large").arg(name));
        }
    }
    unzCloseCurrentFile(zip(m_zip));
    return data;
}

void XlsxFileReader::loadWorkbook()
{
    const QByteArray workbook = readWhole(QStringLiteral("xl/workbook.xml"));
    if (workbook.isEmpty())
        throw ParseError(0, 0, Import::tr("%1 has no workbook (xl/workbook.xml)").arg(m_path));
    QString relId;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd() && relId.isEmpty()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
            m_sheetName = attribute(xml, QLatin1String("name"));
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("id"))
                    relId = a.value().toString();
            }
        }
    }
    m_sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    const QByteArray rels = readWhole(QStringLiteral("xl/_rels/workbook.xml.rels"));
    QXmlStreamReader r(rels);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("Relationship")
            && attribute(r, QLatin1String("Id")) == relId) {
            const QString target = attribute(r, QLatin1String("Target"));
            m_sheetPath = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            break;
        }
    }
}

void XlsxFileReader::loadStyles()
{
    const QByteArray styles = readWhole(QStringLiteral("xl/styles.xml"));
    QHash<int, int> customFormats;
    QXmlStreamReader xml(styles);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
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
}

void XlsxFileReader::loadSharedStrings()
{
    const QByteArray data = readWhole(QStringLiteral("xl/sharedStrings.xml"));
    if (data.isEmpty())
        return;
    QXmlStreamReader xml(data);
    QString current;
    bool inPhonetic = false;
    bool inText = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("si"))
                current.clear();
            else if (xml.name() == QLatin1String("rPh"))
                inPhonetic = true;
            else if (xml.name() == QLatin1String("t"))
                inText = !inPhonetic;
        } else if (token == QXmlStreamReader::Characters && inText) {
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
        throw ParseError(xml.lineNumber(), 0,
                         Import::tr("the shared strings of the workbook are damaged: %1").arg(xml.errorString()));
}

void XlsxFileReader::openSheet(const QString &name)
{
    if (unzLocateFile(zip(m_zip), name.toUtf8().constData(), 2) != UNZ_OK)
        throw ParseError(0, 0, Import::tr("the workbook has no worksheet %1").arg(name));
    unz_file_info64 info{};
    unzGetCurrentFileInfo64(zip(m_zip), &info, nullptr, 0, nullptr, 0, nullptr, 0);
    m_total = qint64(info.uncompressed_size);
    if (unzOpenCurrentFile(zip(m_zip)) != UNZ_OK)
        throw ParseError(0, 0, Import::tr("cannot open the worksheet %1").arg(name));
    m_sheetOpen = true;
}

bool XlsxFileReader::feed()
{
    if (!m_sheetOpen)
        return false;
    char buf[kChunk];
    const int n = unzReadCurrentFile(zip(m_zip), buf, kChunk);
    if (n < 0)
        throw ParseError(0, 0, Import::tr("the worksheet is damaged (cannot inflate)"));
    if (n == 0) {
        unzCloseCurrentFile(zip(m_zip));
        m_sheetOpen = false;
        return false;
    }
    m_read += n;
    if (m_read > kMaxPartSize)
        throw ParseError(0, 0, Import::tr("the worksheet is too large"));
    m_xml.addData(QByteArray(buf, n));
    return true;
}

bool XlsxFileReader::next(SourceRecord &record)
{
    enum class Text { None, Value, Inline };
    record.fields.clear();
    record.error.clear();
    record.errorColumn = 0;

    bool inRow = false;
    qint64 rowNumber = 0;
    int nextColumn = 0;
    int column = 0;
    QString type;
    int style = 0;
    QString value;
    Text text = Text::None;
    bool inPhonetic = false;
    bool tooLong = false;

    for (;;) {
        const auto token = m_xml.readNext();
        if (m_xml.hasError()) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (feed())
                    continue;
                throw ParseError(rowNumber, 0, Import::tr("the worksheet ends in the middle (truncated file)"));
            }
            throw ParseError(rowNumber, 0, Import::tr("the worksheet is damaged: %1").arg(m_xml.errorString()));
        }
        if (token == QXmlStreamReader::EndDocument)
            return false;
        if (token == QXmlStreamReader::StartElement) {
            const auto name = m_xml.name();
            if (name == QLatin1String("row")) {
                inRow = true;
                record.fields.clear();
                m_types.clear();
                nextColumn = 0;
                const QString r = attribute(m_xml, QLatin1String("r"));
                rowNumber = r.isEmpty() ? rowNumber + 1 : r.toLongLong();
                record.line = rowNumber;
            } else if (inRow && name == QLatin1String("c")) {
                const QString ref = attribute(m_xml, QLatin1String("r"));
                column = ref.isEmpty() ? nextColumn : columnIndex(ref);
                type = attribute(m_xml, QLatin1String("t"));
                style = attribute(m_xml, QLatin1String("s")).toInt();
                value.clear();
                tooLong = false;
            } else if (inRow && name == QLatin1String("v")) {
                text = Text::Value;
            } else if (inRow && name == QLatin1String("rPh")) {
                inPhonetic = true;
            } else if (inRow && name == QLatin1String("t") && !inPhonetic) {
                text = Text::Inline;
            }
        } else if (token == QXmlStreamReader::Characters && text != Text::None) {
            if (value.size() + m_xml.text().size() > kMaxCellChars)
                tooLong = true;
            else
                value += m_xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const auto name = m_xml.name();
            if (name == QLatin1String("v") || name == QLatin1String("t")) {
                text = Text::None;
            } else if (name == QLatin1String("rPh")) {
                inPhonetic = false;
            } else if (inRow && name == QLatin1String("c")) {
                if (column < 0 || column >= kMaxColumns) {
                    if (record.error.isEmpty()) {
                        record.error = Import::tr("cell reference beyond the last column XFD");
                        record.errorColumn = kMaxColumns;
                    }
                    continue;
                }
                QString cell;
                CellType cellType = CellType::Text;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.trimmed().toInt(&ok);
                    if (ok && index >= 0 && index < m_shared.size())
                        cell = m_shared.at(index);
                    else if (record.error.isEmpty()) {
                        record.error = Import::tr("refers to a shared string that does not exist");
                        record.errorColumn = column + 1;
                    }
                } else if (type == QLatin1String("b")) {
                    cell = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                    cellType = CellType::Boolean;
                } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")) {
                    cell = decodeXstring(value);
                } else if (type == QLatin1String("e") || type == QLatin1String("d")) {
                    cell = value;
                } else if (!value.isEmpty()) {
                    const int kind = style >= 0 && style < m_dateStyles.size() ? m_dateStyles.at(style) : 0;
                    bool ok = false;
                    const double serial = value.trimmed().toDouble(&ok);
                    if (kind != 0 && ok) {
                        cell = serialToText(serial, kind == 2 || serial != std::floor(serial));
                        cellType = CellType::Date;
                    } else {
                        cell = numberText(value);
                        cellType = CellType::Number;
                    }
                }
                if (tooLong && record.error.isEmpty()) {
                    record.error = Import::tr("cell longer than %1 characters").arg(kMaxCellChars);
                    record.errorColumn = column + 1;
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
