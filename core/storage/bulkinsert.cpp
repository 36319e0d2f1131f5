#include "bulkinsert.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>

namespace fd {

BulkInsert::BulkInsert(Database &db, const QString &sql, bool returnsId)
    : m_sql(sql)
{
    if (db.dialect().kind() == Dialect::Kind::Sqlite) {
        const QVariant h = db.connection().driver()->handle();
        if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3 *const *>(h.constData());
    }
    if (m_handle) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                               nullptr)
            != SQLITE_OK)
            fail();
    } else {
        m_query = std::make_unique<SqlQuery>(db, returnsId ? sql + QStringLiteral(" RETURNING id") : sql);
        m_returnsId = returnsId;
    }
}

BulkInsert::~BulkInsert()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void BulkInsert::fail()
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_next = 1;
    throw StorageError(QStringLiteral("SQL failed: %1\n%2").arg(message, m_sql));
}

char *BulkInsert::textRoom(qsizetype bytes)
{
    constexpr qsizetype kBlock = 64 * 1024;
    while (m_block < m_blocks.size() && m_used + bytes > m_blocks[m_block].second) {
        ++m_block;
        m_used = 0;
    }
    if (m_block == m_blocks.size()) {
        const qsizetype size = std::max(kBlock, bytes);
        m_blocks.emplace_back(std::make_unique<char[]>(size_t(size)), size);
        m_used = 0;
    }
    char *room = m_blocks[m_block].first.get() + m_used;
    m_used += bytes;
    return room;
}

BulkInsert &BulkInsert::add(const QVariant &value)
{
    if (m_query) {
        m_query->add(value);
        return *this;
    }
    int rc = SQLITE_OK;
    const int i = m_next++;
    if (i == 1) { // a new execution: the text of the last one is no longer bound
        m_block = 0;
        m_used = 0;
    }
    if (value.isNull() || !value.isValid()) {
        rc = sqlite3_bind_null(m_stmt, i);
    } else {
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(m_stmt, i, value.toLongLong());
            break;
        case QMetaType::QString: {
            // Read in place (toString() would copy), encoded into room kept until exec().
            const QString &text = *static_cast<const QString *>(value.constData());
            char *room = textRoom(m_utf8.requiredSpace(text.size()));
            const char *end = m_utf8.appendToBuffer(room, text);
            rc = sqlite3_bind_text(m_stmt, i, room, int(end - room), SQLITE_STATIC);
            break;
        }
        default: {
            const QString text = value.toString();
            rc = sqlite3_bind_text16(m_stmt, i, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
            break;
        }
        }
    }
    if (rc != SQLITE_OK)
        fail();
    return *this;
}

qint64 BulkInsert::exec(const QVariantList &values)
{
    for (const QVariant &v : values)
        add(v);
    return exec();
}

qint64 BulkInsert::exec()
{
    if (m_query) {
        if (m_returnsId)
            return m_query->insert();
        m_query->exec();
        return 0;
    }
    m_next = 1;
    if (sqlite3_step(m_stmt) != SQLITE_DONE)
        fail();
    sqlite3_reset(m_stmt);
    return sqlite3_last_insert_rowid(m_handle);
}

} // namespace fd
