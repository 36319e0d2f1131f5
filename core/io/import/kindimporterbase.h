#pragma once

// What the six kind importers (one file each in core/io/import/) share: typed cells with
// located errors, references found or created, duplicate keys, stored-text shortcuts.
// Internal to fdcore's import: the public entry point is makeKindImporter (io/importkinds.h).

#include "io/importkinds.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

namespace fd {

class BulkInsert;
class SqlQuery;
namespace tables {
class Table;
}

// Duplicate keys of a big file, kept as 64-bit hashes with the line they came from
// (0 = a stored record): ~40 bytes a row instead of the key text. Two different keys
// sharing a hash (odds ~1e-9 for a million rows) would be reported as duplicates.
class KeyLines final
{
public:
    using Map = QHash<quint64, qint64>;
    void insert(const QString &key, qint64 line) { m_map.insert(hash(key), line); }
    Map::const_iterator constFind(const QString &key) const { return m_map.constFind(hash(key)); }
    Map::const_iterator constEnd() const { return m_map.constEnd(); }

private:
    // One pass over the key: on 64-bit builds qHash already gives 64 bits (two 32-bit
    // halves from two passes cost a measurable share of a 100,000-row import).
    static quint64 hash(const QString &key)
    {
        if constexpr (sizeof(size_t) >= 8)
            return quint64(qHash(key, 0x2545F491u));
        else
            return (quint64(qHash(key, 0x2545F491u)) << 32) ^ quint64(qHash(key, 0x9E3779B9u));
    }
    Map m_map;
};

// The canonical word for `text` among spellings accepted for an enum column, Chinese (both
// scripts) and English: each pair is the canonical word and its '|'-separated spellings.
// Empty when none matches.
QString canonicalWord(const QString &text, const std::initializer_list<std::pair<const char *, const char *>> &table);
// A deal status (open, won, lost, on_hold) from any accepted spelling; empty when none.
QString oppStatus(const QString &text);

// Common pieces of every kind: typed cells with located errors, and references that
// are either found, or (with --create-missing) created once the row is known valid.
class KindImporterBase : public KindImporter
{
public:
    KindImporterBase(Database &db, ImportRefs &refs, const KindImportSettings &settings);

protected:
    using RefKind = ImportRefs::Kind;

    struct Ref
    {
        RefKind kind = RefKind::Region;
        QString name;
        qint64 id = 0;
        bool pending = false;
    };

    // Cell text, with an error when required and empty or longer than maxLength.
    QString text(ImportRow &row, int column, int maxLength, bool required);
    // A reference by name: found, pending (to be created by realize()), or an error.
    Ref ref(ImportRow &row, int column, RefKind kind, bool required);
    // Creates a pending reference (the row is valid by now).
    qint64 realize(Ref &r, qint64 parentId = 0, qint64 ownerId = 0);
    // A date or time in the years 1990 to 2200 (nullopt when empty or wrong).
    std::optional<QDateTime> timestamp(ImportRow &row, int column, bool required);
    // A date in the years 1990 to 2200 (nullopt when empty or wrong).
    std::optional<QDate> date(ImportRow &row, int column);
    // An optional e-mail address of a plausible shape.
    QString email(ImportRow &row, int column);

    QString stamp(const std::optional<QDateTime> &t) const;

    // The stored text of a parsed value: the input itself when it is already in the
    // stored form (formatting 100,000 dates again costs more than validating them).
    static QString storedText(const QString &input, const QDateTime &t);
    static QString storedText(const QString &input, const QDate &d);

    // "line 12" or "a stored record": where the earlier copy of a duplicate is.
    static QString duplicateOf(qint64 line);

    // Where the earlier copy of a record is: its line in this file (0 = stored before the
    // import) and its id (kAmbiguous when two stored records match).
    struct Earlier
    {
        qint64 line = 0;
        qint64 id = 0;
    };
    // A lead, customer or contact that repeats an earlier one: the column that matched
    // and the reason as reported ("duplicate of line 3 (same phone)").
    struct Duplicate
    {
        int column = -1;
        QString value;
        QString reason;
        Earlier earlier;
        bool byExternalId = false; // an external id names one record: it cannot be kept twice
    };
    // A column merge may fill: the stored column and the row's value (empty: nothing to
    // give). Unreported columns follow a reported one (normalized_phone after phone).
    struct MergeField
    {
        const char *column;
        QVariant value;
        bool reported = true;
    };
    // What DuplicatePolicy asks of a duplicate, in two steps around the row's validity
    // check. Before it: under Reject the duplicate is one more error of the row.
    void rejectDuplicate(ImportRow &row, const std::optional<Duplicate> &duplicate);
    // After it (the row is valid): true when the row is to be stored as a new record as
    // well (Keep); otherwise it is skipped, merged into the earlier record (the fields
    // `fill` gives, into `table`, audited as `entity`) or, when it cannot be kept, an
    // error. Every outcome is a located notice of the row.
    bool storeDuplicate(ImportRow &row, const Duplicate &duplicate, const char *table, const char *entity,
                        bool hasRowVersion, const std::function<QList<MergeField>()> &fill);

    std::unique_ptr<SqlQuery> prepare(const char *sql);
    // The prepared INSERT of a table's row definition, reused for every row.
    std::unique_ptr<BulkInsert> bulk(const tables::Table &table);

    // Notes a created record in the import's audit event (one event per import).
    void audit(const char *entity, qint64 id);

private:
    // Fills the empty columns of record `id` from `fields`, audited field by field;
    // returns the reported columns it filled.
    QStringList mergeInto(const char *table, const char *entity, qint64 id, bool hasRowVersion,
                          const QList<MergeField> &fields);

protected:
    Database &m_db;
    ImportRefs &m_refs;
    KindImportSettings m_settings;
    QString m_nowText;
};

// One importer per kind, each in its own file; makeKindImporter picks among them.
std::unique_ptr<KindImporter> makeOpportunityImporter(Database &db, ImportRefs &refs,
                                                      const KindImportSettings &settings);
std::unique_ptr<KindImporter> makeStageHistoryImporter(Database &db, ImportRefs &refs,
                                                       const KindImportSettings &settings);
std::unique_ptr<KindImporter> makeCustomerImporter(Database &db, ImportRefs &refs, const KindImportSettings &settings);
std::unique_ptr<KindImporter> makeContactImporter(Database &db, ImportRefs &refs, const KindImportSettings &settings);
std::unique_ptr<KindImporter> makeLeadImporter(Database &db, ImportRefs &refs, const KindImportSettings &settings);
std::unique_ptr<KindImporter> makeActivityImporter(Database &db, ImportRefs &refs, const KindImportSettings &settings);

} // namespace fd
