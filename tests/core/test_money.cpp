// Money: integer cents, locale formatting (¥ and 万), strict parsing.
#include "catchqt.h"

#include "domain/isotime.h"
#include "domain/money.h"
#include "domain/moneyunits.h"
#include "domain/target.h"

#include <limits>

using namespace fd;

TEST_CASE("money is formatted the way each locale expects", "[money]")
{
    const QLocale zh(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    const QLocale tw(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    CHECK(money::format(123456700, QStringLiteral("CNY"), zh) == QStringLiteral("¥1,234,567.00"));
    CHECK(money::format(5, QStringLiteral("CNY"), en) == QStringLiteral("¥0.05"));
    CHECK(money::format(-150, QStringLiteral("USD"), en) == QStringLiteral("-$1.50"));
    CHECK(money::formatShort(123456700, QStringLiteral("CNY"), zh) == QStringLiteral("123.46 万"));
    CHECK(money::formatShort(123456700, QStringLiteral("CNY"), tw) == QStringLiteral("123.46 萬"));
    CHECK(money::formatShort(123456700, QStringLiteral("CNY"), en) == QStringLiteral("¥1.23M"));
    CHECK(money::formatShort(4999, QStringLiteral("CNY"), zh) == QStringLiteral("0.00 万"));
    CHECK(money::formatShort(5000, QStringLiteral("CNY"), zh) == QStringLiteral("0.01 万"));
}

TEST_CASE("money in an office's currency: its symbol, and 万 only where it fits currency and reader", "[money]")
{
    const QLocale zh(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    const QLocale tw(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QString usd = QStringLiteral("USD"), twd = QStringLiteral("TWD"), hkd = QStringLiteral("HKD"),
                  eur = QStringLiteral("EUR");
    // US dollars: $ for a US reader, US$ for everyone else; thousands and millions, never 万.
    CHECK(money::format(123456700, usd, en) == QStringLiteral("$1,234,567.00"));
    CHECK(money::format(123456700, usd, zh) == QStringLiteral("US$1,234,567.00"));
    CHECK(money::formatShort(123456700, usd, zh) == QStringLiteral("US$1.23M"));
    CHECK(money::formatShort(4'500'000, usd, uk) == QStringLiteral("US$45.00K"));
    CHECK_FALSE(money::countsInWan(usd, zh));
    CHECK(money::shortUnit(usd, zh) == QStringLiteral("K"));
    CHECK(money::shortUnitCents(usd, zh) == 100'000);
    // Taiwan and Hong Kong dollars: 萬 for a Chinese reader, with the symbol; K/M in English.
    CHECK(money::formatShort(123456700, twd, tw) == QStringLiteral("NT$123.46 萬"));
    CHECK(money::formatShort(123456700, hkd, tw) == QStringLiteral("HK$123.46 萬"));
    CHECK(money::formatShort(123456700, twd, en) == QStringLiteral("NT$1.23M"));
    CHECK(money::shortUnit(twd, tw) == QStringLiteral("萬"));
    CHECK(money::shortUnitCents(QStringLiteral("CNY"), zh) == 1'000'000);
    // Euros: € and K/M in every language.
    CHECK(money::format(-150, eur, zh) == QStringLiteral("-€1.50"));
    CHECK(money::formatShort(250'000'000, eur, zh) == QStringLiteral("€2.50M"));
    CHECK(money::symbol(QStringLiteral("JPY"), zh) == QStringLiteral("JP¥"));
    CHECK(money::symbol(QStringLiteral("CHF"), en) == QStringLiteral("CHF "));
    // What is written is read back, whatever the currency.
    for (const QString &currency : {usd, twd, hkd, eur, QStringLiteral("JPY"), QStringLiteral("GBP")}) {
        for (const QLocale &l : {zh, tw, en}) {
            CAPTURE(currency, l.name());
            CHECK(money::parse(money::format(123456, currency, l), currency) == 123456);
        }
    }
    CHECK(money::parse(QStringLiteral("NT$12萬"), twd) == 12'000'000);
    CHECK(money::parse(QStringLiteral("USD 1,200"), usd) == 120'000);
    CHECK(money::parse(QStringLiteral("1200 usd"), usd) == 120'000);
}

TEST_CASE("money input written in another currency is refused and named, never read as the wanted one", "[money]")
{
    const QString cny = QStringLiteral("CNY"), usd = QStringLiteral("USD"), hkd = QStringLiteral("HKD"),
                  jpy = QStringLiteral("JPY");
    // A yuan amount: its own writings are read, a dollar's are not ("$100" is not ¥100).
    CHECK(money::parse(QStringLiteral("￥100"), cny) == 10'000);
    CHECK(money::parse(QStringLiteral("RMB 100"), cny) == 10'000);
    CHECK(money::parse(QStringLiteral("12万元"), cny) == 12'000'000);
    CHECK(money::parse(QStringLiteral("人民币1,000元"), cny) == 100'000);
    CHECK_FALSE(money::parse(QStringLiteral("$100"), cny).has_value());
    CHECK_FALSE(money::parse(QStringLiteral("US$100"), cny).has_value());
    CHECK_FALSE(money::parse(QStringLiteral("100 EUR"), cny).has_value());
    CHECK_FALSE(money::parse(QStringLiteral("JP¥100"), cny).has_value());
    CHECK_FALSE(money::parse(QStringLiteral("¥100$"), cny).has_value());
    CHECK(money::writtenCurrency(QStringLiteral("$100"), cny) == usd);
    CHECK(money::writtenCurrency(QStringLiteral("100 EUR"), cny) == QStringLiteral("EUR"));
    CHECK(money::writtenCurrency(QStringLiteral("HK$1,000"), cny) == hkd);
    // Not an amount of any currency, or the wanted one's own: nothing to name.
    CHECK(money::writtenCurrency(QStringLiteral("abcd"), cny).isEmpty());
    CHECK(money::writtenCurrency(QStringLiteral("¥100"), cny).isEmpty());
    CHECK(money::writtenCurrency(QStringLiteral("$abc"), cny).isEmpty());
    // A dollar amount: "$" alone is the office's own dollar; the yuan sign is refused.
    CHECK(money::parse(QStringLiteral("$100"), usd) == 10'000);
    CHECK(money::parse(QStringLiteral("$100"), hkd) == 10'000);
    CHECK_FALSE(money::parse(QStringLiteral("¥100"), usd).has_value());
    CHECK_FALSE(money::parse(QStringLiteral("HK$100"), usd).has_value());
    CHECK(money::writtenCurrency(QStringLiteral("¥100"), usd) == cny);
    // A yen amount reads ¥ as the yen.
    CHECK(money::parse(QStringLiteral("¥100"), jpy) == 10'000);
    CHECK(money::parse(QStringLiteral("JP¥100"), jpy) == 10'000);
}

TEST_CASE("money input is parsed exactly or refused", "[money]")
{
    CHECK(money::parse(QStringLiteral("1234"), QStringLiteral("CNY")) == 123400);
    CHECK(money::parse(QStringLiteral("1,234.5"), QStringLiteral("CNY")) == 123450);
    CHECK(money::parse(QStringLiteral("¥ 1,234.56"), QStringLiteral("CNY")) == 123456);
    CHECK(money::parse(QStringLiteral("12.5万"), QStringLiteral("CNY")) == 12500000);
    CHECK(money::parse(QStringLiteral("0.000001万"), QStringLiteral("CNY")) == 1);
    CHECK_FALSE(money::parse(QStringLiteral("-5"), QStringLiteral("CNY")).has_value());
    CHECK_FALSE(money::parse(QStringLiteral("abc"), QStringLiteral("CNY")).has_value());
    CHECK_FALSE(money::parse(QStringLiteral("1.234"), QStringLiteral("CNY")).has_value());
    CHECK_FALSE(money::parse(QString(), QStringLiteral("CNY")).has_value());
    CHECK_FALSE(money::parse(QStringLiteral("99999999999999999999"), QStringLiteral("CNY")).has_value());
    // A refused negative is told apart from text that is no amount at all.
    CHECK(money::isNegativeText(QStringLiteral(" -5")));
    CHECK(money::isNegativeText(QStringLiteral("−1.5万")));
    CHECK_FALSE(money::isNegativeText(QStringLiteral("很多")));
    CHECK_FALSE(money::isNegativeText(QStringLiteral("5-")));
}

TEST_CASE("money for an input field is exact text that parses back", "[money]")
{
    CHECK(money::editText(8800000) == QStringLiteral("88000.00"));
    CHECK(money::editText(5) == QStringLiteral("0.05"));
    CHECK(money::editText(-1250) == QStringLiteral("-12.50"));
    CHECK(money::editText(0) == QStringLiteral("0.00"));
    // Beyond a double's 53 bits the old "/ 100.0" versions lost cents; integers do not.
    CHECK(money::editText(900719925474099321) == QStringLiteral("9007199254740993.21"));
    CHECK(money::editText(std::numeric_limits<qint64>::min()) == QStringLiteral("-92233720368547758.08"));
    CHECK(money::editTextBrief(120000000) == QStringLiteral("1200000"));
    CHECK(money::editTextBrief(120000050) == QStringLiteral("1200000.50"));
    for (qint64 c : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(123456789), qint64(99999999999999)}) {
        CHECK(money::parse(money::editText(c), QStringLiteral("CNY")) == c);
        CHECK(money::parse(money::editTextBrief(c), QStringLiteral("CNY")) == c);
    }
}

TEST_CASE("percent of an amount rounds half away from zero in integers", "[money]")
{
    // 004's worked example: 1,000,000 split 70/30 at a 10 % win rate.
    const qint64 deal = 100000000; // ¥1,000,000.00
    const qint64 weighted = money::percentOf(deal, 10);
    CHECK(money::percentOf(weighted, 70) == 7000000);
    CHECK(money::percentOf(weighted, 30) == 3000000);
    CHECK(money::percentOf(deal, 70) == 70000000);
    CHECK(money::percentOf(1, 50) == 1);
    CHECK(money::percentOf(3, 50) == 2);
}

TEST_CASE("dates are strict ISO 8601 and timestamps are stored in UTC", "[time]")
{
    CHECK(isotime::parseDate(QStringLiteral("2026-02-28")) == QDate(2026, 2, 28));
    CHECK_FALSE(isotime::parseDate(QStringLiteral("2026-02-30")).has_value());
    CHECK_FALSE(isotime::parseDate(QStringLiteral("2026-2-3")).has_value());
    CHECK_FALSE(isotime::parseDate(QStringLiteral("23/11/2026")).has_value());
    const auto t = isotime::parseTimestamp(QStringLiteral("2026-11-23T17:00:00+08:00"));
    REQUIRE(t.has_value());
    CHECK(isotime::toStored(*t) == QStringLiteral("2026-11-23T09:00:00Z"));
    CHECK(isotime::toStored(*isotime::parseTimestamp(QStringLiteral("2026-11-23T09:00:00")))
          == QStringLiteral("2026-11-23T09:00:00Z"));
}

TEST_CASE("target periods are years, quarters or months", "[time]")
{
    QDate s;
    QDate e;
    REQUIRE(parsePeriod(QStringLiteral("2026-Q4"), &s, &e));
    CHECK(s == QDate(2026, 10, 1));
    CHECK(e == QDate(2026, 12, 31));
    REQUIRE(parsePeriod(QStringLiteral("2026-02"), &s, &e));
    CHECK(e == QDate(2026, 2, 28));
    CHECK_FALSE(parsePeriod(QStringLiteral("2026-13"), &s, &e));
    CHECK_FALSE(parsePeriod(QStringLiteral("2026-Q5"), &s, &e));
}
