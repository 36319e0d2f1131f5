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

    // CSV injection (OWASP): text that Excel or WPS would run as a formula, i.e. that
    // begins with =, +, -, @, tab or CR, is written with a leading apostrophe, which the
    // spreadsheet takes as "this cell is text" and does not show. So that the import can
    // tell the guard from an apostrophe the text really begins with, text of the form
    // "'…'=…" (apostrophes, then a formula character) is guarded too: the rule is
    //   guard:  text matching ^'*[=+\-@\t\r]  gets one more ' in front;
    //   strip:  text matching ^'+[=+\-@\t\r]  loses one ' from the front;
    // so stripFormulaGuard(guardFormula(t)) == t for every t, and an apostrophe before
    // anything else ("'80后" or "'quoted") is left alone both ways.
    static bool needsFormulaGuard(const QString &text);
    static QString guardFormula(const QString &text);
    static QString stripFormulaGuard(const QString &text);

private:
    void write(const QByteArray &bytes);

    QIODevice &m_device;
    CsvWriteOptions m_options;
    bool m_started = false;
};

} // namespace fd
