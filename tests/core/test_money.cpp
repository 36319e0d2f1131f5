// Money: integer cents, locale formatting (¥ and 万), strict parsing.
#include "catchqt.h"

#include "domain/isotime.h"
#include "domain/money.h"
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

TEST_CASE("money input is parsed exactly or refused", "[money]")
{
    CHECK(money::parse(QStringLiteral("1234")) == 123400);
    CHECK(money::parse(QStringLiteral("1,234.5")) == 123450);
    CHECK(money::parse(QStringLiteral("¥ 1,234.56")) == 123456);
    CHECK(money::parse(QStringLiteral("12.5万")) == 12500000);
    CHECK(money::parse(QStringLiteral("0.000001万")) == 1);
    CHECK_FALSE(money::parse(QStringLiteral("-5")).has_value());
    CHECK_FALSE(money::parse(QStringLiteral("abc")).has_value());
    CHECK_FALSE(money::parse(QStringLiteral("1.234")).has_value());
    CHECK_FALSE(money::parse(QString()).has_value());
    CHECK_FALSE(money::parse(QStringLiteral("99999999999999999999")).has_value());
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
        CHECK(money::parse(money::editText(c)) == c);
        CHECK(money::parse(money::editTextBrief(c)) == c);
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
