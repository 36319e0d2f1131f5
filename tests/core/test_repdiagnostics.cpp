// Rep diagnostics: when a stall stage is flagged, and who is listed as a rep
// (core/analytics/DEFINITIONS.md §5), on a hand-built office.
#include "builders.h"
#include "catchqt.h"
#include "tempdatabase.h"

#include "analytics/repdiagnostics.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"

#include <algorithm>

using namespace fd;
using namespace fd::analytics;

namespace {

QDateTime day(double d)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(d * 86400));
}

// Two teams whose deals all sit a known number of days in 初步接洽 (stage 0) before
// moving on. Team A's median is 10 days (40 deals of its two normal reps), team B's 20.
struct StallOffice
{
    test::TempDatabase tdb{day(0)};
    test::Builders b{tdb.db()};
    OpportunityRepository repo{tdb.db()};
    Pipeline p;
    qint64 customer = 0;
    qint64 teamA = 0, teamB = 0;
    qint64 slow4 = 0, slow5 = 0, plus5 = 0, ratio14 = 0, idle = 0, manager = 0;
    std::vector<std::pair<double, qint64>> moves; // day, deal

    // `count` deals of `owner`, created on day 0, moved to stage 1 after `days`.
    void deals(qint64 owner, int count, double days)
    {
        for (int i = 0; i < count; ++i) {
            const Opportunity o = b.opportunity(p, customer, owner, 1000000);
            moves.emplace_back(days, o.id);
        }
    }

    StallOffice()
    {
        p = b.pipeline();
        customer = b.customer(QStringLiteral("苏州测试有限公司"));
        teamA = b.team(QStringLiteral("华东一组"));
        teamB = b.team(QStringLiteral("华北一组"));
        deals(b.user(QStringLiteral("王芳"), teamA), 20, 10);
        deals(b.user(QStringLiteral("刘洋"), teamA), 20, 10);
        slow4 = b.user(QStringLiteral("陈静"), teamA);
        deals(slow4, 4, 30); // 3× and +20 days, but only four deals
        slow5 = b.user(QStringLiteral("杨磊"), teamA);
        deals(slow5, 5, 30); // 3× and +20 days on five deals: a stall
        plus5 = b.user(QStringLiteral("赵敏"), teamA);
        deals(plus5, 5, 15);                                                        // 1.5× but only +5 days
        idle = b.user(QStringLiteral("黄婷"), teamA);                               // an active rep with no deal
        manager = b.user(QStringLiteral("周强"), teamA, QStringLiteral("manager")); // visits only
        deals(b.user(QStringLiteral("吴刚"), teamB), 20, 20);
        ratio14 = b.user(QStringLiteral("徐丽"), teamB);
        deals(ratio14, 5, 28); // +8 days but only 1.4× team B's 20
        std::stable_sort(moves.begin(), moves.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
        for (const auto &[when, id] : moves) {
            tdb.clock().set(day(when));
            repo.moveToStage(id, p.stages.at(1).id);
        }
        SqlQuery visit(tdb.db(), QStringLiteral("INSERT INTO activities (kind, subject, occurred_at, user_id, "
                                                "customer_id, created_at) VALUES ('visit', '拜访', "
                                                "'2026-01-20T10:00:00Z', ?, ?, '2026-01-20T10:00:00Z')"));
        visit.add(manager).add(customer).exec();
        tdb.clock().set(day(60));
    }

    RepResult reps(const QDate &from = {}, const QDate &to = {})
    {
        RepQuery q;
        q.asOf = day(60);
        q.from = from;
        q.to = to;
        return computeReps(tdb.db(), q);
    }
};

const RepRow *rowOf(const RepResult &r, qint64 userId)
{
    const auto it = std::find_if(r.reps.begin(), r.reps.end(), [&](const RepRow &row) { return row.userId == userId; });
    return it == r.reps.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("Stall stage: five deals, 1.5× the team median and a week more, else none", "[analytics][reps]")
{
    StallOffice o;
    const RepResult r = o.reps();
    const qint64 firstStage = o.p.stages.at(0).id;

    const RepRow *slow5 = rowOf(r, o.slow5);
    REQUIRE(slow5);
    REQUIRE(slow5->stages.size() == 4);
    CHECK(*slow5->stages[0].teamMedian == Approx(10));
    CHECK(*slow5->stages[0].repMedian == Approx(30));
    CHECK(slow5->stages[0].repDeals == 5);
    CHECK(slow5->stallStageId == firstStage);
    CHECK(*slow5->stallExcessDays == Approx(20));

    // Just as slow, on four deals: not enough to say.
    const RepRow *slow4 = rowOf(r, o.slow4);
    REQUIRE(slow4);
    CHECK(*slow4->stages[0].repMedian == Approx(30));
    CHECK(slow4->stages[0].repDeals == 4);
    CHECK(slow4->stallStageId == 0);
    CHECK_FALSE(slow4->stallExcessDays.has_value());

    // 1.5× the team's 10 days but only 5 days more.
    const RepRow *plus5 = rowOf(r, o.plus5);
    REQUIRE(plus5);
    CHECK(*plus5->stages[0].repMedian == Approx(15));
    CHECK(plus5->stallStageId == 0);

    // A week more (+8) but only 1.4× team B's 20 days.
    const RepRow *ratio14 = rowOf(r, o.ratio14);
    REQUIRE(ratio14);
    CHECK(*ratio14->stages[0].teamMedian == Approx(20));
    CHECK(*ratio14->stages[0].repMedian == Approx(28));
    CHECK(ratio14->stallStageId == 0);

    // Nobody else is flagged: exactly one stall in the office.
    CHECK(std::count_if(r.reps.begin(), r.reps.end(), [](const RepRow &row) { return row.stallStageId != 0; }) == 1);
}

TEST_CASE("Rep diagnostics list the users who owned a deal live in the window, nobody else", "[analytics][reps]")
{
    StallOffice o;
    const RepResult all = o.reps();
    CHECK(all.reps.size() == 7);        // the deal owners of both teams
    CHECK_FALSE(rowOf(all, o.idle));    // an active rep without a deal
    CHECK_FALSE(rowOf(all, o.manager)); // logged a visit, owns nothing

    // A window after every deal was created, with the deals still open: all listed.
    CHECK(o.reps(QDate(2026, 2, 1), QDate(2026, 2, 28)).reps.size() == 7);
    // A window before anything existed: nobody.
    CHECK(o.reps(QDate(2025, 1, 1), QDate(2025, 12, 31)).reps.empty());

    // Deals of one rep lost before the window's start drop that rep from the window.
    for (const auto &[when, id] : o.moves) {
        Q_UNUSED(when);
        SqlQuery owner(o.tdb.db(), QStringLiteral("SELECT owner_id FROM opportunities WHERE id = ?"));
        if (owner.add(id).scalar().toLongLong() == o.slow4) {
            o.tdb.clock().set(day(40));
            o.repo.setOutcome(id, OpportunityStatus::Lost, QStringLiteral("价格"));
        }
    }
    o.tdb.clock().set(day(60));
    const RepResult later = o.reps(QDate(2026, 2, 15), QDate(2026, 2, 28));
    CHECK(later.reps.size() == 6);
    CHECK_FALSE(rowOf(later, o.slow4));
    // ... but they are listed over a window that saw those deals open.
    CHECK(rowOf(o.reps(QDate(2026, 2, 1), QDate(2026, 2, 28)), o.slow4));
}
