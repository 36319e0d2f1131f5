#include "importvalues.h"

#include "domain/isotime.h"
#include "xlsxfilereader.h"

#include <QRegularExpression>

#include <cmath>

namespace fd::importvalues {

namespace {
std::optional<double> serialNumber(const QString &text)
{
    bool ok = false;
    const double d = text.toDouble(&ok);
    // 1 = 1900-01-01 … 2958465 = 9999-12-31, Excel's own range.
    if (!ok || !(d >= 1.0 && d < 2958466.0))
        return std::nullopt;
    return d;
}
} // namespace

std::optional<QDate> date(const QString &input, bool allowSerial)
{
    const QString text = input.trimmed();
    if (auto d = isotime::parseDate(text))
        return d;
    static const QRegularExpression slashed(QStringLiteral("^(\\d{4})/(\\d{1,2})/(\\d{1,2})$"));
    const auto m = slashed.match(text);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
        return std::nullopt;
    }
    if (allowSerial) {
        static const QRegularExpression whole(QStringLiteral("^\\d{1,7}$"));
        if (whole.match(text).hasMatch()) {
            if (const auto s = serialNumber(text))
                return QDate::fromString(XlsxFileReader::serialToText(*s, false), Qt::ISODate);
        }
    }
    return std::nullopt;
}

std::optional<QDateTime> timestamp(const QString &input, bool allowSerial)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const auto d = date(text, allowSerial))
        return QDateTime(*d, QTime(0, 0), Qt::UTC);
    static const QRegularExpression spaced(
        QStringLiteral("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const auto m = spaced.match(text);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime t(m.captured(4).toInt(), m.captured(5).toInt(),
                      m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
        if (d.isValid() && t.isValid())
            return QDateTime(d, t, Qt::UTC);
        return std::nullopt;
    }
    // Full ISO 8601 needs a 'T' and a valid calendar date (Qt accepts 2026-02-30T… as invalid).
    if (text.size() >= 16 && text.at(10) == QLatin1Char('T') && isotime::parseDate(text.left(10))) {
        if (auto t = isotime::parseTimestamp(text))
            return t;
    }
    if (allowSerial) {
        static const QRegularExpression serial(QStringLiteral("^\\d{1,7}(\\.\\d+)?$"));
        if (serial.match(text).hasMatch()) {
            if (const auto s = serialNumber(text))
                return timestamp(XlsxFileReader::serialToText(*s, true), false);
        }
    }
    return std::nullopt;
}

std::optional<bool> boolean(const QString &input)
{
    const QString t = input.trimmed().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("y")
        || t == QStringLiteral("是"))
        return true;
    if (t.isEmpty() || t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no")
        || t == QLatin1String("n") || t == QStringLiteral("否"))
        return false;
    return std::nullopt;
}

std::optional<qint64> integer(const QString &input, bool allowNegative)
{
    const QString t = input.trimmed();
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || (!allowNegative && v < 0))
        return std::nullopt;
    return v;
}

} // namespace fd::importvalues
