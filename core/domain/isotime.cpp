#include "isotime.h"

#include <QRegularExpression>

namespace fd::isotime {

QString toStored(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(Qt::ISODate);
}

std::optional<QDateTime> parseTimestamp(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    // A timestamp without an offset is taken as UTC, never as local time.
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

QString toStored(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.trimmed();
    if (!shape.match(t).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

} // namespace fd::isotime
