#include "kindimporterbase.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/trcontext.h"
#include "io/importlog.h"
#include "io/importvalues.h"
#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/tables/table.h"

#include <QRegularExpression>

namespace fd {

QString canonicalWord(const QString &text, const std::initializer_list<std::pair<const char *, const char *>> &table)
{
    const QString t = text.trimmed().toLower();
    for (const auto &[canonical, spellings] : table) {
        if (t == QLatin1String(canonical))
            return QString::fromLatin1(canonical);
        for (const QString &s : QString::fromUtf8(spellings).split(QLatin1Char('|'))) {
            if (t == s)
                return QString::fromLatin1(canonical);
        }
    }
    return {};
}

QString oppStatus(const QString &text)
{
    return canonicalWord(text, {{"open", "进行中|跟进中|進行中|跟進中|打开|開啟|open"},
                                {"won", "win|赢单|贏單|成交|已成交|赢|贏|签约|簽約"},
                                {"lost", "lose|输单|輸單|丢单|丟單|失败|失敗|输|輸"},
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
