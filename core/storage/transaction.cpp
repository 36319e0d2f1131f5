#include "transaction.h"

#include "database.h"
#include "domain/errors.h"

#include <QHash>
#include <QSqlError>

namespace fd {

namespace {
// Depth of open Transaction scopes per connection; one Database lives on one thread.
thread_local QHash<const Database *, int> t_depth;
} // namespace

Transaction::Transaction(Database &db)
    : m_db(db)
{
    int &depth = t_depth[&db];
    if (depth == 0) {
        if (!db.connection().transaction())
            throw StorageError(QStringLiteral("Cannot begin transaction: %1").arg(db.connection().lastError().text()));
        m_outermost = true;
    }
    ++depth;
}

Transaction::~Transaction()
{
    int &depth = t_depth[&m_db];
    --depth;
    if (depth == 0)
        t_depth.remove(&m_db);
    if (m_outermost && !m_done)
        m_db.connection().rollback();
    if (m_outermost)
        m_db.releaseParkedQueries();
    // A nested scope that did not commit leaves the outer transaction to decide:
    // the exception that skipped commit() propagates and unwinds the outer scope too.
}

bool Transaction::isOpen(const Database &db)
{
    return t_depth.value(&db, 0) > 0;
}

void Transaction::commit()
{
    if (m_done)
        return;
    if (m_outermost && !m_db.connection().commit()) {
        const QString text = m_db.connection().lastError().text();
        m_db.connection().rollback();
        m_done = true;
        throw StorageError(QStringLiteral("Cannot commit: %1").arg(text));
    }
    m_done = true;
}

} // namespace fd
