#pragma once

#include <QIODevice>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

namespace fd {

// How an exported column is typed: spreadsheets get real numbers and dates.
enum class ColumnType {
    Text,     // QString
    Integer,  // qint64
    Money,    // qint64 cents → a number with the ¥ format in XLSX, "1234.50" in CSV
    Date,     // QDate → a date cell / "YYYY-MM-DD"
    Timestamp // QDateTime (UTC) → a date-time cell / ISO 8601 with Z
};

struct TableColumn
{
    QString name;
    ColumnType type = ColumnType::Text;
};

// Where an exported table goes, one row at a time (a 100,000-row export never sits in
// memory). Cells are QVariants of the column's type; a null QVariant is an empty cell.
// Throws Error when the file cannot be written.
class TableSink
{
public:
    virtual ~TableSink() = default;
    // Writes the header row.
    virtual void begin(const QList<TableColumn> &columns) = 0;
    // Writes one data row (as many cells as columns).
    virtual void writeRow(const QVariantList &cells) = 0;
    // Completes the file (XLSX is assembled here).
    virtual void finish() = 0;
};

// CSV per RFC 4180, UTF-8 with BOM, CRLF; text that looks like a formula is guarded.
std::unique_ptr<TableSink> makeCsvSink(QIODevice &device);
// The text a CSV cell holds for a typed value (also used by the preview).
QString csvCellText(const QVariant &value, ColumnType type);

} // namespace fd
