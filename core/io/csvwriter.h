#pragma once

#include <QStringList>

class QIODevice;

namespace fd {

struct CsvWriteOptions
{
    // Excel opens a CSV as the system code page unless it starts with a UTF-8 BOM.
    bool byteOrderMark = true;
    char separator = ',';
};

// RFC 4180 writer: UTF-8, CRLF record ends, fields quoted when they hold the separator,
// a quote, a line break or outer spaces (quotes doubled). Throws Error when the
// device refuses a write (disk full).
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice &device, const CsvWriteOptions &options = {});

    // Writes one record.
    void writeRow(const QStringList &fields);

    // Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
    // leading apostrophe (CSV injection); stripFormulaGuard() undoes it on import.
    static QString guardFormula(const QString &text);
    static QString stripFormulaGuard(const QString &text);

private:
    void write(const QByteArray &bytes);

    QIODevice &m_device;
    CsvWriteOptions m_options;
    bool m_started = false;
};

} // namespace fd
