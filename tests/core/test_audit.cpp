// The audit reader (core/audit) on both databases: one record's history as events with who,
// when and each field old → new, readable values, and the filters. On SQLite it reads the
// repositories' journal (audit_log) and the acting user; on PostgreSQL the server's trail
// (audit_trail) and the session's login, here the test cluster's superuser.
#include "catchqt.h"

#include "builders.h"
#include "tempdatabase.h"

#include "audit/auditreader.h"
#include "audit/audittext.h"
#include "storage/repositories/opportunityrepository.h"

using namespace fd;
using namespace fd::test;

namespace {

struct AuditedDeal
{
    TempDatabase t;
    Builders make{t.db()};
    qint64 repA = make.user(QStringLiteral("李娜"));
    qint64 repB = make.user(QStringLiteral("孙浩"));
    Pipeline pipeline = make.pipeline();
    qint64 customer = make.customer(QStringLiteral("华东精密机械"), 0, repA);
    Opportunity deal = make.opportunity(pipeline, customer, repA, 100000, QStringLiteral("MES 一期"));

    // As rep A: the amount and the close date in one save, a day later the stage, a day later
    // the owner (to rep B, with nobody signed in).
    void edit()
    {
        t.db().setActingUserId(repA);
        OpportunityRepository repo(t.db());
        Opportunity o = repo.get(deal.id);
        o.amount.cents = 555500;
        o.expectedCloseDate = QDate(2027, 1, 31);
        repo.update(o);
        t.clock().advanceSeconds(24 * 3600);
        repo.moveToStage(deal.id, pipeline.stages[1].id);
        t.clock().advanceSeconds(24 * 3600);
        // A rep may not hand a deal over (Viewer): the reassignment is made with nobody signed in.
        t.db().setActingUserId(0);
        o = repo.get(deal.id);
        o.ownerId = repB;
        repo.update(o);
        // Read as nobody signed in (all rows; rep A no longer owns the deal: test_audit_sqlite).
        t.db().setActingUserId(0);
    }

    QList<AuditEvent> history(AuditFilter f = {})
    {
        f.entity = QStringLiteral("opportunity");
        f.entityId = deal.id;
        return AuditReader(t.db()).list(f);
    }
};

const AuditEvent *withChange(const QList<AuditEvent> &events, const QString &field)
{
    for (const AuditEvent &e : events)
        for (const AuditChange &c : e.changes)
            if (c.field == field)
                return &e;
    return nullptr;
}

const AuditChange *change(const AuditEvent &e, const QString &field)
{
    for (const AuditChange &c : e.changes)
        if (c.field == field)
            return &c;
    return nullptr;
}

} // namespace

TEST_CASE("audit: a deal's history is its changes, newest first, with who, when and old → new", "[audit]")
{
    AuditedDeal d;
    const QDateTime editedAt = d.t.clock().now();
    const QDateTime serverBefore = QDateTime::currentDateTimeUtc().addSecs(-1);
    d.edit();
    const QDateTime serverAfter = QDateTime::currentDateTimeUtc().addSecs(1);
    // When: the database's clock on SQLite (the fixed test clock); the server's own on
    // PostgreSQL (clock_timestamp() in the trigger: a client cannot backdate it).
    const auto at = [&](const AuditEvent &e, int day) {
        if (d.t.onPostgres())
            return e.occurredAt >= serverBefore && e.occurredAt <= serverAfter;
        return e.occurredAt == editedAt.addDays(day);
    };
    const QList<AuditEvent> events = d.history();
    REQUIRE(events.size() >= 4); // created, edited, moved, reassigned
    for (int i = 1; i < events.size(); ++i)
        CHECK(events[i - 1].occurredAt >= events[i].occurredAt);

    // One save is one event with both fields.
    const AuditEvent *edit = withChange(events, QStringLiteral("amount_cents"));
    REQUIRE(edit);
    CHECK(at(*edit, 0));
    CHECK(edit->action == QStringLiteral("update"));
    const AuditChange *amount = change(*edit, QStringLiteral("amount_cents"));
    CHECK(amount->oldValue == QStringLiteral("100000"));
    CHECK(amount->newValue == QStringLiteral("555500"));
    const AuditChange *close = change(*edit, QStringLiteral("expected_close_date"));
    REQUIRE(close);
    CHECK(close->newValue.startsWith(QStringLiteral("2027-01-31")));

    // Who: the acting user on SQLite; on PostgreSQL the session's login (the trail cannot be
    // told otherwise), here the installer, who is no FunnelDesk user.
    AuditText text(d.t.db());
    if (d.t.onPostgres()) {
        CHECK(edit->userId == 0);
        CHECK(edit->userLogin == PgCluster::instance().superuser());
        CHECK(text.who(*edit) == PgCluster::instance().superuser());
    } else {
        CHECK(edit->userId == d.repA);
        CHECK(text.who(*edit) == QStringLiteral("李娜"));
    }

    // Read as people read it: money as money, stages and people by name.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(text.change(*amount) == QStringLiteral("Amount: ¥1,000.00 → ¥5,555.00"));
    const AuditEvent *moved = withChange(events, QStringLiteral("stage_id"));
    REQUIRE(moved);
    CHECK(moved->action == QStringLiteral("move"));
    CHECK(at(*moved, 1));
    const AuditChange *stage = change(*moved, QStringLiteral("stage_id"));
    CHECK(text.change(*stage)
          == QStringLiteral("Stage: %1 → %2").arg(d.pipeline.stages[0].name, d.pipeline.stages[1].name));
    const AuditEvent *owner = withChange(events, QStringLiteral("owner_id"));
    REQUIRE(owner);
    CHECK(text.change(*change(*owner, QStringLiteral("owner_id"))) == QStringLiteral("Owner: 李娜 → 孙浩"));
    CHECK(text.record(QStringLiteral("opportunity"), d.deal.id) == QStringLiteral("Deal #%1 MES 一期").arg(d.deal.id));
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("audit: filters by day, action, kind and author", "[audit]")
{
    AuditedDeal d;
    d.edit();
    // The edit's day, the move's the next (the test clock); on PostgreSQL every row has the
    // server's time: all today.
    const bool server = d.t.onPostgres();
    const QDate first = server ? QDateTime::currentDateTimeUtc().date() : d.t.clock().now().date().addDays(-2);
    AuditFilter f;
    f.since = server ? first : first.addDays(1);
    const QList<AuditEvent> later = d.history(f);
    REQUIRE_FALSE(later.isEmpty());
    for (const AuditEvent &e : later)
        CHECK(e.occurredAt.date() >= f.since);
    CHECK((withChange(later, QStringLiteral("amount_cents")) == nullptr) == !server);
    f = {};
    f.until = server ? first.addDays(-1) : first;
    const QList<AuditEvent> earlier = d.history(f);
    CHECK((withChange(earlier, QStringLiteral("amount_cents")) != nullptr) == !server);
    CHECK(withChange(earlier, QStringLiteral("stage_id")) == nullptr);
    CHECK(earlier.isEmpty() == server);

    f = {};
    f.action = QStringLiteral("move");
    const QList<AuditEvent> moves = d.history(f);
    REQUIRE(moves.size() == 1);
    CHECK(moves.first().changes.size() >= 1);

    // All deals (no id): the customer's rows stay out.
    AuditFilter deals;
    deals.entity = QStringLiteral("opportunity");
    for (const AuditEvent &e : AuditReader(d.t.db()).list(deals))
        CHECK(e.entity == QStringLiteral("opportunity"));
    deals.limit = 2;
    CHECK(AuditReader(d.t.db()).list(deals).size() == 2);

    // By author: on SQLite rep A made the changes and rep B none.
    if (!d.t.onPostgres()) {
        AuditFilter byB;
        byB.userId = d.repB;
        CHECK(AuditReader(d.t.db()).list(byB).isEmpty());
        AuditFilter byA;
        byA.userId = d.repA;
        CHECK(withChange(AuditReader(d.t.db()).list(byA), QStringLiteral("stage_id")) != nullptr);
        CHECK(withChange(AuditReader(d.t.db()).list(byA), QStringLiteral("owner_id")) == nullptr);
    }
}
