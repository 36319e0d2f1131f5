#include "rowmapping.h"

#include "domain/isotime.h"

namespace fd::rows {

QDateTime timestamp(const QVariant &v)
{
    if (v.isNull())
        return {};
    return isotime::parseTimestamp(v.toString()).value_or(QDateTime());
}

QDate date(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

qint64 id(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

std::optional<int> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

std::optional<qint64> optionalInt64(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QVariant toStored(const QDateTime &t)
{
    return t.isValid() ? QVariant(isotime::toStored(t)) : QVariant();
}

QVariant toStored(const QDate &d)
{
    return d.isValid() ? QVariant(isotime::toStored(d)) : QVariant();
}

} // namespace fd::rows
