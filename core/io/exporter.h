#pragma once

#include "datakind.h"
#include "tablesink.h"

#include <QString>

#include <functional>
#include <memory>

namespace fd {

class Database;

enum class ExportFormat { Csv, Xlsx };

// "csv" / "xlsx".
QString toString(ExportFormat format);
std::optional<ExportFormat> parseExportFormat(const QString &text);

// Called every few hundred rows with rows done and the total; returning false cancels.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// Opens a table file for writing: CSV through a QSaveFile (the file appears only when
// finished) or XLSX. A sink destroyed before finish() leaves no file. Throws Error.
std::unique_ptr<TableSink> openTableFile(ExportFormat format, const QString &path, const QString &sheetName);

// Writes every stored record of a kind with its canonical columns (names, not ids), so
// that the file imports back as the same kind. Streams rows: memory stays flat.
class Exporter final
{
public:
    explicit Exporter(Database &db)
        : m_db(db)
    {
    }

    // Writes `kind` to `path`. Returns the number of data rows. A cancel (progress
    // returning false) removes the file and returns -1. Throws Error.
    qint64 exportKind(DataKind kind, ExportFormat format, const QString &path, const ProgressCallback &progress = {});

    // Streams `kind` into an open sink (header included). Returns rows, -1 if cancelled.
    qint64 write(DataKind kind, TableSink &sink, const ProgressCallback &progress = {});

private:
    Database &m_db;
};

} // namespace fd
