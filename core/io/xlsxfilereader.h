#pragma once

#include "recordsource.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QXmlStreamReader>

namespace fd {

// Reads one worksheet (the first unless told) of an .xlsx file row by row (minizip + QXmlStreamReader,
// the sheet XML streamed in chunks). Shared and inline strings, numbers, booleans and
// dates (a number whose style is a date format) come out as text: numbers as written,
// dates as "YYYY-MM-DD" (or "YYYY-MM-DDTHH:MM:SS" with a time). Missing cells are empty
// fields (column letters give the index); empty rows are skipped. A formula cell gives
// the value Excel or WPS computed and saved with it. Throws ParseError.
//
// Hostile or damaged files are refused with a located message, never inflated or
// expanded without bound (tests/data/bad-input holds the cases):
// - any part inflates to at most 256 MiB, and a part larger than 1 MiB to at most 100
//   times its compressed size (a zip bomb stops while inflating; the sizes the zip
//   declares are not trusted); a bad CRC is refused;
// - a part with a DTD (<!DOCTYPE …>) is refused before any entity is expanded (billion
//   laughs, external entities): an .xlsx never has one;
// - a cell or shared string holds at most 1,048,576 characters;
// - cells up to column XFD (16,384) and rows 1 to 1,048,576, in increasing order; a cell
//   reference that is not valid or not in its row is an error of that record;
// - a formula cell without a computed value and a cell showing an error (#REF!, #N/A…)
//   are errors of their record (the value the user sees is unknown or wrong).
class XlsxFileReader final : public RecordSource
{
public:
    // Reads the first sheet, or the `sheetIndex`-th (0 = the first) of the workbook's sheets.
    explicit XlsxFileReader(const QString &path, int sheetIndex = 0);
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

    // The row number of a cell reference ("AA12" → 12), -1 when it has none.
    static qint64 referencedRow(const QString &cellReference);

private:
    // Opens the located part; returns its declared inflated size. Throws ParseError.
    qint64 openPart(const QString &name);
    // Throws when `inflated` bytes of the open part pass the size or the ratio limit.
    void checkInflated(const QString &name, qint64 inflated);
    QByteArray readWhole(const QString &name);
    void openSheet(const QString &name);
    bool feed();
    void loadWorkbook(int sheetIndex);
    void loadStyles();
    void loadSharedStrings();
    // Closes the open part and the zip file; safe to call twice.
    void closeZip() noexcept;

    QString m_path;
    void *m_zip = nullptr;
    bool m_sheetOpen = false;
    QXmlStreamReader m_xml;
    qint64 m_read = 0;
    qint64 m_fileSize = 0;
    qint64 m_partCompressed = 1; // compressed size of the open part
    qint64 m_lastRow = 0;        // row number of the last <row> read
    qint64 m_total = 0;
    QString m_sheetName;
    QString m_sheetPath;
    QStringList m_shared;
    QList<int> m_dateStyles;
    QList<CellType> m_types; // per cellXfs index: 0 no date, 1 date, 2 date-time
};

} // namespace fd
