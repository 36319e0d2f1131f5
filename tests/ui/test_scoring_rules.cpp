// The scoring rules dialog on the offscreen platform: raising a rule's points and saving
// stores the new rules and moves a matching customer's tier after the rescore; points
// outside −100..100 are shown as a located error and nothing is stored.
#include "builders.h"
#include "catchqt.h"
#include "tempdatabase.h"

#include "settings/scoringrulesdialog.h"

#include "leads/customerscoring.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>

using namespace fd;

namespace {

QString storedTier(Database &db, qint64 customerId)
{
    return SqlQuery(db, QStringLiteral("SELECT tier FROM customers WHERE id = ?")).add(customerId).scalar().toString();
}

// One industry rule worth 20 points, and a customer in that industry (score 20 → tier C).
qint64 seed(Database &db)
{
    const qint64 id = test::Builders(db).customer(QStringLiteral("苏州明远精密机械有限公司"));
    SqlQuery(db, QStringLiteral("UPDATE customers SET industry = ? WHERE id = ?"))
        .add(QStringLiteral("制造业"))
        .add(id)
        .exec();
    CustomerScoring(db).setRules(
        {{0, QStringLiteral("industry"), QStringLiteral("eq"), QStringLiteral("制造业"), 20, 1}});
    CustomerScoring(db).rescoreAll();
    return id;
}

} // namespace

TEST_CASE("scoring rules dialog saves edited points and rescores", "[ui][scoring]")
{
    test::TempDatabase t;
    const qint64 customer = seed(t.db());
    REQUIRE(storedTier(t.db(), customer) == QStringLiteral("C"));

    ScoringRulesDialog d(t.db());
    auto *table = d.findChild<QTableWidget *>();
    REQUIRE(table->rowCount() == 1);
    table->item(0, 3)->setText(QStringLiteral("70"));
    REQUIRE(d.save());
    CHECK(d.rescored() == 1);

    const QList<ScoringRule> rules = CustomerScoring(t.db()).rules();
    REQUIRE(rules.size() == 1);
    CHECK(rules.at(0).points == 70);
    CHECK(rules.at(0).value == QStringLiteral("制造业"));
    CHECK(storedTier(t.db(), customer) == QStringLiteral("A"));
}

TEST_CASE("scoring rules dialog shows a located error for points out of range", "[ui][scoring]")
{
    test::TempDatabase t;
    const qint64 customer = seed(t.db());

    ScoringRulesDialog d(t.db());
    auto *table = d.findChild<QTableWidget *>();
    d.addRule();
    REQUIRE(table->rowCount() == 2);
    table->item(1, 2)->setText(QStringLiteral("零售"));
    table->item(1, 3)->setText(QStringLiteral("140"));
    table->item(0, 3)->setText(QStringLiteral("70"));
    CHECK_FALSE(d.save());

    QString shown;
    for (QLabel *l : d.findChildren<QLabel *>())
        if (l->text().contains(QStringLiteral("140")))
            shown = l->text();
    CHECK(shown.contains(QStringLiteral("Rule 2")));
    CHECK(table->currentRow() == 1);
    CHECK(table->currentColumn() == 3);

    const QList<ScoringRule> rules = CustomerScoring(t.db()).rules();
    REQUIRE(rules.size() == 1);
    CHECK(rules.at(0).points == 20);
    CHECK(storedTier(t.db(), customer) == QStringLiteral("C"));
}
