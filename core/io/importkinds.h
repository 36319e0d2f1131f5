#pragma once

#include "datakind.h"
#include "domain/errors.h"
#include "duplicatepolicy.h"
#include "importrefs.h"
#include "recordsource.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace fd {

class Database;
class ImportLog;

// One source row as a kind importer sees it: values by canonical column index, and a
// place for located errors (the column named as in the user's header).
class ImportRow final
{
public:
    // formulaGuards: the source is a CSV, whose text may carry the apostrophe our CSV
    // export puts before formula-like text (CsvWriter::guardFormula). An .xlsx holds text
    // cells as they are (a string cell is never a formula), so nothing is removed there.
    ImportRow(const QString &entity, const QStringList &canonical, const QList<int> &sourceIndex,
              const QStringList &sourceHeader, bool serialDates, bool formulaGuards = true);

    void reset(const SourceRecord &record);
    // Trimmed cell text of canonical column `column` (empty when absent); in a CSV, the
    // formula guard of our export (one leading ') is removed.
    QString value(int column) const;
    bool present(int column) const { return m_sourceIndex.at(column) >= 0; }
    qint64 line() const { return m_record->line; }
    bool serialDates() const { return m_serialDates; }

    // Adds a located error for `column` (-1: the row as a whole).
    void error(int column, const QString &value, const QString &reason);
    // Adds an error found while reading the record (1-based source column).
    void sourceError(int sourceColumn, const QString &reason);
    bool ok() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }

    // A located note that is not an error (a duplicate skipped, kept or merged…).
    void notice(int column, const QString &value, const QString &reason);
    const QList<FieldError> &notices() const { return m_notices; }
    // What became of a valid row that was not stored as a new record.
    enum class Handled { No, Skipped, Merged };
    void setHandled(Handled handled) { m_handled = handled; }
    Handled handled() const { return m_handled; }

private:
    QString m_entity;
    const QStringList &m_canonical;
    const QList<int> &m_sourceIndex;
    const QStringList &m_sourceHeader;
    bool m_serialDates;
    bool m_formulaGuards;
    const SourceRecord *m_record = nullptr;
    // value() of each canonical column, worked out once per row: the importers ask for some
    // cells several times, and trimming 100,000 rows' cells again showed in the profile.
    mutable QStringList m_values;
    mutable std::vector<bool> m_known;
    QList<FieldError> m_errors;
    QList<FieldError> m_notices;
    Handled m_handled = Handled::No;

    FieldError located(int column, const QString &value, const QString &reason) const;
};

// Validates and stores the rows of one kind. importRow() checks everything first and
// writes only a row without errors (creating missing references then), so a rejected
// row leaves nothing behind.
class KindImporter
{
public:
    virtual ~KindImporter() = default;
    // Returns true when the row was stored as a new record; a valid row that was not
    // (a duplicate skipped or merged) says so with ImportRow::setHandled.
    virtual bool importRow(ImportRow &row) = 0;
    // After the last row (e.g. stage-history chains); errors found here reject the import.
    virtual void finish(QList<FieldError> &errors) { Q_UNUSED(errors); }
};

// What the kind importers count beside the rows, for the import's report.
struct ImportTally
{
    qint64 lostReasonsDefaulted = 0;
    qint64 duplicatesKept = 0;
};

struct KindImportSettings
{
    bool createMissing = false;
    // Where created records are noted for the import's single audit event (required).
    ImportLog *log = nullptr;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Reject;
    // Given to a lost deal without a reason.
    QString defaultLostReason;
    // Where the counts go (required).
    ImportTally *tally = nullptr;
};

std::unique_ptr<KindImporter> makeKindImporter(DataKind kind, Database &db, ImportRefs &refs,
                                               const KindImportSettings &settings);

} // namespace fd
