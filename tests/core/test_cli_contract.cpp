// funneldesk-cli contract submit / approve / reject / history, in-process on a SQLite file
// with people signed in by --user (FD_PASSWORD): the steps by role, exit codes (2 usage,
// 1 refused or unknown) and the history as text and JSON.
#include "catchqt.h"

#include "approvaloffice.h"
#include "clirun.h"

#include "auth/passwordhash.h"
#include "storage/repositories/organizationrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::test;

namespace {

struct CliApproval
{
    ApprovalOffice o;
    Contract c;

    CliApproval()
    {
        const QString hash = password::hash(QStringLiteral("secret-password"));
        for (const qint64 id : {o.rep, o.eastManager, o.finance})
            OrganizationRepository(o.tdb.db()).setPasswordHash(id, hash, false);
        c = o.draft(o.rep, 1000000);
        o.as(0);
        qputenv("FD_PASSWORD", "secret-password");
    }
    ~CliApproval() { qunsetenv("FD_PASSWORD"); }

    QString login(qint64 id) { return OrganizationRepository(o.tdb.db()).user(id).login; }
    CliRun run(qint64 as, const QStringList &args)
    {
        QStringList all{QStringLiteral("--db"), o.tdb.path()};
        if (as)
            all << QStringLiteral("--user") << login(as);
        const CliRun r = runCliWith(all + args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << " → " << r.code << "\n"
                                                       << r.out.toStdString() << "\n"
                                                       << r.err.toStdString());
        return r;
    }
};

} // namespace

TEST_CASE("cli: contract submit, reject, submit and approve by the roles that may, history as JSON", "[cli][approval]")
{
    CliApproval t;
    const QString contract = QStringLiteral("contract");
    const QString number = t.c.number;

    // Finance may not submit someone else's contract: exit 1, the reason on stderr.
    CliRun r = t.run(t.o.finance, {contract, QStringLiteral("submit"), QStringLiteral("--number"), number});
    CHECK(r.code == 1);
    CHECK(r.err.contains(number));
    CHECK(t.o.status(t.c.id) == ApprovalStatus::Draft);

    r = t.run(t.o.rep, {contract, QStringLiteral("submit"), QStringLiteral("--number"), number});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("pending")));
    // The owner cannot approve their own contract.
    r = t.run(t.o.rep, {contract, QStringLiteral("approve"), QStringLiteral("--number"), number});
    CHECK(r.code == 1);
    CHECK(t.o.status(t.c.id) == ApprovalStatus::Pending);

    r = t.run(t.o.eastManager, {contract, QStringLiteral("reject"), QStringLiteral("--number"), number,
                                QStringLiteral("--comment"), QStringLiteral("缺少附件")});
    REQUIRE(r.code == 0);
    CHECK(t.o.status(t.c.id) == ApprovalStatus::Rejected);
    REQUIRE(t.run(t.o.rep, {contract, QStringLiteral("submit"), QStringLiteral("--number"), number}).code == 0);
    REQUIRE(t.run(t.o.eastManager, {contract, QStringLiteral("approve"), QStringLiteral("--number"), number}).code
            == 0);
    CHECK(t.o.status(t.c.id) == ApprovalStatus::Approved);

    r = t.run(0, {contract, QStringLiteral("history"), QStringLiteral("--number"), number, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonArray steps = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(steps.size() == 4);
    CHECK(steps[1].toObject().value(QStringLiteral("step")).toString() == QStringLiteral("reject"));
    CHECK(steps[1].toObject().value(QStringLiteral("comment")).toString() == QStringLiteral("缺少附件"));
    CHECK(steps[1].toObject().value(QStringLiteral("by_login")).toString() == t.login(t.o.eastManager));
    CHECK(steps[3].toObject().value(QStringLiteral("level")).toString() == QStringLiteral("manager"));
    CHECK(steps[3].toObject().value(QStringLiteral("to_status")).toString() == QStringLiteral("approved"));

    r = t.run(0, {contract, QStringLiteral("history"), QStringLiteral("--number"), number});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("4 step(s)")));
    CHECK(r.out.contains(QStringLiteral("缺少附件")));
}

TEST_CASE("cli: contract usage errors exit 2 and an unknown number exits 1, nothing changes", "[cli][approval]")
{
    CliApproval t;
    const QString contract = QStringLiteral("contract");
    CHECK(t.run(t.o.rep, {contract}).code == 2);
    CHECK(t.run(t.o.rep, {contract, QStringLiteral("sign"), QStringLiteral("--number"), t.c.number}).code == 2);
    CHECK(t.run(t.o.rep, {contract, QStringLiteral("submit")}).code == 2);
    CHECK(t.run(t.o.rep, {contract, QStringLiteral("reject"), QStringLiteral("--number"), t.c.number}).code == 2);
    CHECK(t.run(t.o.rep, {contract, QStringLiteral("submit"), QStringLiteral("--number"), QStringLiteral("HT-0")}).code
          == 1);
    // Nobody signed in on a file with people: refused.
    CHECK(t.run(0, {contract, QStringLiteral("submit"), QStringLiteral("--number"), t.c.number}).code == 1);
    CHECK(t.o.status(t.c.id) == ApprovalStatus::Draft);
    CHECK(t.o.steps(t.c.id) == 0);
}
