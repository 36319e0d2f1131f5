#include "importvalues.h"

#include "domain/isotime.h"
#include "domain/money.h"
#include "xlsxfilereader.h"

#include <QRegularExpression>

#include <cmath>

namespace fd::importvalues {

namespace {

// The stored forms "YYYY-MM-DD" and "YYYY-MM-DDTHH:MM:SSZ" are what our exports and most
// CRMs write: read by hand they skip the regular expressions and Qt's ISO reader, which
// for 100,000 rows of three dates each cost as much as storing the rows. Only what is
// read here as valid is taken; anything else (2026-02-30, 24:00:00) goes the general way.

// The number `count` ASCII digits from `from` spell, -1 when one is not a digit.
int digits(const QString &text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "YYYY-MM-DD" at the start of `text` as a valid day; an invalid QDate otherwise.
QDate storedDate(const QString &text)
{
    if (text.size() < 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    return y > 0 && m > 0 && d > 0 ? QDate(y, m, d) : QDate();
}

// "YYYY-MM-DDTHH:MM:SSZ" as a valid UTC time; an invalid QDateTime otherwise.
QDateTime storedTimestamp(const QString &text)
{
    if (text.size() != 20 || text.at(10) != QLatin1Char('T') || text.at(13) != QLatin1Char(':')
        || text.at(16) != QLatin1Char(':') || text.at(19) != QLatin1Char('Z'))
        return {};
    const QDate d = storedDate(text);
    const int h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
    if (!d.isValid() || h < 0 || mi < 0 || s < 0 || !QTime::isValid(h, mi, s))
        return {};
    return QDateTime(d, QTime(h, mi, s), Qt::UTC);
}

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
    if (text.size() == 10) {
        if (const QDate d = storedDate(text); d.isValid())
            return d;
    }
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
    if (const QDateTime t = storedTimestamp(text); t.isValid())
        return t;
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

std::optional<qint64> amount(const QString &input, const QString &currency)
{
    // Plain "1234", "1234.5" or "1234.56" (what exports write), read by hand: money::parse's
    // clean-up and regular expression cost more per row than storing it. Anything else
    // (thousands separators, ¥, 万, a sign…) is money::parse's to accept or refuse.
    const qsizetype n = input.size();
    const qsizetype dot = input.indexOf(QLatin1Char('.'));
    const qsizetype whole = dot < 0 ? n : dot;
    const qsizetype decimals = dot < 0 ? 0 : n - dot - 1;
    if (whole >= 1 && whole <= 15 && (dot < 0 || (decimals >= 1 && decimals <= 2))) {
        qint64 cents = 0;
        bool plain = true;
        for (qsizetype i = 0; i < n && plain; ++i) {
            if (i == dot)
                continue;
            const char16_t c = input.at(i).unicode();
            plain = c >= u'0' && c <= u'9';
            cents = cents * 10 + (c - u'0');
        }
        if (plain) {
            for (qsizetype i = decimals; i < 2; ++i)
                cents *= 10;
            return cents;
        }
    }
    return money::parse(input, currency);
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
