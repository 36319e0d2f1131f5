#include "xlsxfilewriter.h"

#include "domain/errors.h"
#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTime>

#include <xlsxwriter.h>

namespace fd {

namespace {
// Sizing every row of a big export costs time and changes nothing after a while.
constexpr quint32 kMeasuredRows = 2000;

lxw_datetime toLxw(const QDate &d, const QTime &t = QTime(0, 0))
{
    return lxw_datetime{d.year(), d.month(), d.day(), t.hour(), t.minute(), double(t.second())};
}
} // namespace

XlsxFileWriter::XlsxFileWriter(const QString &path, const QString &sheetName, const QString &currency)
    : m_path(path)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray tmp = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char *>(tmp.constData());
    m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m_workbook)
        throw Error(QStringLiteral("Cannot create %1").arg(path));
    addSheet(sheetName);
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    format_set_pattern(m_header, LXW_PATTERN_SOLID);
    format_set_bg_color(m_header, 0xDDEBF7);
    format_set_bottom(m_header, LXW_BORDER_THIN);
    format_set_text_wrap(m_header);
    format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
    m_money = workbook_add_format(m_workbook);
    // The symbol quoted: letters in a number format are codes ("s" is seconds) unless quoted.
    format_set_num_format(
        m_money, (QLatin1Char('"') + money::symbol(currency) + QStringLiteral("\"#,##0.00")).toUtf8().constData());
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_timestamp = workbook_add_format(m_workbook);
    format_set_num_format(m_timestamp, "yyyy-mm-dd hh:mm:ss");
}

XlsxFileWriter::~XlsxFileWriter()
{
    if (m_workbook) {
        // Not finished (an exception or a cancel): free it and leave no half file behind.
        workbook_close(m_workbook);
        QFile::remove(m_path);
    }
}

void XlsxFileWriter::check(int error, const char *what)
{
    if (error != LXW_NO_ERROR)
        throw Error(QStringLiteral("Cannot write %1 (%2): %3")
                        .arg(m_path, QLatin1String(what), QString::fromUtf8(lxw_strerror(lxw_error(error)))));
}

void XlsxFileWriter::measure(int column, const QString &text)
{
    int width = 0;
    for (QChar c : text)
        width += c.unicode() >= 0x1100 ? 2 : 1; // CJK and full-width take two cells
    if (width > m_widths[column])
        m_widths[column] = width;
}

void XlsxFileWriter::begin(const QList<TableColumn> &columns)
{
    m_columns = columns;
    m_widths = QList<int>(columns.size(), 0);
    for (int c = 0; c < columns.size(); ++c) {
        check(worksheet_write_string(m_sheet, 0, lxw_col_t(c), columns[c].name.toUtf8().constData(), m_header),
              "header");
        measure(c, columns[c].name);
        // Typed columns have a known shape: give them room for their format.
        switch (columns[c].type) {
        case ColumnType::Money:
            m_widths[c] = qMax(m_widths[c], 14);
            break;
        case ColumnType::Date:
            m_widths[c] = qMax(m_widths[c], 11);
            break;
        case ColumnType::Timestamp:
            m_widths[c] = qMax(m_widths[c], 19);
            break;
        default:
            break;
        }
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
}

void XlsxFileWriter::writeRow(const QVariantList &cells)
{
    const bool measureRow = m_row <= kMeasuredRows;
    for (int c = 0; c < m_columns.size() && c < cells.size(); ++c) {
        const QVariant &v = cells[c];
        if (v.isNull() || !v.isValid())
            continue;
        const lxw_col_t col = lxw_col_t(c);
        switch (m_columns[c].type) {
        case ColumnType::Text: {
            const QString text = v.toString();
            if (text.isEmpty())
                break;
            check(worksheet_write_string(m_sheet, m_row, col, text.toUtf8().constData(), nullptr), "text");
            if (measureRow)
                measure(c, text.section(QLatin1Char('\n'), 0, 0));
            break;
        }
        case ColumnType::Integer:
            check(worksheet_write_number(m_sheet, m_row, col, double(v.toLongLong()), nullptr), "number");
            if (measureRow)
                measure(c, QString::number(v.toLongLong()));
            break;
        case ColumnType::Money: {
            const qint64 cents = v.toLongLong();
            check(worksheet_write_number(m_sheet, m_row, col, double(cents) / 100.0, m_money), "money");
            if (measureRow)
                measure(c, QStringLiteral("¥%1.00").arg(cents / 100 * 4 / 3)); // with thousands separators
            break;
        }
        case ColumnType::Date: {
            const QDate d = v.toDate();
            if (!d.isValid())
                break;
            lxw_datetime dt = toLxw(d);
            check(worksheet_write_datetime(m_sheet, m_row, col, &dt, m_date), "date");
            break;
        }
        case ColumnType::Timestamp: {
            const QDateTime t = v.toDateTime().toUTC();
            if (!t.isValid())
                break;
            lxw_datetime dt = toLxw(t.date(), t.time());
            check(worksheet_write_datetime(m_sheet, m_row, col, &dt, m_timestamp), "timestamp");
            break;
        }
        }
    }
    ++m_row;
}

void XlsxFileWriter::addSheet(const QString &sheetName)
{
    if (m_sheet)
        finishSheet();
    // Sheet names: at most 31 characters, none of []:*?/\ .
    QString name = sheetName.left(31);
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, QLatin1Char('_'));
    m_sheet = workbook_add_worksheet(m_workbook, name.isEmpty() ? nullptr : name.toUtf8().constData());
    if (!m_sheet)
        throw Error(QStringLiteral("Cannot add a worksheet to %1").arg(m_path));
    m_columns.clear();
    m_widths.clear();
    m_row = 0;
}

void XlsxFileWriter::finishSheet()
{
    for (int c = 0; c < m_columns.size(); ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), qBound(8, m_widths[c] + 2, 60), nullptr);
    if (!m_columns.isEmpty())
        worksheet_autofilter(m_sheet, 0, 0, m_row > 1 ? m_row - 1 : 1, lxw_col_t(m_columns.size() - 1));
}

void XlsxFileWriter::finish()
{
    finishSheet();
    lxw_workbook *wb = m_workbook;
    m_workbook = nullptr;
    check(workbook_close(wb), "close");
}

} // namespace fd
