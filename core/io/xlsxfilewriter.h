#pragma once

#include "tablesink.h"

#include <QList>
#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace fd {

// An .xlsx file, written with libxlsxwriter in constant-memory mode (rows go to a temporary
// file as they come). Numbers, money and dates are typed cells: money as a number formatted
// ¥#,##0.00 (the currency's symbol), dates as Excel dates. Bold header with a fill, frozen
// header row, an autofilter, columns sized to their content. One sheet, or more: addSheet()
// completes the sheet written so far and starts the next (begin() again for its header).
class XlsxFileWriter final : public TableSink
{
public:
    // Creates the file at `path` (overwritten). Throws Error.
    XlsxFileWriter(const QString &path, const QString &sheetName, const QString &currency = QStringLiteral("CNY"));
    ~XlsxFileWriter() override;
    XlsxFileWriter(const XlsxFileWriter &) = delete;
    XlsxFileWriter &operator=(const XlsxFileWriter &) = delete;

    void begin(const QList<TableColumn> &columns) override;
    void writeRow(const QVariantList &cells) override;
    void finish() override;
    // Completes the current sheet and starts another named `sheetName`.
    void addSheet(const QString &sheetName);

private:
    void finishSheet();
    void check(int error, const char *what);
    void measure(int column, const QString &text);

    QString m_path;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_money = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_timestamp = nullptr;
    QList<TableColumn> m_columns;
    QList<int> m_widths; // in character cells (a CJK character counts 2)
    quint32 m_row = 0;
};

} // namespace fd
