#include "bulkload.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace fd {

namespace {
constexpr int kCacheKiB = 32 * 1024;
} // namespace

BulkLoad::BulkLoad(Database &db)
    : m_db(db)
    , m_sqlite(db.dialect().kind() == Dialect::Kind::Sqlite)
{
    if (!m_sqlite)
        return;
    m_cacheSize = SqlQuery(db, QStringLiteral("PRAGMA cache_size")).scalar().toString();
    m_tempStore = SqlQuery(db, QStringLiteral("PRAGMA temp_store")).scalar().toString();
    db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB));
    db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

BulkLoad::~BulkLoad()
{
    if (!m_sqlite)
        return;
    try {
        // Both values are integers read back from SQLite itself.
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toLongLong()));
        m_db.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore.toInt()));
    } catch (...) {
        // Restoring a tuning knob must not turn a rollback into a crash.
    }
}

void BulkLoad::deferIndexes(const QStringList &tables)
{
    if (!m_sqlite)
        return;
    for (const QString &table : tables) {
        SqlQuery q(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                        "AND sql IS NOT NULL ORDER BY name"));
        q.add(table).exec();
        QList<QPair<QString, QString>> found;
        while (q.next()) {
            const QString sql = q.value(1).toString();
            // Unique indexes stay: they are constraints, not just speed.
            if (!sql.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
                found.append({q.value(0).toString(), sql});
        }
        for (const auto &[name, sql] : found) {
            // Index names come from the schema catalogue, never from input.
            m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));
            m_dropped.append({name, sql});
        }
    }
}

void BulkLoad::finish()
{
    for (const auto &[name, sql] : std::as_const(m_dropped))
        m_db.exec(sql);
    m_dropped.clear();
}

QStringList BulkLoad::deferred() const
{
    QStringList names;
    for (const auto &d : m_dropped)
        names << d.first;
    return names;
}

} // namespace fd
