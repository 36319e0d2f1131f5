#include "rowreader.h"

#include "domain/errors.h"
#include "domain/isotime.h"
#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <vector>

namespace fd::analytics {

qint32 dayNumber(int y, int m, int d)
{
    // Howard Hinnant's days_from_civil.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

namespace {

bool digits(const char *p, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        v = v * 10 + (p[i] - '0');
    }
    *out = v;
    return true;
}

} // namespace

qint32 parseDay(const char *t, int n)
{
    int y = 0, m = 0, d = 0;
    if (n < 10 || t[4] != '-' || t[7] != '-' || !digits(t, 4, &y) || !digits(t + 5, 2, &m) || !digits(t + 8, 2, &d)
        || m < 1 || m > 12 || d < 1 || d > 31)
        return kNoDay;
    return dayNumber(y, m, d);
}

qint64 parseInstant(const char *t, int n)
{
    // Fast path: the stored form "2026-11-23T09:15:00Z".
    int hh = 0, mm = 0, ss = 0;
    if (n == 20 && t[10] == 'T' && t[13] == ':' && t[16] == ':' && t[19] == 'Z' && digits(t + 11, 2, &hh)
        && digits(t + 14, 2, &mm) && digits(t + 17, 2, &ss)) {
        const qint32 day = parseDay(t, 10);
        if (day != kNoDay)
            return qint64(day) * 86400 + hh * 3600 + mm * 60 + ss;
    }
    const auto parsed = isotime::parseTimestamp(QString::fromUtf8(t, n));
    return parsed ? toInstant(*parsed) : kNoTime;
}

qint64 toInstant(const QDateTime &utc)
{
    return utc.isValid() ? utc.toSecsSinceEpoch() : kNoTime;
}

QDateTime fromInstant(qint64 seconds)
{
    return seconds == kNoTime ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

qint32 toDay(const QDate &date)
{
    return date.isValid() ? dayNumber(date.year(), date.month(), date.day()) : kNoDay;
}

QDate fromDay(qint32 day)
{
    return day == kNoDay ? QDate() : QDate(1970, 1, 1).addDays(day);
}

struct RowReader::Impl
{
    sqlite3 *handle = nullptr;
    sqlite3_stmt *stmt = nullptr;
    QSqlQuery query;
    QString sql;
};

RowReader::RowReader(Database &db, const QString &sql, const QVariantList &binds)
    : d(std::make_unique<Impl>())
{
    d->sql = sql;
    const QVariant h = db.connection().driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        d->handle = *static_cast<sqlite3 *const *>(h.constData());
    if (d->handle) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(d->handle, utf8.constData(), int(utf8.size()), &d->stmt, nullptr) != SQLITE_OK)
            throw StorageError(QStringLiteral("%1\nin: %2").arg(QString::fromUtf8(sqlite3_errmsg(d->handle)), sql));
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &v = binds[i];
            int rc = SQLITE_OK;
            if (v.isNull())
                rc = sqlite3_bind_null(d->stmt, i + 1);
            else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                rc = sqlite3_bind_int64(d->stmt, i + 1, v.toLongLong());
            else {
                const QByteArray text = v.toString().toUtf8();
                rc = sqlite3_bind_text(d->stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            }
            if (rc != SQLITE_OK)
                throw StorageError(QStringLiteral("cannot bind parameter %1 of: %2").arg(i + 1).arg(sql));
        }
        return;
    }
    d->query = QSqlQuery(db.connection());
    d->query.setForwardOnly(true);
    if (!d->query.prepare(sql))
        throw StorageError(QStringLiteral("%1\nin: %2").arg(d->query.lastError().text(), sql));
    for (const QVariant &v : binds)
        d->query.addBindValue(v);
    if (!d->query.exec())
        throw StorageError(QStringLiteral("%1\nin: %2").arg(d->query.lastError().text(), sql));
}

RowReader::~RowReader()
{
    if (d->stmt)
        sqlite3_finalize(d->stmt);
}

bool RowReader::next()
{
    if (!d->stmt)
        return d->query.next();
    const int rc = sqlite3_step(d->stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw StorageError(QStringLiteral("%1\nin: %2").arg(QString::fromUtf8(sqlite3_errmsg(d->handle)), d->sql));
}

bool RowReader::isNull(int c) const
{
    return d->stmt ? sqlite3_column_type(d->stmt, c) == SQLITE_NULL : d->query.value(c).isNull();
}

qint64 RowReader::integer(int c) const
{
    return d->stmt ? sqlite3_column_int64(d->stmt, c) : d->query.value(c).toLongLong();
}

double RowReader::real(int c) const
{
    return d->stmt ? sqlite3_column_double(d->stmt, c) : d->query.value(c).toDouble();
}

qint64 RowReader::instant(int c) const
{
    if (d->stmt) {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(d->stmt, c));
        return t ? parseInstant(t, sqlite3_column_bytes(d->stmt, c)) : kNoTime;
    }
    const QByteArray t = d->query.value(c).toString().toUtf8();
    return t.isEmpty() ? kNoTime : parseInstant(t.constData(), int(t.size()));
}

qint32 RowReader::day(int c) const
{
    if (d->stmt) {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(d->stmt, c));
        return t ? parseDay(t, sqlite3_column_bytes(d->stmt, c)) : kNoDay;
    }
    const QByteArray t = d->query.value(c).toString().toUtf8();
    return t.isEmpty() ? kNoDay : parseDay(t.constData(), int(t.size()));
}

QString RowReader::text(int c) const
{
    if (d->stmt) {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(d->stmt, c));
        return t ? QString::fromUtf8(t, sqlite3_column_bytes(d->stmt, c)) : QString();
    }
    return d->query.value(c).toString();
}

} // namespace fd::analytics
