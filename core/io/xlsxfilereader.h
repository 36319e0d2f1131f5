#pragma once

#include "recordsource.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QXmlStreamReader>

namespace fd {

// Reads the first worksheet of an .xlsx file row by row (minizip + QXmlStreamReader,
// the sheet XML streamed in chunks). Shared and inline strings, numbers, booleans and
// dates (a number whose style is a date format) come out as text: numbers as written,
// dates as "YYYY-MM-DD" (or "YYYY-MM-DDTHH:MM:SS" with a time). Missing cells are empty
// fields (column letters give the index); empty rows are skipped. Throws ParseError.
class XlsxFileReader final : public RecordSource
{
public:
    explicit XlsxFileReader(const QString &path);
    ~XlsxFileReader() override;
    XlsxFileReader(const XlsxFileReader &) = delete;
    XlsxFileReader &operator=(const XlsxFileReader &) = delete;

    bool next(SourceRecord &record) override;
    qint64 position() const override { return m_read; }
    qint64 total() const override { return m_total; }
    bool hasSerialDates() const override { return true; }

    // What each cell of the last row returned was stored as (typed cells stay typed).
    enum class CellType { Empty, Text, Number, Date, Boolean };
    const QList<CellType> &cellTypes() const { return m_types; }

    // Name of the sheet being read.
    QString sheetName() const { return m_sheetName; }

    // "B" → 1, "AA" → 26: the 0-based column of a cell reference like "AA12".
    static int columnIndex(const QString &cellReference);
    // An Excel serial day number (1900 system) as a date / date-time text.
    static QString serialToText(double serial, bool withTime);

private:
    QByteArray readWhole(const QString &name);
    void openSheet(const QString &name);
    bool feed();
    void loadWorkbook();
    void loadStyles();
    void loadSharedStrings();

    QString m_path;
    void *m_zip = nullptr;
    bool m_sheetOpen = false;
    QXmlStreamReader m_xml;
    qint64 m_read = 0;
    qint64 m_total = 0;
    QString m_sheetName;
    QString m_sheetPath;
    QStringList m_shared;
    QList<int> m_dateStyles;
    QList<CellType> m_types; // per cellXfs index: 0 no date, 1 date, 2 date-time
};

} // namespace fd
