#include "kindimporterbase.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/trcontext.h"
#include "io/importlog.h"
#include "io/importvalues.h"
#include "storage/auditlog.h"
#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/tables/table.h"

#include <QRegularExpression>

namespace fd {

QString canonicalWord(const QString &text, const std::initializer_list<std::pair<const char *, const char *>> &table)
{
    // Compared in place: no list of spellings is built per call (it runs for every row).
    const QString t = text.trimmed().toLower();
    for (const auto &[canonical, spellings] : table) {
        if (t == QLatin1String(canonical))
            return QString::fromLatin1(canonical);
        const QByteArrayView all(spellings);
        for (qsizetype from = 0; from <= all.size();) {
            qsizetype bar = all.indexOf('|', from);
            if (bar < 0)
                bar = all.size();
            if (QAnyStringView::equal(t, QUtf8StringView(all.data() + from, bar - from)))
                return QString::fromLatin1(canonical);
            from = bar + 1;
        }
    }
    return {};
}

QString oppStatus(const QString &text)
{
    // English spellings of other CRMs too: Salesforce's "Closed Won", the "Loss" of
    // win/loss exports.
    return canonicalWord(text, {{"open", "进行中|跟进中|進行中|跟進中|打开|開啟|open"},
                                {"won", "win|closed won|closedwon|赢单|贏單|成交|已成交|赢|贏|签约|簽約"},
                                {"lost", "lose|loss|closed lost|closedlost|输单|輸單|丢单|丟單|失败|失敗|输|輸"},
                                {"on_hold", "onhold|hold|暂停|暫停|搁置|擱置|挂起|掛起"}});
}

KindImporterBase::KindImporterBase(Database &db, ImportRefs &refs, const KindImportSettings &settings)
    : m_db(db)
    , m_refs(refs)
    , m_settings(settings)
    , m_nowText(isotime::toStored(db.clock().now()))
{
}

QString KindImporterBase::text(ImportRow &row, int column, int maxLength, bool required)
{
    const QString v = row.value(column);
    if (required && v.isEmpty())
        row.error(column, v, Import::tr("is required"));
    else if (v.size() > maxLength)
        row.error(column, v, Import::tr("is longer than %1 characters").arg(maxLength));
    return v;
}

KindImporterBase::Ref KindImporterBase::ref(ImportRow &row, int column, RefKind kind, bool required)
{
    Ref r;
    r.kind = kind;
    r.name = row.value(column);
    if (r.name.isEmpty()) {
        if (required)
            row.error(column, r.name, Import::tr("is required"));
        return r;
    }
    if (r.name.size() > 200) {
        row.error(column, r.name, Import::tr("is longer than %1 characters").arg(200));
        return r;
    }
    r.id = m_refs.find(kind, r.name);
    if (r.id == ImportRefs::kAmbiguous) {
        row.error(column, r.name, Import::tr("matches more than one %1").arg(ImportRefs::label(kind)));
        r.id = 0;
    } else if (r.id == 0) {
        if (m_settings.createMissing)
            r.pending = true;
        else
            row.error(column, r.name,
                      Import::tr("no such %1 (use --create-missing to create it)").arg(ImportRefs::label(kind)));
    }
    return r;
}

qint64 KindImporterBase::realize(Ref &r, qint64 parentId, qint64 ownerId)
{
    if (r.pending) {
        // An earlier row of this file may have created it meanwhile.
        r.id = m_refs.find(r.kind, r.name);
        if (r.id <= 0)
            r.id = m_refs.create(r.kind, r.name, parentId, ownerId);
        r.pending = false;
    }
    return r.id;
}

std::optional<QDateTime> KindImporterBase::timestamp(ImportRow &row, int column, bool required)
{
    const QString v = row.value(column);
    if (v.isEmpty()) {
        if (required)
            row.error(column, v, Import::tr("is required"));
        return std::nullopt;
    }
    auto t = importvalues::timestamp(v, row.serialDates());
    if (!t)
        row.error(column, v, Import::tr("is not a valid date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)"));
    else if (t->date().year() < 1990 || t->date().year() > 2200)
        row.error(column, v, Import::tr("is outside the years 1990 to 2200")), t.reset();
    return t;
}

std::optional<QDate> KindImporterBase::date(ImportRow &row, int column)
{
    const QString v = row.value(column);
    if (v.isEmpty())
        return std::nullopt;
    auto d = importvalues::date(v, row.serialDates());
    if (!d)
        row.error(column, v, Import::tr("is not a valid date (YYYY-MM-DD)"));
    else if (d->year() < 1990 || d->year() > 2200)
        row.error(column, v, Import::tr("is outside the years 1990 to 2200")), d.reset();
    return d;
}

QString KindImporterBase::email(ImportRow &row, int column)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString v = text(row, column, 200, false);
    if (!v.isEmpty() && !shape.match(v).hasMatch())
        row.error(column, v, Import::tr("is not an e-mail address"));
    return v;
}

QString KindImporterBase::stamp(const std::optional<QDateTime> &t) const
{
    return t ? isotime::toStored(*t) : m_nowText;
}

QString KindImporterBase::storedText(const QString &input, const QDateTime &t)
{
    if (input.size() == 20 && input.at(10) == QLatin1Char('T') && input.at(19) == QLatin1Char('Z'))
        return input;
    if (input.size() == 10 && input.at(4) == QLatin1Char('-') && input.at(7) == QLatin1Char('-')
        && t.time() == QTime(0, 0))
        return input + QLatin1String("T00:00:00Z"); // a date alone is midnight UTC
    return isotime::toStored(t);
}

QString KindImporterBase::storedText(const QString &input, const QDate &d)
{
    return input.size() == 10 && input.at(4) == QLatin1Char('-') ? input : isotime::toStored(d);
}

QString KindImporterBase::duplicateOf(qint64 line)
{
    return line > 0 ? Import::tr("duplicate of line %1").arg(line) : Import::tr("duplicate of a stored record");
}

void KindImporterBase::rejectDuplicate(ImportRow &row, const std::optional<Duplicate> &duplicate)
{
    if (duplicate && m_settings.onDuplicate == DuplicatePolicy::Reject)
        row.error(duplicate->column, duplicate->value, duplicate->reason);
}

bool KindImporterBase::storeDuplicate(ImportRow &row, const Duplicate &d, const char *table, const char *entity,
                                      bool hasRowVersion, const std::function<QList<MergeField>()> &fill)
{
    switch (m_settings.onDuplicate) {
    case DuplicatePolicy::Reject:
        return false; // rejectDuplicate made it an error already
    case DuplicatePolicy::Skip:
        row.notice(d.column, d.value, Import::tr("%1: skipped").arg(d.reason));
        row.setHandled(ImportRow::Handled::Skipped);
        return false;
    case DuplicatePolicy::Keep:
        if (d.byExternalId) {
            row.error(d.column, d.value,
                      Import::tr("%1: one external id cannot name two records (choose skip or merge)").arg(d.reason));
            return false;
        }
        row.notice(d.column, d.value, Import::tr("%1: kept, both are in the duplicate review").arg(d.reason));
        ++m_settings.tally->duplicatesKept;
        return true;
    case DuplicatePolicy::Merge: {
        if (d.earlier.id <= 0) {
            row.error(d.column, d.value,
                      Import::tr("%1: matches more than one stored record, merge by hand").arg(d.reason));
            return false;
        }
        const QStringList filled = mergeInto(table, entity, d.earlier.id, hasRowVersion, fill());
        const QString what = qstrcmp(entity, "lead") == 0       ? Import::tr("lead")
                             : qstrcmp(entity, "customer") == 0 ? Import::tr("customer")
                                                                : Import::tr("contact");
        row.notice(d.column, d.value,
                   filled.isEmpty()
                       ? Import::tr("%1: merged into %2 #%3, nothing to fill").arg(d.reason, what).arg(d.earlier.id)
                       : Import::tr("%1: merged into %2 #%3, filled %4")
                             .arg(d.reason, what)
                             .arg(d.earlier.id)
                             .arg(filled.join(QStringLiteral(", "))));
        row.setHandled(ImportRow::Handled::Merged);
        return false;
    }
    }
    return false;
}

QStringList KindImporterBase::mergeInto(const char *table, const char *entity, qint64 id, bool hasRowVersion,
                                        const QList<MergeField> &fields)
{
    // Empty: NULL, '' or a reference id 0 (how the row definitions store "none").
    auto empty = [](const char *column, const QVariant &v) {
        if (!v.isValid() || v.isNull() || v.toString().isEmpty())
            return true;
        const bool reference = QByteArray(column).endsWith("_id") && qstrcmp(column, "external_id") != 0;
        return reference && v.toLongLong() == 0;
    };
    QStringList columns;
    for (const MergeField &f : fields)
        columns << QString::fromLatin1(f.column);
    // Table and column names are this file's constants, never input.
    SqlQuery read(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                            .arg(columns.join(QStringLiteral(", ")), QString::fromLatin1(table)));
    read.add(id).exec();
    if (!read.next())
        throw StorageError(QStringLiteral("%1 #%2 to merge into is missing").arg(QString::fromLatin1(entity)).arg(id));
    QStringList sets;
    QVariantList values;
    QStringList filled;
    for (int i = 0; i < fields.size(); ++i) {
        const MergeField &f = fields.at(i);
        const QVariant stored = read.value(i);
        if (!empty(f.column, stored) || empty(f.column, f.value))
            continue;
        sets << QStringLiteral("%1 = ?").arg(QString::fromLatin1(f.column));
        values << f.value;
        if (f.reported) {
            filled << QString::fromLatin1(f.column);
            audit::recordChange(m_db, QString::fromLatin1(entity), id, QString::fromLatin1(f.column), stored, f.value);
        }
    }
    if (sets.isEmpty())
        return {};
    sets << QStringLiteral("updated_at = ?");
    values << m_nowText;
    if (hasRowVersion)
        sets << QStringLiteral("row_version = row_version + 1");
    SqlQuery update(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                              .arg(QString::fromLatin1(table), sets.join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(values))
        update.add(v);
    update.add(id).exec();
    return filled;
}

std::unique_ptr<SqlQuery> KindImporterBase::prepare(const char *sql)
{
    return std::make_unique<SqlQuery>(m_db, QString::fromLatin1(sql));
}

std::unique_ptr<BulkInsert> KindImporterBase::bulk(const tables::Table &table)
{
    return std::make_unique<BulkInsert>(m_db, table.insertSql());
}

void KindImporterBase::audit(const char *entity, qint64 id)
{
    m_settings.log->created(QString::fromLatin1(entity), id);
}

} // namespace fd
