// Imports of real CRM history (issue 13 item 1), on SQLite and on PostgreSQL: lost deals
// without a reason, deals repeating customer and title under their own external ids, a
// probability column, columns left out named in the report, and the duplicate policy of
// leads, customers and contacts (reject, skip, keep, merge) with the CLI's --on-duplicate.
// The files are small ones of the same shapes as real exports, written by each test.
#include "catchqt.h"

#include "builders.h"
#include "clirun.h"
#include "io/importdefaults.h"
#include "io/importer.h"
#include "leads/duplicatefinder.h"
#include "storage/sqlquery.h"
#include "tempdatabase.h"

using namespace fd;
using namespace fd::test;

namespace {

struct History
{
    TempDatabase tdb;
    Builders b{tdb.db()};
    Pipeline p = b.pipeline();
    qint64 north = b.region(QStringLiteral("华北"));
    qint64 zhang = b.user(QStringLiteral("张伟"));
    qint64 xinghe = b.customer(QStringLiteral("北京星河科技有限公司"), north, zhang);

    Database &db() { return tdb.db(); }
    QString stage(int i) const { return p.stages.at(i).name; }
    QString file(const QString &name, const QString &text) { return tdb.writeFile(name, text); }
    ImportResult import(const QString &path, DataKind kind, ImportOptions o = {})
    {
        o.kind = kind;
        return Importer(db()).run(path, o);
    }
    QVariant scalar(const QString &sql) { return tdb.scalar(sql); }
    QList<qint64> counts()
    {
        QList<qint64> list;
        for (const char *t : {"opportunities", "opportunity_stage_history", "customers", "contacts", "leads",
                              "audit_log", "import_batches"})
            list << tdb.count(QString::fromLatin1(t));
        return list;
    }
};

QString firstError(const ImportResult &r)
{
    return r.errors.isEmpty() ? QString() : r.errors.first().message();
}

} // namespace

TEST_CASE("real deal history: lost without a reason, repeated customer and title, probability, extra columns",
          "[import][history]")
{
    History h;
    // The shape of a win/loss export: the same customer buys the same product again and
    // again, each deal with its own id; lost deals carry no reason; a probability and
    // columns FunnelDesk has no place for.
    const QString csv = QStringLiteral(
                            "Opportunity ID,Deal Name,Account,Sales Agent,Close Value,Stage,Status,Closed,Probability,"
                            "Region Manager,Series\n"
                            "D-1,GTX Pro,北京星河科技有限公司,张伟,1200,%1,won,2025-03-01,100,Dustin,2025-01-02\n"
                            "D-2,GTX Pro,北京星河科技有限公司,张伟,0,%1,Loss,2025-04-01,0,Dustin,2025-01-05\n"
                            "D-3,GTX Pro,北京星河科技有限公司,张伟,900,%2,,,35%,Dustin,2025-02-01\n"
                            "D-4,MG Special,北京星河科技有限公司,张伟,50,%1,Closed Lost,2025-05-01,,Melvin,\n")
                            .arg(h.stage(1), h.stage(0));
    const ImportResult r = h.import(h.file(QStringLiteral("history.csv"), csv), DataKind::Opportunities);
    INFO(firstError(r).toStdString());
    REQUIRE(r.committed);
    CHECK(r.rowsRead == 4);
    CHECK(r.rowsImported == 4);
    CHECK(r.rowsRejected == 0);
    CHECK(r.lostReasonsDefaulted == 2);
    CHECK(r.defaultLostReason == importdefaults::builtInLostReason());
    // Nothing dropped silently: the two columns without a place are named.
    CHECK(r.ignoredColumns == QStringList{QStringLiteral("Region Manager"), QStringLiteral("Series")});
    // The repeats are notices, located at the later rows, not errors.
    REQUIRE(r.noticeCount == 2);
    CHECK(r.notices.at(0).row == 3);
    CHECK(r.notices.at(0).reason.contains(QStringLiteral("line 2")));
    CHECK(r.notices.at(1).row == 4);

    SqlQuery q(h.db(), QStringLiteral("SELECT external_id, status, lost_reason, probability_override "
                                      "FROM opportunities ORDER BY external_id"));
    q.exec();
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1 %2 %3 %4")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).isNull() ? QStringLiteral("-") : q.value(3).toString());
    const QString nr = importdefaults::builtInLostReason();
    CHECK(rows
          == QStringList{QStringLiteral("D-1 won  100"), QStringLiteral("D-2 lost %1 0").arg(nr),
                         QStringLiteral("D-3 open  35"), QStringLiteral("D-4 lost %1 -").arg(nr)});
}

TEST_CASE("the reason of lost deals without one is an office setting, or given for one import", "[import][history]")
{
    History h;
    CHECK(importdefaults::lostReason(h.db()) == importdefaults::builtInLostReason());
    importdefaults::setLostReason(h.db(), QStringLiteral("  旧系统未记录 "));
    CHECK(importdefaults::lostReason(h.db()) == QStringLiteral("旧系统未记录"));
    CHECK_THROWS_AS(importdefaults::setLostReason(h.db(), QString(501, QLatin1Char('x'))), ValidationError);

    const QString path = h.file(QStringLiteral("lost.csv"),
                                QStringLiteral("external_id,title,customer,owner,amount,stage,status,closed_at\n"
                                               "L1,丢单,北京星河科技有限公司,张伟,10,%1,lost,2025-01-01\n")
                                    .arg(h.stage(0)));
    ImportOptions dry;
    dry.dryRun = true;
    CHECK(h.import(path, DataKind::Opportunities, dry).defaultLostReason == QStringLiteral("旧系统未记录"));
    ImportOptions given;
    given.defaultLostReason = QStringLiteral("价格");
    const ImportResult r = h.import(path, DataKind::Opportunities, given);
    REQUIRE(r.committed);
    CHECK(h.scalar(QStringLiteral("SELECT lost_reason FROM opportunities")).toString() == QStringLiteral("价格"));
    importdefaults::setLostReason(h.db(), QString());
    CHECK(importdefaults::lostReason(h.db()) == importdefaults::builtInLostReason());
}

TEST_CASE("customer and title still find duplicates among deals without an external id, probability is checked",
          "[import][history]")
{
    History h;
    const auto before = h.counts();
    const QString path = h.file(QStringLiteral("noid.csv"),
                                QStringLiteral("title,customer,owner,amount,stage,probability\n"
                                               "ERP,北京星河科技有限公司,张伟,10,%1,\n"
                                               "ERP,北京星河科技有限公司,张伟,10,%1,\n"
                                               "CRM,北京星河科技有限公司,张伟,10,%1,120\n")
                                    .arg(h.stage(0)));
    const ImportResult r = h.import(path, DataKind::Opportunities);
    CHECK_FALSE(r.committed);
    REQUIRE(r.errorCount == 2);
    CHECK(r.errors.at(0).row == 3);
    CHECK(r.errors.at(0).reason.contains(QStringLiteral("same customer and title")));
    CHECK(r.errors.at(1).row == 4);
    CHECK(r.errors.at(1).field == QStringLiteral("probability"));
    CHECK(h.counts() == before);
}

TEST_CASE("duplicate leads follow the policy: reject, skip, keep for the review, merge filling empty fields",
          "[import][duplicates]")
{
    History h;
    // Two people at one company sharing its switchboard number, and one person already stored.
    const QString stored = h.file(QStringLiteral("stored.csv"), QStringLiteral("external_id,name,company,phone,email\n"
                                                                               "S1,钱进,杭州钱塘科技,,\n"));
    REQUIRE(h.import(stored, DataKind::Leads).committed);
    const qint64 storedId = h.scalar(QStringLiteral("SELECT id FROM leads")).toLongLong();
    const QString path = h.file(QStringLiteral("leads.csv"),
                                QStringLiteral("external_id,name,company,phone,email,title\n"
                                               "N1,孙丽,杭州钱塘科技,0571-8888 0000,sun@qt.cn,\n"
                                               "N2,周强,杭州钱塘科技,0571 88880000,,经理\n"
                                               "N3,钱进,杭州钱塘科技,,qian@qt.cn,总监\n"));
    const auto before = h.counts();
    // Imports the file under a policy that stores it.
    auto importUnder = [&](DuplicatePolicy policy) {
        ImportOptions o;
        o.onDuplicate = policy;
        const ImportResult r = h.import(path, DataKind::Leads, o);
        INFO(firstError(r).toStdString());
        REQUIRE(r.committed);
        return r;
    };

    SECTION("reject (the default): located errors, nothing stored")
    {
        const ImportResult r = h.import(path, DataKind::Leads);
        CHECK_FALSE(r.committed);
        REQUIRE(r.errorCount == 2);
        CHECK(r.errors.at(0).row == 3);
        CHECK(r.errors.at(0).reason.contains(QStringLiteral("line 2")));
        CHECK(r.errors.at(1).row == 4);
        CHECK(h.counts() == before);
    }
    SECTION("skip: the first copy stays, the others are reported")
    {
        const ImportResult r = importUnder(DuplicatePolicy::Skip);
        CHECK(r.rowsImported == 1);
        CHECK(r.rowsSkipped == 2);
        CHECK(r.noticeCount == 2);
        CHECK(h.tdb.count(QStringLiteral("leads")) == 2);
    }
    SECTION("keep: both are stored and the duplicate review shows the pair")
    {
        const ImportResult r = importUnder(DuplicatePolicy::Keep);
        CHECK(r.rowsImported == 3);
        CHECK(r.duplicatesKept == 2);
        CHECK(h.tdb.count(QStringLiteral("leads")) == 4);
        bool phonePair = false;
        for (const DuplicatePair &pair : DuplicateFinder(h.db()).pairs(RecordKind::Leads)) {
            for (const MatchReason &m : pair.reasons)
                phonePair = phonePair
                            || (m.field == QLatin1String("phone") && pair.firstName.startsWith(QStringLiteral("孙丽"))
                                && pair.secondName.startsWith(QStringLiteral("周强")));
        }
        CHECK(phonePair);
    }
    SECTION("merge: empty fields of the earlier record are filled, filled ones kept, changes reported and audited")
    {
        const ImportResult r = importUnder(DuplicatePolicy::Merge);
        CHECK(r.rowsImported == 1);
        CHECK(r.rowsMerged == 2);
        CHECK(h.tdb.count(QStringLiteral("leads")) == 2);
        // 周强 (same number as 孙丽, line 2) brings a title; 钱进 an e-mail and a title.
        CHECK(h.scalar(QStringLiteral("SELECT title FROM leads WHERE external_id = 'N1'")).toString()
              == QStringLiteral("经理"));
        CHECK(h.scalar(QStringLiteral("SELECT name FROM leads WHERE external_id = 'N1'")).toString()
              == QStringLiteral("孙丽"));
        CHECK(h.scalar(QStringLiteral("SELECT email || ' ' || title || ' ' || row_version FROM leads WHERE id = %1")
                           .arg(storedId))
                  .toString()
              == QStringLiteral("qian@qt.cn 总监 2"));
        REQUIRE(r.notices.size() == 2);
        CHECK(r.notices.at(1).row == 4);
        CHECK(r.notices.at(1).reason.contains(QStringLiteral("#%1").arg(storedId)));
        CHECK(r.notices.at(1).reason.contains(QStringLiteral("filled title, email")));
        CHECK(h.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'lead' AND entity_id = %1 "
                                      "AND action = 'update'")
                           .arg(storedId))
                  .toLongLong()
              == 2);
    }
}

TEST_CASE("duplicate customers and contacts follow the policy, an external id cannot be kept twice",
          "[import][duplicates]")
{
    History h;
    const QString customers = h.file(QStringLiteral("customers.csv"),
                                     QStringLiteral("external_id,name,phone,website\n"
                                                    "K1,北京星河科技有限公司,010-1234,\n"
                                                    "K2,上海蓝海贸易,,lanhai.cn\n"
                                                    "K2,上海蓝海贸易有限公司,021-5555,\n"));
    ImportOptions keep;
    keep.onDuplicate = DuplicatePolicy::Keep;
    const auto before = h.counts();
    const ImportResult kept = h.import(customers, DataKind::Customers, keep);
    CHECK_FALSE(kept.committed);
    REQUIRE(kept.errorCount == 1);
    CHECK(kept.errors.at(0).row == 4);
    CHECK(kept.errors.at(0).field == QStringLiteral("external_id"));
    CHECK(h.counts() == before);

    ImportOptions merge;
    merge.onDuplicate = DuplicatePolicy::Merge;
    const ImportResult merged = h.import(customers, DataKind::Customers, merge);
    INFO(firstError(merged).toStdString());
    REQUIRE(merged.committed);
    CHECK(merged.rowsImported == 1);
    CHECK(merged.rowsMerged == 2);
    // The stored 星河 gets the external id and phone it lacked; line 4 fills K2's phone.
    CHECK(h.scalar(QStringLiteral("SELECT external_id || ' ' || phone FROM customers WHERE id = %1").arg(h.xinghe))
              .toString()
          == QStringLiteral("K1 010-1234"));
    CHECK(h.scalar(QStringLiteral("SELECT phone || ' ' || website FROM customers WHERE external_id = 'K2'")).toString()
          == QStringLiteral("021-5555 lanhai.cn"));

    const QString contacts = h.file(QStringLiteral("contacts.csv"),
                                    QStringLiteral("customer,name,mobile,wechat\n"
                                                   "北京星河科技有限公司,赵敏,138,\n"
                                                   "北京星河科技有限公司,赵敏,139,zm\n"));
    ImportOptions skip;
    skip.onDuplicate = DuplicatePolicy::Skip;
    const ImportResult skipped = h.import(contacts, DataKind::Contacts, skip);
    REQUIRE(skipped.committed);
    CHECK(skipped.rowsSkipped == 1);
    CHECK(h.scalar(QStringLiteral("SELECT mobile || '/' || COALESCE(wechat, '') FROM contacts")).toString()
          == QStringLiteral("138/"));
    const ImportResult again = h.import(contacts, DataKind::Contacts, merge);
    REQUIRE(again.committed);
    CHECK(again.rowsMerged == 2);
    CHECK(h.tdb.count(QStringLiteral("contacts")) == 1);
    CHECK(h.scalar(QStringLiteral("SELECT mobile || '/' || wechat FROM contacts")).toString()
          == QStringLiteral("138/zm"));
}

TEST_CASE("funneldesk-cli import --on-duplicate, the default lost reason and the columns not imported", "[import][cli]")
{
    History h;
    h.tdb.reopen();
    const QString db = h.tdb.path();
    const QString leads = h.file(QStringLiteral("leads.csv"), QStringLiteral("name,company,phone,微信群\n"
                                                                             "孙丽,杭州钱塘科技,0571-88880000,群1\n"
                                                                             "周强,杭州钱塘科技,0571-88880000,群1\n"));
    auto import = [&](const QStringList &extra) {
        return runCliWith(QStringList{QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--kind"),
                                      QStringLiteral("leads"), QStringLiteral("--file"), leads}
                          + extra);
    };
    const CliRun bad = import({QStringLiteral("--on-duplicate"), QStringLiteral("ignore")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("--on-duplicate must be reject, skip, keep or merge")));

    const CliRun rejected = import({});
    CHECK(rejected.code == 1);
    CHECK(rejected.err.contains(QStringLiteral("line 3: leads.phone = \"0571-88880000\": duplicate of line 2")));
    CHECK(rejected.out.contains(QStringLiteral("Not imported: 1 column (微信群)")));
    CHECK(h.tdb.count(QStringLiteral("leads")) == 0);

    const CliRun kept = import({QStringLiteral("--on-duplicate"), QStringLiteral("keep")});
    INFO(kept.err.toStdString());
    CHECK(kept.code == 0);
    CHECK(kept.out.contains(QStringLiteral("duplicates (keep): 0 skipped, 0 merged, 1 kept")));
    CHECK(kept.out.contains(QStringLiteral("Note: line 3: leads.phone")));
    CHECK(h.tdb.count(QStringLiteral("leads")) == 2);

    const QString deals = h.file(QStringLiteral("deals.csv"),
                                 QStringLiteral("external_id,title,customer,owner,amount,stage,status,closed_at\n"
                                                "A1,X,北京星河科技有限公司,张伟,1,%1,lost,2025-01-01\n")
                                     .arg(h.stage(0)));
    const CliRun lost = runCliWith({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--kind"),
                                    QStringLiteral("opportunities"), QStringLiteral("--file"), deals,
                                    QStringLiteral("--lost-reason"), QStringLiteral("预算取消")});
    INFO(lost.err.toStdString());
    CHECK(lost.code == 0);
    CHECK(lost.out.contains(QStringLiteral("Lost deals without a reason: 1, given \"预算取消\"")));
}
