#pragma once

#include <QLocale>
#include <QString>

// How an amount of a currency is written for a reader, which money::format and
// money::formatShort (money.h) follow and charts use for their axes: the currency's symbol, and
// whether summaries count in 万 / 萬 (10,000) or in thousands (K) and millions (M).
//   CNY: ¥1,234.00, "123.46 万" in Chinese, ¥1.23M in English;
//   TWD, HKD, MOP: NT$1,234.00, "NT$123.46 萬" in Chinese, NT$1.23M in English;
//   USD: $1,234.00 for a US reader, US$ for everyone else, always K and M; EUR €, GBP £, SGD S$,
//   JPY JP¥ likewise; any other code is written before the amount ("CHF 1,234.00").
namespace fd::money {

QString symbol(const QString &currency, const QLocale &locale);

// Whether summaries count in 万 / 萬: Chinese readers of the currencies written that way.
bool countsInWan(const QString &currency, const QLocale &locale = QLocale());
// The unit of summaries and chart axes: 万 (Simplified), 萬 (Traditional) or "K".
QString shortUnit(const QString &currency, const QLocale &locale = QLocale());
// How many cents one shortUnit() is: 1,000,000 (万) or 100,000 (K).
qint64 shortUnitCents(const QString &currency, const QLocale &locale = QLocale());

} // namespace fd::money
