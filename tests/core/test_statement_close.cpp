// Closing a month of statements (DEFINITIONS.md §14) on the office of statementoffice.h: a
// closed month reads back as it was closed, a later change touching it is paid once on the
// first open month as an adjustment, months close in order; reviews by the person's manager;
// who reads statements, by the core's rule on SQLite and the server's row level security on
// PostgreSQL under each person's own login.
#include "catchqt.h"
#include "statementoffice.h"

#include "analytics/statement.h"
#include "analytics/statementbook.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/pgaccess.h"
#include "storage/repositories/payplanrepository.h"
#include "storage/repositories/statementrepository.h"

using namespace fd;
using namespace fd::analytics;
using namespace fd::test;

namespace {

constexpr qint64 Y = StatementOffice::Y;

// Finance closes October as of 11-02, then the October receipt is removed on 11-25.
void closeOctoberThenRemoveReceipt(StatementOffice &o)
{
    o.tdb.clock().set(StatementOffice::at(11, 2));
    o.tdb.db().setActingUserId(o.finance);
    StatementBook(o.tdb.db(), o.plans).close(QStringLiteral("2026-10"));
    o.tdb.clock().set(StatementOffice::at(11, 25));
    ContractRepository(o.tdb.db()).removeReceipt(o.octoberReceipt);
    o.tdb.db().setActingUserId(0);
    o.tdb.clock().set(StatementOffice::at(12, 1));
}

} // namespace

TEST_CASE("A closed month reads back as closed and later changes are paid once on the next month", "[statement]")
{
    StatementOffice o;
    closeOctoberThenRemoveReceipt(o);
    StatementBook book(o.tdb.db(), o.plans);
    CHECK(book.isClosed(QStringLiteral("2026-10")));
    CHECK(book.firstOpen() == QStringLiteral("2026-11"));
    const Statement october = book.statement(o.zhang, QStringLiteral("2026-10"));
    CHECK(october.status == StatementStatus::Closed);
    CHECK(october.totalCents == 10300 * Y);
    REQUIRE(october.receipts.size() == 1);
    CHECK(october.receipts[0].amountCents == 30000 * Y);

    const Statement november = book.statement(o.zhang, QStringLiteral("2026-11"));
    const StatementComponent *adjustment = componentOf(november, StatementComponent::Adjustment);
    REQUIRE(adjustment);
    CHECK(adjustment->period == QStringLiteral("2026-10"));
    CHECK(adjustment->amountCents == -300 * Y);
    REQUIRE(adjustment->changes.size() == 1);
    CHECK(adjustment->changes[0].contains(QStringLiteral("HT-2026-002")));
    CHECK(adjustment->changes[0].contains(QStringLiteral("2026-10-20")));
    CHECK(november.ownCents == 20050 * Y);
    CHECK(november.totalCents == 19750 * Y);
    // Nobody else's October changed.
    CHECK(componentOf(book.statement(o.li, QStringLiteral("2026-11")), StatementComponent::Adjustment) == nullptr);

    // Months close in order, once, after their end; never by a rep or a manager.
    o.tdb.db().setActingUserId(o.manager);
    CHECK_THROWS_AS(StatementBook(o.tdb.db(), o.plans).close(QStringLiteral("2026-11")), PermissionError);
    o.tdb.db().setActingUserId(o.finance);
    CHECK_THROWS_AS(StatementBook(o.tdb.db(), o.plans).close(QStringLiteral("2026-10")), ValidationError);
    CHECK_THROWS_AS(StatementBook(o.tdb.db(), o.plans).close(QStringLiteral("2026-12")), ValidationError);
    CHECK(StatementBook(o.tdb.db(), o.plans).close(QStringLiteral("2026-11")) == 4);
    StatementBook after(o.tdb.db(), o.plans);
    CHECK(after.statement(o.zhang, QStringLiteral("2026-11")).totalCents == 19750 * Y);
    CHECK(after.statement(o.zhang, QStringLiteral("2026-10")).totalCents == 10300 * Y);
    // December carries nothing more for October: 10,000 recomputed = 10,300 paid − 300 carried.
    o.tdb.clock().set(StatementOffice::at(12, 20));
    const Statement december = StatementBook(o.tdb.db(), o.plans).statement(o.zhang, QStringLiteral("2026-12"));
    CHECK(componentOf(december, StatementComponent::Adjustment) == nullptr);
    CHECK(december.totalCents == 8000 * Y);
    // A change touching November after its close goes to December.
    o.tdb.db().setActingUserId(o.finance);
    Receipt late;
    late.contractId = o.k1.id;
    late.receivedDate = QDate(2026, 11, 28);
    late.amountCents = 10000 * Y;
    ContractRepository(o.tdb.db()).addReceipt(late);
    const Statement december2 = StatementBook(o.tdb.db(), o.plans).statement(o.zhang, QStringLiteral("2026-12"));
    // 张伟 is capped in November: the receipt's 100 of commission changes nothing after the cap.
    CHECK(componentOf(december2, StatementComponent::Adjustment) == nullptr);
    const Statement chenDecember = StatementBook(o.tdb.db(), o.plans).statement(o.chen, QStringLiteral("2026-12"));
    // 陈工: 1 % × 30 % × 10,000 = 30.
    REQUIRE(componentOf(chenDecember, StatementComponent::Adjustment));
    CHECK(amountOf(chenDecember, StatementComponent::Adjustment) == 30 * Y);
}

TEST_CASE("Statement reviews: the person's manager or an administrator, while the month is open", "[statement]")
{
    StatementOffice o;
    StatementRepository repo(o.tdb.db());
    o.tdb.db().setActingUserId(o.zhang);
    CHECK_THROWS_AS(repo.saveReview(o.zhang, QStringLiteral("2026-11"), QStringLiteral("我自己")), PermissionError);
    o.tdb.db().setActingUserId(o.finance);
    CHECK_THROWS_AS(repo.saveReview(o.zhang, QStringLiteral("2026-11"), QString()), PermissionError);
    o.tdb.db().setActingUserId(o.manager);
    CHECK_THROWS_AS(repo.saveReview(o.zhou, QStringLiteral("2026-11"), QString()), PermissionError);
    CHECK_THROWS_AS(repo.saveReview(o.manager, QStringLiteral("2026-11"), QString()), PermissionError);
    repo.saveReview(o.zhang, QStringLiteral("2026-11"), QStringLiteral("已核对"));
    const Statement s = StatementBook(o.tdb.db(), o.plans).statement(o.zhang, QStringLiteral("2026-11"));
    CHECK(s.status == StatementStatus::Reviewed);
    CHECK(s.reviewedByName == QStringLiteral("王经理"));
    CHECK(s.reviewNote == QStringLiteral("已核对"));
    // What each sees: 张伟 himself; the manager his team; finance everyone.
    o.tdb.db().setActingUserId(o.zhang);
    CHECK(StatementBook(o.tdb.db(), o.plans).people(QStringLiteral("2026-11")) == QList<qint64>{o.zhang});
    o.tdb.db().setActingUserId(o.manager);
    CHECK(StatementBook(o.tdb.db(), o.plans).people(QStringLiteral("2026-11")) == QList<qint64>{o.zhang, o.li, o.chen});
    o.tdb.db().setActingUserId(o.finance);
    CHECK(StatementBook(o.tdb.db(), o.plans).people(QStringLiteral("2026-11")).size() == 4);
    StatementBook(o.tdb.db(), o.plans).close(QStringLiteral("2026-11"));
    o.tdb.db().setActingUserId(o.manager);
    CHECK_THROWS_AS(repo.saveReview(o.li, QStringLiteral("2026-11"), QString()), ValidationError);
}

namespace {

QList<qint64> frozenPeople(Database &db)
{
    QList<qint64> ids;
    for (const FrozenStatement &f : StatementRepository(db).frozenIn(QStringLiteral("2026-10")))
        ids << f.userId;
    return ids;
}

} // namespace

TEST_CASE("Closed statements are read by the person, their manager, finance and administrators only",
          "[statement][security]")
{
    StatementOffice o;
    closeOctoberThenRemoveReceipt(o);
    const QList<qint64> everyone{o.zhang, o.li, o.chen, o.zhou};
    Database &db = o.tdb.db();
    if (!o.tdb.onPostgres()) {
        // The core's own rule on a SQLite file.
        const std::map<qint64, QList<qint64>> expected{
            {o.zhang, {o.zhang}}, {o.manager, {o.zhang, o.li, o.chen}}, {o.finance, everyone}};
        for (const auto &[user, ids] : expected) {
            db.setActingUserId(user);
            CHECK(frozenPeople(db) == ids);
        }
        return;
    }
    // PostgreSQL: the server's row level security, under each person's own login (cluster-wide
    // login names, so prefixed with this database's name).
    const QString prefix = db.postgresParams().database + QStringLiteral("_");
    const auto login = [&](qint64 user, const char *role) {
        db.exec(QStringLiteral("UPDATE users SET login = '%1' || login WHERE id = %2").arg(prefix).arg(user));
        const QString name = o.tdb.scalar(QStringLiteral("SELECT login FROM users WHERE id = %1").arg(user)).toString();
        pgaccess::createLogin(db, name, QLatin1String(role), QStringLiteral("pw"));
        PostgresParams p = db.postgresParams();
        p.user = name;
        auto signedIn = Database::openPostgres(p);
        signedIn->setClock(&o.tdb.clock());
        return signedIn;
    };
    auto rep = login(o.zhang, "rep");
    auto manager = login(o.manager, "manager");
    auto finance = login(o.finance, "finance");
    CHECK(frozenPeople(*rep) == QList<qint64>{o.zhang});
    CHECK(frozenPeople(*manager) == QList<qint64>{o.zhang, o.li, o.chen});
    CHECK(frozenPeople(*finance) == everyone);
    // The server refuses what the core would: a rep closing a month, anyone changing a frozen
    // statement, a manager reviewing someone outside their teams.
    CHECK_THROWS_AS(rep->exec(QStringLiteral("INSERT INTO pay_period_closes (period, closed_by, closed_at, "
                                             "statements, total_cents) VALUES ('2026-11', %1, "
                                             "'2026-12-01T00:00:00Z', 0, 0)")
                                  .arg(o.zhang)),
                    PermissionError);
    CHECK_THROWS_AS(finance->exec(QStringLiteral("UPDATE pay_statements SET total_cents = 0")), PermissionError);
    CHECK_THROWS_AS(manager->exec(QStringLiteral("INSERT INTO pay_statement_reviews (user_id, period, reviewed_by, "
                                                 "reviewed_at) VALUES (%1, '2026-11', %2, '2026-12-01T00:00:00Z')")
                                      .arg(o.zhou)
                                      .arg(o.manager)),
                    PermissionError);
    StatementRepository(*manager).saveReview(o.zhang, QStringLiteral("2026-11"), QStringLiteral("已核对"));
    CHECK(StatementRepository(*rep).review(o.zhang, QStringLiteral("2026-11")).has_value());
    // 张伟's November under his own login: the server shows him his deals and receipts.
    CHECK(StatementBook(*rep, o.plans).statement(o.zhang, QStringLiteral("2026-11")).totalCents == 19750 * Y);
    CHECK(StatementBook(*finance, o.plans).statement(o.zhang, QStringLiteral("2026-11")).totalCents == 19750 * Y);
}

TEST_CASE("A plan version cannot take effect in or before a closed pay period", "[statement][payplan]")
{
    StatementOffice o;
    o.storePlans();
    closeOctoberThenRemoveReceipt(o);
    PlanVersion v = o.plans.first().versions.first();
    v.id = 0;
    v.basePayCents = 9000 * Y;
    v.note = QStringLiteral("调薪");
    v.effectiveFrom = QDate(2026, 10, 1);
    try {
        PayPlanRepository(o.tdb.db()).addVersion(o.plans.first().id, v);
        FAIL("a version in a closed period was stored");
    } catch (const ValidationError &e) {
        CHECK(e.message().contains(QStringLiteral("effective_from")));
        CHECK(e.message().contains(QStringLiteral("2026-10")));
    }
    v.effectiveFrom = QDate(2026, 11, 1);
    PayPlanRepository(o.tdb.db()).addVersion(o.plans.first().id, v);
    o.plans = PayPlanRepository(o.tdb.db()).all();
    // October keeps the terms it was closed with; November pays the new base.
    StatementBook book(o.tdb.db(), o.plans);
    CHECK(book.statement(o.zhou, QStringLiteral("2026-10")).totalCents == 8000 * Y);
    CHECK(book.statement(o.zhou, QStringLiteral("2026-11")).totalCents == 9000 * Y);
}
