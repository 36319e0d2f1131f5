// funneldesk-cli receivables: aging and overdue instalments as snake_case JSON in cents,
// run in-process on a real file written through ContractRepository.
#include "catchqt.h"
#include "clirun.h"
#include "contractfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::test;

TEST_CASE("receivables prints aging buckets and overdue instalments in cents", "[cli][receivables]")
{
    ContractOffice f;
    const QDate day = f.today();
    // Customer A: 45 days past due, partly paid; due in 10 days. Customer B: 91 days past due.
    const Contract a = f.contract(f.customerA, 1000000);
    const QList<Instalment> ain = f.planByPercent(a.id, {{60, day.addDays(-45)}, {40, day.addDays(10)}});
    f.receipt(a.id, 100000, day.addDays(-40));
    const Contract b = f.contract(f.customerB, 250050);
    const QList<Instalment> bin = f.planByAmount(b.id, {{250050, day.addDays(-91)}});

    const CliRun r = runCliWith({QStringLiteral("--db"), f.tdb.path(), QStringLiteral("receivables"),
                                 QStringLiteral("--as-of"), day.toString(Qt::ISODate)});
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    QJsonParseError perr{};
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &perr).object();
    REQUIRE(perr.error == QJsonParseError::NoError);
    CHECK(root.value(QStringLiteral("as_of")).toString() == day.toString(Qt::ISODate));

    const QJsonObject total = root.value(QStringLiteral("aging")).toObject().value(QStringLiteral("total")).toObject();
    CHECK(total.value(QStringLiteral("days_0_30_cents")).toInteger() == 0);
    CHECK(total.value(QStringLiteral("days_31_60_cents")).toInteger() == 600000 - 100000);
    CHECK(total.value(QStringLiteral("days_61_90_cents")).toInteger() == 0);
    CHECK(total.value(QStringLiteral("days_over_90_cents")).toInteger() == 250050);
    CHECK(total.value(QStringLiteral("total_cents")).toInteger() == 500000 + 250050);
    const QJsonArray customers =
        root.value(QStringLiteral("aging")).toObject().value(QStringLiteral("customers")).toArray();
    REQUIRE(customers.size() == 2);

    const QJsonArray overdue = root.value(QStringLiteral("overdue_instalments")).toArray();
    REQUIRE(overdue.size() == 2);
    const QJsonObject oldest = overdue.at(0).toObject();
    CHECK(oldest.value(QStringLiteral("instalment_id")).toInteger() == bin[0].id);
    CHECK(oldest.value(QStringLiteral("days_past_due")).toInt() == 91);
    CHECK(oldest.value(QStringLiteral("outstanding_cents")).toInteger() == 250050);
    const QJsonObject partly = overdue.at(1).toObject();
    CHECK(partly.value(QStringLiteral("contract")).toString() == a.number);
    CHECK(partly.value(QStringLiteral("received_cents")).toInteger() == 100000);
    CHECK(partly.value(QStringLiteral("outstanding_cents")).toInteger() == 500000);
    CHECK(partly.value(QStringLiteral("due_date")).toString() == ain[0].dueDate.toString(Qt::ISODate));

    const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
    CHECK(totals.value(QStringLiteral("balance_cents")).toInteger() == 1000000 - 100000 + 250050);
    CHECK(totals.value(QStringLiteral("overdue_cents")).toInteger() == 500000 + 250050);
    CHECK(totals.value(QStringLiteral("expected_next_30_days_cents")).toInteger() == 400000);

    // As of 92 days earlier nothing was due yet.
    const CliRun early = runCliWith({QStringLiteral("--db"), f.tdb.path(), QStringLiteral("receivables"),
                                     QStringLiteral("--as-of"), day.addDays(-92).toString(Qt::ISODate)});
    REQUIRE(early.code == 0);
    const QJsonObject earlyRoot = QJsonDocument::fromJson(early.out.toUtf8()).object();
    CHECK(earlyRoot.value(QStringLiteral("overdue_instalments")).toArray().isEmpty());

    const CliRun bad = runCliWith({QStringLiteral("--db"), f.tdb.path(), QStringLiteral("receivables"),
                                   QStringLiteral("--as-of"), QStringLiteral("2026-02-30")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("--as-of")));
}
