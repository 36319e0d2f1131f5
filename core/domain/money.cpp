#include "money.h"
#include "moneyunits.h"

#include <QRegularExpression>

#include <algorithm>

#include <limits>

namespace fd::money {

namespace {

struct CurrencyWriting
{
    const char *code;
    const char *symbol; // UTF-8
};

// The symbols a reader tells apart in an office that sees more than one currency; ¥ alone is the
// yuan (FunnelDesk's offices are Chinese), the yen is JP¥. parse() reads them back too.
constexpr CurrencyWriting kSymbols[] = {{"MOP", "MOP$"}, {"JPY", "JP¥"}, {"USD", "US$"}, {"HKD", "HK$"}, {"TWD", "NT$"},
                                        {"SGD", "S$"},   {"CNY", "¥"},   {"EUR", "€"},   {"GBP", "£"}};

} // namespace

QString symbol(const QString &currency)
{
    return symbol(currency, QLocale());
}

QString symbol(const QString &currency, const QLocale &locale)
{
    // A US reader writes their own dollar plain, as everyone writes their own currency.
    if (currency == QLatin1String("USD") && locale.language() == QLocale::English
        && locale.territory() == QLocale::UnitedStates)
        return QStringLiteral("$");
    for (const CurrencyWriting &c : kSymbols) {
        if (currency == QLatin1String(c.code))
            return QString::fromUtf8(c.symbol);
    }
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
        return l.negativeSign() + symbol(currency, l) + amount.mid(l.negativeSign().size());
    return symbol(currency, l) + amount;
}

static bool traditional(const QLocale &locale)
{
    return locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan
           || locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macau;
}

bool countsInWan(const QString &currency, const QLocale &locale)
{
    return locale.language() == QLocale::Chinese
           && (currency == QLatin1String("CNY") || currency == QLatin1String("TWD") || currency == QLatin1String("HKD")
               || currency == QLatin1String("MOP"));
}

QString shortUnit(const QString &currency, const QLocale &locale)
{
    if (!countsInWan(currency, locale))
        return QStringLiteral("K");
    return traditional(locale) ? QStringLiteral("萬") : QStringLiteral("万");
}

qint64 shortUnitCents(const QString &currency, const QLocale &locale)
{
    return countsInWan(currency, locale) ? 1'000'000 : 100'000;
}

QString formatShort(qint64 cents, const QString &currency, const QLocale &locale)
{
    if (countsInWan(currency, locale)) {
        // 1 万 = 10,000 yuan = 1,000,000 cents; two decimals → divide by 10,000. The yuan goes
        // without its symbol, as Chinese readers write it ("123.46 万"); NT$ and HK$ keep theirs.
        const QString prefix = currency == QLatin1String("CNY") ? QString() : symbol(currency, locale);
        return prefix + withDecimals(roundedDiv(cents, 10000), 2, locale) + QLatin1Char(' ')
               + shortUnit(currency, locale);
    }
    const qint64 magnitude = cents < 0 ? -cents : cents;
    if (magnitude >= 100'000'000) // ≥ 1M
        return symbol(currency, locale) + withDecimals(roundedDiv(cents, 1'000'000), 2, locale) + QLatin1Char('M');
    if (magnitude >= 100'000) // ≥ 1K
        return symbol(currency, locale) + withDecimals(roundedDiv(cents, 1'000), 2, locale) + QLatin1Char('K');
    return format(cents, currency, locale);
}

bool isNegativeText(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1Char('-')) || t.startsWith(QChar(0x2212)); // ASCII or Unicode minus
}

namespace {

// Writings of input beyond the symbols above (which parse() reads too): the local ones ("RMB",
// "元", "$" for a dollar office, "¥" for a yen office). "$" and "¥" alone are read as the currency
// of the amount's own office or deal, never as another: "$100" typed into a yuan office is
// refused, not stored as ¥100.
struct InputWriting
{
    const char *text;  // UTF-8
    const char *codes; // the currencies it may stand for, space-separated; the first is what it names
};
constexpr InputWriting kLocalWritings[] = {
    {"人民币", "CNY"},
    {"RMB", "CNY"},
    {"¥", "JPY"},
    {"￥", "CNY JPY"},
    {"元", "CNY TWD"},
    {"円", "JPY"},
    {"$", "USD HKD TWD SGD MOP"},
};

struct Writing
{
    qsizetype length = 0;
    QString names;     // the currency the writing names first
    bool fits = false; // whether it may stand for the wanted currency
};

// The longest writing at the start (atEnd false) or end of t; a writing that stands for several
// currencies ("¥": the yuan's symbol, the yen's local writing) fits any of them.
Writing writingAt(const QString &t, bool atEnd, const QString &currency)
{
    Writing best;
    const auto consider = [&](const QString &text, const QStringList &codes) {
        if (text.size() < best.length || !(atEnd ? t.endsWith(text) : t.startsWith(text)))
            return;
        if (text.size() > best.length)
            best = {text.size(), codes.first(), false};
        best.fits = best.fits || codes.contains(currency);
    };
    for (const CurrencyWriting &c : kSymbols)
        consider(QString::fromUtf8(c.symbol), {QString::fromLatin1(c.code)});
    for (const InputWriting &w : kLocalWritings)
        consider(QString::fromUtf8(w.text), QString::fromLatin1(w.codes).split(QLatin1Char(' ')));
    // An ISO 4217 code: three letters ("USD 1,200", "1200 eur").
    if (best.length == 0 && t.size() > 3) {
        const QString code = (atEnd ? t.right(3) : t.left(3)).toUpper();
        const bool letters = std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
        if (letters)
            best = {3, code, code == currency};
    }
    return best;
}

// t without its currency writings (thousands separators and spaces already gone), or the
// currency another writing names.
struct Bare
{
    QString number;
    QString otherCurrency;
};
Bare stripWritings(QString t, const QString &currency)
{
    Bare bare;
    for (const bool atEnd : {false, true}) {
        const Writing w = writingAt(t, atEnd, currency);
        if (w.length == 0)
            continue;
        if (!w.fits && bare.otherCurrency.isEmpty())
            bare.otherCurrency = w.names;
        t = atEnd ? t.left(t.size() - w.length) : t.mid(w.length);
        // "12.5万元": the unit stays, the yuan goes.
    }
    bare.number = t;
    return bare;
}

QString squeezed(const QString &input)
{
    QString t = input.trimmed();
    t.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QLatin1Char(' ')).remove(QChar(0x3000));
    return t;
}

} // namespace

QString writtenCurrency(const QString &input, const QString &currency)
{
    // Only when the text is an amount of that other currency: "abcd" is not "in ABC".
    const QString other = stripWritings(squeezed(input), currency).otherCurrency;
    return !other.isEmpty() && parse(input, other) ? other : QString();
}

std::optional<qint64> parse(const QString &input, const QString &currency)
{
    const Bare bare = stripWritings(squeezed(input), currency);
    if (!bare.otherCurrency.isEmpty())
        return std::nullopt;
    QString t = bare.number;
    // "12万元": the yuan after the unit was stripped above; "¥12万" likewise before it.
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
