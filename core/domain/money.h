#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace fd {

// An amount of money: an integer number of cents (分) and an ISO 4217 currency code.
// Never a double: sums and splits stay exact.
struct Money
{
    qint64 cents = 0;
    QString currency = QStringLiteral("CNY");

    friend bool operator==(const Money &a, const Money &b) { return a.cents == b.cents && a.currency == b.currency; }
};

namespace money {

// Currency symbol for display: ¥ for CNY, $ for USD, the code otherwise.
QString symbol(const QString &currency);

// Full amount the way the locale writes it: "¥1,234,567.00".
QString format(qint64 cents, const QString &currency, const QLocale &locale = QLocale());

// Summary form. Chinese locales count in 万 (10,000): "123.46 万" (zh_CN) / "123.46 萬"
// (zh_TW/HK); other locales use K/M: "¥1.23M". Rounded half away from zero.
QString formatShort(qint64 cents, const QString &currency, const QLocale &locale = QLocale());

// Parses user or file input of an amount in `currency` into cents: "1234", "1,234.50",
// "¥1234.5", "12.5万", "12万元", "US$1,200", "USD 1,200". A writing of another currency refuses
// the text ("$100" for a CNY amount): storing it as yuan would change its value silently. "$" alone
// is any dollar's, "¥" the yuan's or the yen's. Refuses negatives, more than two decimals, and
// anything not a number (nullopt).
std::optional<qint64> parse(const QString &text, const QString &currency);
// The currency a writing in `text` names when it is not `currency` ("US$5" → "USD" for a CNY
// amount), empty otherwise: what a message says when parse() refused the text for it.
QString writtenCurrency(const QString &text, const QString &currency);
// Whether input parse() refused is a negative amount ("-5", "−5", "-¥5"), so that a form
// can say "must not be negative" rather than "is not an amount".
bool isNegativeText(const QString &text);

// Text for an input field, exact (integers, never a double) and readable back by parse():
// "88000.00", "-12.50" — no grouping, no symbol, always two decimals.
QString editText(qint64 cents);
// The same without ".00" when there are no cents ("1200000", "1200000.50"): targets and other
// round figures are easier to edit that way.
QString editTextBrief(qint64 cents);

// a × b / c rounded half up, exact for any non-negative 64-bit operands whose result fits
// (schoolbook 128-bit product, then bitwise long division): an amount × a share of another
// amount overflows 64 bits for large deals, and doubles would lose cents. c > 0.
qint64 mulDivRound(qint64 a, qint64 b, qint64 c);

// cents × percent / 100, rounded half away from zero (exact integer arithmetic).
qint64 percentOf(qint64 cents, int percent);

} // namespace money
} // namespace fd
