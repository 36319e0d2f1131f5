// funneldesk-cli audit in-process, on a SQLite file and on the PostgreSQL cluster: the
// filters, text and JSON, and the exit codes (2 usage, decided before anything is read;
// 1 when the data refuses: a login nobody has).
#include "catchqt.h"

#include "builders.h"
#include "clirun.h"
#include "tempdatabase.h"

#include "storage/repositories/opportunityrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::test;

namespace {

struct AuditCli
{
    TempDatabase t;
    Builders make{t.db()};
    qint64 rep = make.user(QStringLiteral("李娜"));
    Pipeline pipeline = make.pipeline();
    qint64 customer = make.customer(QStringLiteral("华东精密机械"), 0, rep);
    qint64 deal = make.opportunity(pipeline, customer, rep, 100000, QStringLiteral("MES 一期")).id;
    qint64 otherDeal = make.opportunity(pipeline, customer, rep, 200000, QStringLiteral("MES 二期")).id;

    AuditCli()
    {
        t.db().setActingUserId(rep);
        OpportunityRepository repo(t.db());
        Opportunity o = repo.get(deal);
        o.amount.cents = 555500;
        repo.update(o);
        t.db().setActingUserId(0);
    }

    CliRun run(const QStringList &args)
    {
        const CliRun r = runCliWith(QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("audit")} + args);
        INFO("audit " << args.join(QLatin1Char(' ')).toStdString() << " → " << r.code << "\n"
                      << r.out.toStdString() << "\n"
                      << r.err.toStdString());
        return r;
    }

    QJsonArray json(const QStringList &args)
    {
        const CliRun r = run(args + QStringList{QStringLiteral("--json")});
        REQUIRE(r.code == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
};

} // namespace

TEST_CASE("funneldesk-cli audit: one record's changes as text and JSON", "[audit][cli]")
{
    AuditCli c;
    const QStringList one{QStringLiteral("--entity"), QStringLiteral("opportunity"), QStringLiteral("--id"),
                          QString::number(c.deal)};
    const QJsonArray events = c.json(one);
    REQUIRE(events.size() >= 2); // created, changed
    bool sawAmount = false;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        CHECK(e.value(QStringLiteral("entity")).toString() == QStringLiteral("opportunity"));
        CHECK(e.value(QStringLiteral("entity_id")).toInteger() == c.deal);
        CHECK(e.value(QStringLiteral("record")).toString().endsWith(QStringLiteral("MES 一期")));
        for (const QJsonValue &ch : e.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = ch.toObject();
            // (On the server a creation lists every column it was created with, the amount too.)
            if (change.value(QStringLiteral("field")).toString() != QStringLiteral("amount_cents")
                || e.value(QStringLiteral("action")).toString() == QStringLiteral("insert"))
                continue;
            sawAmount = true;
            CHECK(change.value(QStringLiteral("old")).toString() == QStringLiteral("100000"));
            CHECK(change.value(QStringLiteral("new")).toString() == QStringLiteral("555500"));
            CHECK(change.value(QStringLiteral("field_title")).toString() == QStringLiteral("Amount"));
            CHECK(e.value(QStringLiteral("action")).toString() == QStringLiteral("update"));
            // Who: the acting user on the file, the session's login on the server.
            if (c.t.onPostgres())
                CHECK(e.value(QStringLiteral("user_login")).toString() == PgCluster::instance().superuser());
            else
                CHECK(e.value(QStringLiteral("user_name")).toString() == QStringLiteral("李娜"));
        }
    }
    CHECK(sawAmount);

    // Text: one line per event and the count; the other deal is not in it.
    const CliRun text = c.run(one);
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Changed  Deal #%1 MES 一期  Amount: ").arg(c.deal)));
    CHECK(text.out.contains(QStringLiteral("→")));
    CHECK_FALSE(text.out.contains(QStringLiteral("MES 二期")));
    CHECK(text.out.endsWith(QStringLiteral("%1 event(s)\n").arg(events.size())));

    // Every deal: both; a day with nothing: none; the newest one only.
    CHECK(c.json({QStringLiteral("--entity"), QStringLiteral("opportunity")}).size() > events.size());
    CHECK(c.json({QStringLiteral("--since"), QStringLiteral("2099-01-01")}).isEmpty());
    CHECK(c.json({QStringLiteral("--until"), QStringLiteral("2000-01-01")}).isEmpty());
    CHECK(c.json({QStringLiteral("--limit"), QStringLiteral("1")}).size() == 1);
    CHECK(c.json({QStringLiteral("--action"), QStringLiteral("sign_out")}).isEmpty());
}

TEST_CASE("funneldesk-cli audit: usage errors exit 2 before reading, an unknown login 1", "[audit][cli]")
{
    AuditCli c;
    for (const QStringList &args : QList<QStringList>{
             {QStringLiteral("--id"), QStringLiteral("3")},
             {QStringLiteral("--entity"), QStringLiteral("spaceship")},
             {QStringLiteral("--entity"), QStringLiteral("opportunity"), QStringLiteral("--id"), QStringLiteral("x")},
             {QStringLiteral("--since"), QStringLiteral("2026-13-01")},
             {QStringLiteral("--since"), QStringLiteral("2026-11-02"), QStringLiteral("--until"),
              QStringLiteral("2026-11-01")},
             {QStringLiteral("--action"), QStringLiteral("fly")},
             {QStringLiteral("--limit"), QStringLiteral("0")},
             {QStringLiteral("extra")},
         }) {
        const CliRun r = c.run(args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(QStringLiteral("funneldesk-cli audit: ")));
    }
    const CliRun r = c.run({QStringLiteral("--user"), QStringLiteral("nobody-has-this")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("nobody-has-this")));
}
