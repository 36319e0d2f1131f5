#include "money.h"

#include <QRegularExpression>

#include <limits>

namespace fd::money {

QString symbol(const QString &currency)
{
    if (currency == QLatin1String("CNY") || currency == QLatin1String("JPY"))
        return QStringLiteral("¥");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("HKD"))
        return QStringLiteral("HK$");
    if (currency == QLatin1String("TWD"))
        return QStringLiteral("NT$");
    return currency + QLatin1Char(' ');
}

// Integer division rounding half away from zero.
static qint64 roundedDiv(qint64 value, qint64 divisor)
{
    const qint64 half = divisor / 2;
    return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
}

// "1,234" + "." + "05": the locale groups the whole part; cents are appended exactly.
static QString withDecimals(qint64 scaled, int decimals, const QLocale &locale)
{
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    const bool negative = scaled < 0;
    const qint64 magnitude = negative ? -scaled : scaled;
    QString text = locale.toString(magnitude / unit);
    if (decimals > 0) {
        text += locale.decimalPoint();
        text += QString::number(magnitude % unit).rightJustified(decimals, QLatin1Char('0'));
    }
    return negative ? locale.negativeSign() + text : text;
}

QString format(qint64 cents, const QString &currency, const QLocale &locale)
{
    QLocale l = locale;
    l.setNumberOptions(QLocale::DefaultNumberOptions);
    const QString amount = withDecimals(cents, 2, l);
    if (cents < 0)
        return l.negativeSign() + symbol(currency) + amount.mid(l.negativeSign().size());
    return symbol(currency) + amount;
}

static bool usesWan(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

static bool traditional(const QLocale &locale)
{
    return locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan
           || locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macau;
}

QString formatShort(qint64 cents, const QString &currency, const QLocale &locale)
{
    if (usesWan(locale)) {
        // 1 万 = 10,000 yuan = 1,000,000 cents; two decimals → divide by 10,000.
        const QString unit = traditional(locale) ? QStringLiteral("萬") : QStringLiteral("万");
        return withDecimals(roundedDiv(cents, 10000), 2, locale) + QLatin1Char(' ') + unit;
    }
    const qint64 magnitude = cents < 0 ? -cents : cents;
    if (magnitude >= 100'000'000) // ≥ 1M
        return symbol(currency) + withDecimals(roundedDiv(cents, 1'000'000), 2, locale) + QLatin1Char('M');
    if (magnitude >= 100'000) // ≥ 1K
        return symbol(currency) + withDecimals(roundedDiv(cents, 1'000), 2, locale) + QLatin1Char('K');
    return format(cents, currency, locale);
}

bool isNegativeText(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1Char('-')) || t.startsWith(QChar(0x2212)); // ASCII or Unicode minus
}

std::optional<qint64> parse(const QString &input)
{
    QString t = input.trimmed();
    t.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QLatin1Char(' '));
    for (const QString &s : {QStringLiteral("¥"), QStringLiteral("￥"), QStringLiteral("CNY"), QStringLiteral("RMB"),
                             QStringLiteral("元")})
        t.remove(s);
    qint64 multiplier = 1;
    if (t.endsWith(QStringLiteral("万")) || t.endsWith(QStringLiteral("萬"))) {
        multiplier = 10000;
        t.chop(1);
    }
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,15})(?:\\.(\\d{1,6}))?$"));
    const auto m = shape.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 whole = m.captured(1).toLongLong();
    QString frac = m.captured(2);
    // With 万, four more decimal places are meaningful (12.3456万 = 123456 yuan).
    const int allowed = multiplier == 1 ? 2 : 6;
    if (frac.size() > allowed)
        return std::nullopt;
    frac = frac.leftJustified(allowed, QLatin1Char('0'));
    const qint64 fracValue = frac.toLongLong();
    const qint64 maxWhole = std::numeric_limits<qint64>::max() / (100 * multiplier) - 1;
    if (whole > maxWhole)
        return std::nullopt;
    if (multiplier == 1)
        return whole * 100 + fracValue;
    // fracValue is in millionths of 万 = cents.
    return whole * 100 * multiplier + fracValue;
}

QString editText(qint64 cents)
{
    // The magnitude as unsigned: |INT64_MIN| does not fit a qint64.
    const quint64 a = cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString editTextBrief(qint64 cents)
{
    QString text = editText(cents);
    if (text.endsWith(QLatin1String(".00")))
        text.chop(3);
    return text;
}

qint64 mulDivRound(qint64 a, qint64 b, qint64 c)
{
    const quint64 ua = quint64(a), ub = quint64(b), uc = quint64(c);
    const quint64 aLo = ua & 0xffffffffULL, aHi = ua >> 32, bLo = ub & 0xffffffffULL, bHi = ub >> 32;
    const quint64 ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
    const quint64 mid = (ll >> 32) + (lh & 0xffffffffULL) + (hl & 0xffffffffULL);
    const quint64 lo = (ll & 0xffffffffULL) | (mid << 32);
    const quint64 hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    quint64 q = 0, r = 0;
    for (int i = 127; i >= 0; --i) {
        const quint64 bit = i >= 64 ? (hi >> (i - 64)) & 1U : (lo >> i) & 1U;
        r = (r << 1) | bit;
        if (r >= uc) {
            r -= uc;
            if (i < 64)
                q |= quint64(1) << i;
        }
    }
    if (r >= uc - r)
        ++q;
    return qint64(q);
}

qint64 percentOf(qint64 cents, int percent)
{
    return roundedDiv(cents * percent, 100);
}

} // namespace fd::money
