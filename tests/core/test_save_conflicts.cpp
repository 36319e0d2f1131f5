// Two desktops save the same deal or contract (two connections to one real database): the
// second save is refused and nothing of the first is lost; the conflict names who saved last
// and when, lists the fields that differ with the opened, stored and refused values, and an
// overwrite saves over exactly the version shown and is recorded in the audit trail.
#include "builders.h"
#include "catchqt.h"
#include "contractfixture.h"
#include "seconddesktop.h"
#include "tempdatabase.h"

#include "conflicts/saveconflict.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"

using namespace fd;
using namespace fd::test;

namespace {

const FieldDifference *difference(const SaveConflict &c, const QString &field)
{
    for (const FieldDifference &d : c.differences)
        if (d.field == field)
            return &d;
    return nullptr;
}

qint64 overwriteRows(TempDatabase &t, const QString &entity, qint64 id)
{
    return t
        .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = '%1' AND entity_id = %2 AND "
                               "field = 'conflict_overwrite'")
                    .arg(entity)
                    .arg(id))
        .toLongLong();
}

} // namespace

TEST_CASE("a deal saved on two desktops: the second save is refused and told who changed what", "[conflicts]")
{
    SharedDeal d;
    TempDatabase &t = d.t;
    const qint64 wang = d.wang, li = d.li, id = d.id;
    auto &other = d.other;

    // Both open the deal; 李强 saves first (an hour later), raising the amount.
    OpportunityRepository mine(t.db());
    OpportunityRepository theirs(*other);
    const Opportunity opened = mine.get(id);
    Opportunity hisEdit = theirs.get(id);
    t.clock().advanceSeconds(3600);
    const QDateTime hisSave = t.clock().now();
    hisEdit.amount.cents = 15000000;
    hisEdit.description = QStringLiteral("客户追加两条产线");
    theirs.update(hisEdit);

    // 王芳 saves her title change over the version she opened: refused, his work stays.
    t.clock().advanceSeconds(600);
    Opportunity yours = opened;
    yours.title = QStringLiteral("MES 一期（含二期预留）");
    CHECK_THROWS_AS(mine.update(yours), ConflictError);
    CHECK(mine.get(id).amount.cents == 15000000);
    CHECK(mine.get(id).title == QStringLiteral("MES 一期"));

    const SaveConflict c = conflicts::forDeal(t.db(), opened, yours);
    CHECK(c.entity == QStringLiteral("opportunity"));
    CHECK(c.lastSave.userId == li);
    CHECK(c.lastSave.userName == QStringLiteral("李强"));
    CHECK(c.lastSave.at == hisSave);
    CHECK(c.lastSave.rowVersion == opened.rowVersion + 1);
    CHECK(c.headline().contains(QStringLiteral("李强")));
    CHECK(c.headline().contains(hisSave.toLocalTime().toString(QStringLiteral("HH:mm"))));
    // Exactly the three fields the versions disagree on, each with who changed it.
    REQUIRE(c.differences.size() == 3);
    const FieldDifference *amount = difference(c, QStringLiteral("amount_cents"));
    REQUIRE(amount);
    CHECK(amount->theirs == money::format(15000000, QStringLiteral("CNY")));
    CHECK(amount->yours == money::format(12000000, QStringLiteral("CNY")));
    CHECK(amount->changedByThem());
    CHECK_FALSE(amount->changedByYou());
    const FieldDifference *title = difference(c, QStringLiteral("title"));
    REQUIRE(title);
    CHECK(title->theirs == QStringLiteral("MES 一期"));
    CHECK(title->yours == QStringLiteral("MES 一期（含二期预留）"));
    CHECK(title->changedByYou());
    CHECK_FALSE(title->changedByThem());
    CHECK(difference(c, QStringLiteral("description")));
    CHECK_FALSE(difference(c, QStringLiteral("customer_id")));

    // Overwriting knowingly saves hers over his version and says so in the audit trail.
    conflicts::saveOver(t.db(), c, [&](int version) {
        yours.rowVersion = version;
        mine.update(yours);
    });
    const Opportunity after = theirs.get(id);
    CHECK(after.title == QStringLiteral("MES 一期（含二期预留）"));
    CHECK(after.amount.cents == 12000000);
    CHECK(conflicts::lastSave(*other, QStringLiteral("opportunity"), id).userId == wang);
    CHECK(overwriteRows(t, QStringLiteral("opportunity"), id) == 1);
    SqlQuery row(t.db(), QStringLiteral("SELECT user_id, old_value, new_value FROM audit_log WHERE field = "
                                        "'conflict_overwrite' AND entity_id = ?"));
    row.add(id).exec();
    REQUIRE(row.next());
    CHECK(row.value(0).toLongLong() == wang);
    CHECK(row.value(1).toString().contains(QStringLiteral("李强")));
    CHECK(row.value(2).toString().contains(QStringLiteral("amount_cents")));
}

TEST_CASE("an overwrite is refused when the record was saved once more after the conflict was shown", "[conflicts]")
{
    SharedDeal d;
    TempDatabase &t = d.t;
    const qint64 li = d.li, id = d.id;
    const Pipeline &pipeline = d.pipeline;
    auto &other = d.other;
    OpportunityRepository mine(t.db());
    OpportunityRepository theirs(*other);
    const Opportunity opened = mine.get(id);

    // He moves the stage (a kanban drag): that too is a save the conflict names.
    t.clock().advanceSeconds(60);
    theirs.moveToStage(id, pipeline.stages[1].id, QString());
    Opportunity yours = opened;
    yours.amount.cents = 9900000;
    CHECK_THROWS_AS(mine.update(yours), ConflictError);
    const SaveConflict c = conflicts::forDeal(t.db(), opened, yours);
    CHECK(c.lastSave.userId == li);
    CHECK(c.lastSave.at == t.clock().now());

    // He saves again while the dialog is open: the overwrite of the version shown fails whole.
    Opportunity again = theirs.get(id);
    again.source = QStringLiteral("展会");
    theirs.update(again);
    CHECK_THROWS_AS(conflicts::saveOver(t.db(), c,
                                        [&](int version) {
                                            yours.rowVersion = version;
                                            mine.update(yours);
                                        }),
                    ConflictError);
    CHECK(mine.get(id).amount.cents == 12000000);
    CHECK(mine.get(id).source == QStringLiteral("展会"));
    CHECK(overwriteRows(t, QStringLiteral("opportunity"), id) == 0);
}

TEST_CASE("a contract saved on two desktops names the other person and the differing terms", "[conflicts]")
{
    ContractOffice o;
    const qint64 rep = o.make.user(QStringLiteral("销售 赵磊"));
    Contract k = o.contract(o.customerA, 50000000, ApprovalStatus::Draft);
    // The rep's own contract: team scoping lets a rep change only their own.
    o.tdb.db().exec(QStringLiteral("UPDATE contracts SET owner_id = %1 WHERE id = %2").arg(rep).arg(k.id));
    k = o.repo().get(k.id);
    auto other = secondDesktop(o.tdb, rep);
    ContractRepository mine(o.tdb.db());
    ContractRepository theirs(*other);
    const Contract opened = mine.get(k.id);

    o.tdb.clock().advanceSeconds(300);
    Contract his = theirs.get(k.id);
    his.endDate = QDate(2027, 6, 30);
    his.title = QStringLiteral("MES 实施合同（延期）");
    theirs.update(his, QStringLiteral("客户要求延期"));

    Contract yours = opened;
    yours.amount.cents = 48000000;
    CHECK_THROWS_AS(mine.update(yours, QStringLiteral("折扣")), ConflictError);
    CHECK(mine.get(k.id).endDate == QDate(2027, 6, 30));

    const SaveConflict c = conflicts::forContract(o.tdb.db(), opened, yours);
    CHECK(c.entity == QStringLiteral("contract"));
    CHECK(c.recordName == k.number);
    CHECK(c.lastSave.userName == QStringLiteral("销售 赵磊"));
    CHECK(c.lastSave.at == o.tdb.clock().now());
    REQUIRE(c.differences.size() == 3);
    CHECK(difference(c, QStringLiteral("amount_cents"))->changedByYou());
    CHECK(difference(c, QStringLiteral("end_date"))->theirs == QStringLiteral("2027-06-30"));
    CHECK(difference(c, QStringLiteral("end_date"))->yours.isEmpty());
    CHECK(difference(c, QStringLiteral("title"))->changedByThem());

    conflicts::saveOver(o.tdb.db(), c, [&](int version) {
        yours.rowVersion = version;
        mine.update(yours, QStringLiteral("折扣"));
    });
    CHECK(theirs.get(k.id).amount.cents == 48000000);
    CHECK(conflicts::lastSave(*other, QStringLiteral("contract"), k.id).userId == o.finance);
    CHECK(overwriteRows(o.tdb, QStringLiteral("contract"), k.id) == 1);
}
