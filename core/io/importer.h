#pragma once

#include "datakind.h"
#include "domain/errors.h"
#include "duplicatepolicy.h"
#include "textencoding.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fd {

class Database;

struct ImportOptions
{
    DataKind kind = DataKind::Opportunities;
    // CSV only: nullopt = detect (BOM, UTF-8 validity, GB18030 vs Big5).
    std::optional<TextEncoding> encoding;
    // Source header → canonical column ("" ignores the column); overrides the
    // automatic mapping by Chinese and English names.
    QHash<QString, QString> mapping;
    // Create referenced customers, users (as reps), teams, regions, products, campaigns
    // and stages that do not exist yet (reported in ImportResult::created).
    bool createMissing = false;
    // Validate and run everything, then roll back: nothing is stored.
    bool dryRun = false;
    // Import the valid rows even when some are rejected (otherwise all or nothing).
    bool skipInvalid = false;
    // Leads, customers and contacts that duplicate a stored record or an earlier row.
    DuplicatePolicy onDuplicate = DuplicatePolicy::Reject;
    // The reason of a lost deal that has none; nullopt = the office setting
    // (importdefaults::lostReason).
    std::optional<QString> defaultLostReason;
    // Parsed rows returned for a preview.
    int previewRows = 20;
    // Located errors kept in the result (all are counted and go to the report).
    int maxErrorsKept = 1000;
    // When set, every rejected row is written there as CSV (line, reasons, the row).
    QString rejectedReportPath;
    // Rebuild secondary indexes once at the end instead of row by row (SQLite): nullopt
    // decides by size (a large file into a comparatively small table).
    std::optional<bool> deferIndexes;
    // Called with bytes read and the file size; returning false cancels (nothing stored).
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct ImportResult
{
    QString format; // "CSV" or "XLSX"
    TextEncoding encoding = TextEncoding::Utf8;
    bool encodingDetected = false;
    QStringList sourceHeader;
    QList<QPair<QString, QString>> columnMap; // source header → canonical column
    QStringList ignoredColumns;               // source headers that map to nothing: not imported
    qint64 rowsRead = 0;                      // = imported + merged + skipped + rejected
    qint64 rowsImported = 0;                  // stored as new records (or, in a dry run, that would be)
    qint64 rowsRejected = 0;
    qint64 rowsSkipped = 0;          // duplicates left out (DuplicatePolicy::Skip)
    qint64 rowsMerged = 0;           // duplicates merged into the earlier record (DuplicatePolicy::Merge)
    qint64 duplicatesKept = 0;       // duplicates stored as well (DuplicatePolicy::Keep), among rowsImported
    qint64 lostReasonsDefaulted = 0; // lost deals stored with defaultLostReason
    QString defaultLostReason;       // the reason they got
    // Located notes on rows that were not errors: duplicates skipped, kept or merged (with
    // the fields merge filled), deals sharing customer and title but not their external
    // id. The first maxErrorsKept, in file order; noticeCount counts them all.
    QList<FieldError> notices;
    qint64 noticeCount = 0;
    qint64 batchId = 0; // the import's audit event (import_batches.id) once committed
    qint64 errorCount = 0;
    QList<FieldError> errors;   // the first maxErrorsKept, in file order
    QStringList previewColumns; // canonical names of the preview rows
    QList<QStringList> preview; // the first previewRows rows, cleaned
    QStringList created;        // "customer: 星河科技", … (created or, dry run, to be)
    bool committed = false;
    bool cancelled = false;
};

// Imports a CSV or XLSX file of one kind into the database, streaming it row by row.
// Every row is validated (located errors: line, column, value, reason), references
// are resolved by name through cached lookups, duplicates (against stored records and
// earlier rows of the file) follow ImportOptions::onDuplicate — deals are duplicates only
// by external id, or by customer and title when they have none — a lost deal without a
// reason gets the default one, and everything happens in ONE transaction:
// unless the whole file is valid (or skipInvalid), nothing is stored; a cancel or any
// failure leaves the database exactly as it was.
class Importer final
{
public:
    explicit Importer(Database &db)
        : m_db(db)
    {
    }

    // Runs the import. Throws ParseError for a file that cannot be read (unterminated
    // quote, not an .xlsx…) and Error for a header that lacks required columns; in
    // both cases nothing is stored.
    ImportResult run(const QString &path, const ImportOptions &options);

    // Reads a mapping file: a JSON object {"源列名": "canonical_column", …}. Throws Error.
    static QHash<QString, QString> loadMapping(const QString &jsonPath);

    // Canonical column for each source header (empty = ignored), automatic names
    // overridden by `mapping`. Throws Error on an unknown target or a column mapped twice.
    static QStringList mapHeader(DataKind kind, const QStringList &header, const QHash<QString, QString> &mapping);

private:
    Database &m_db;
};

} // namespace fd
