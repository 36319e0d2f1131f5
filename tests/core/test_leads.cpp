// Leads in core: duplicate detection over a corpus of Chinese and English names, phones
// and e-mails (true and false positives), merge with exact undo, conversion, atomicity.
#include "builders.h"
#include "catchqt.h"
#include "clirun.h"
#include "tempdatabase.h"

#include "domain/errors.h"
#include "domain/normalize.h"
#include "leads/duplicatefinder.h"
#include "leads/leadconverter.h"
#include "leads/recordmerger.h"
#include "storage/repositories/activityrepository.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/leadrepository.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>

using namespace fd;
using namespace fd::test;

namespace {

qint64 lead(Database &db, const QString &name, const QString &company, const QString &phone = {},
            const QString &email = {}, qint64 owner = 0)
{
    Lead l;
    l.name = name;
    l.company = company;
    l.phone = phone;
    l.email = email;
    l.ownerId = owner;
    return LeadRepository(db).create(l);
}

// Rows of every table a merge or conversion touches, as one comparable text.
QString snapshot(TempDatabase &t)
{
    QStringList out;
    for (const char *table : {"leads", "customers", "contacts", "opportunities", "activities", "followup_tasks",
                              "attachments", "contracts"}) {
        SqlQuery q(t.db(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QString::fromLatin1(table)));
        q.exec();
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.raw().record().count(); ++i)
                row << q.value(i).toString();
            out << QString::fromLatin1(table) + QLatin1Char(':') + row.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
}

QSet<QString> pairKeys(const QList<DuplicatePair> &pairs, const QHash<qint64, QString> &label)
{
    QSet<QString> keys;
    for (const DuplicatePair &p : pairs)
        keys.insert(label.value(p.firstId) + QLatin1Char('~') + label.value(p.secondId));
    return keys;
}

} // namespace

TEST_CASE("Duplicate keys: company names, phones and e-mails", "[leads][duplicates]")
{
    // Same company in many spellings.
    const QString key = normalize::companyKey(QStringLiteral("北京星河科技有限公司"));
    CHECK(key == QStringLiteral("北京星河科技"));
    CHECK(normalize::companyKey(QStringLiteral("北京星河科技（中国）有限公司")) == key);
    CHECK(normalize::companyKey(QStringLiteral("北京 星河·科技 股份有限公司")) == key);
    CHECK(normalize::companyKey(QStringLiteral("北京星河科技有限责任公司")) == key);
    CHECK(normalize::companyKey(QStringLiteral("北京星河科技集团")) == key);
    CHECK(normalize::companyKey(QStringLiteral("ＡＣＭＥ　Trading Co., Ltd.")) == QStringLiteral("acmetrading"));
    CHECK(normalize::companyKey(QStringLiteral("Acme-Trading (China) Inc.")) == QStringLiteral("acmetrading"));
    // Different companies stay apart.
    CHECK(normalize::companyKey(QStringLiteral("北京星河科技"))
          != normalize::companyKey(QStringLiteral("上海星河科技")));
    CHECK(normalize::companyKey(QStringLiteral("Zinc Ltd")) == QStringLiteral("zinc"));
    CHECK(normalize::companyKey(QStringLiteral("（中国）")).isEmpty());
    // Phones: country code, punctuation, full width, extensions.
    CHECK(normalize::phone(QStringLiteral("0755-8888-0000 转 123")) == QStringLiteral("075588880000"));
    CHECK(normalize::phone(QStringLiteral("+86 755 8888 0000 ext. 9")) == QStringLiteral("075588880000"));
    CHECK(normalize::phone(QStringLiteral("(0755) 8888-0000#12")) == QStringLiteral("075588880000"));
    CHECK(normalize::phone(QStringLiteral("+86-138 0013 8000")) == QStringLiteral("13800138000"));
    CHECK(normalize::email(QStringLiteral("  Li.Lei@Example.COM ")) == QStringLiteral("li.lei@example.com"));
}

TEST_CASE("Duplicate review: a corpus with expected true and false positives", "[leads][duplicates]")
{
    TempDatabase t;
    Database &db = t.db();
    struct Row
    {
        const char *label;
        const char *name;
        const char *company;
        const char *phone;
        const char *email;
    };
    const Row corpus[] = {
        {"xh1", "王伟", "北京星河科技有限公司", "138-0013-8000", ""},
        {"xh2", "王伟", "北京星河科技（中国）股份有限公司", "", ""}, // same company
        {"xh3", "李娜", "北京 星河科技集团", "", ""},                // same company, other person
        {"sh", "赵敏", "上海星河科技有限公司", "021-5555-0101", ""}, // other city: not a duplicate
        {"ph1", "张强", "深圳蓝海贸易", "+86 138 0013 8000", ""},    // phone of xh1
        {"ph2", "陈静", "广州南方物流", "0086 (020) 8123-4567", ""},
        {"ph3", "陈静", "南方物流（广州）", "020-81234567 转 8", ""}, // phone of ph2
        {"ac1", "John Smith", "Acme Trading Co., Ltd.", "", "john@acme.com"},
        {"ac2", "J. Smith", "ACME TRADING, INC.", "", "JOHN@ACME.COM"},  // company and e-mail
        {"ac3", "Mary Jones", "Acme Tradings Ltd", "", "mary@acme.com"}, // not the same name
        {"zn", "Zed", "Zinc", "", ""},
        {"zi", "Zoe", "Z Inc.", "", ""},      // "z" ≠ "zinc"
        {"lo1", "刘洋", "", "8888 0000", ""}, // local number without area code
        {"ag1", "孙丽", "杭州云帆网络", "", "info@yunfan-agency.cn"},
        {"ag2", "周杰", "宁波海港物流", "", "INFO@yunfan-agency.cn"}, // an agency's shared mailbox only
        {"ro1", "吴磊", "成都天府软件", "", "sales@tianfu-soft.cn"},
        {"ro2", "吴磊", "成都天府软件有限公司", "", "sales@tianfu-soft.cn"}, // same company: still found
    };
    QHash<qint64, QString> label;
    for (const Row &r : corpus)
        label.insert(lead(db, QString::fromUtf8(r.name), QString::fromUtf8(r.company), QString::fromUtf8(r.phone),
                          QString::fromUtf8(r.email)),
                     QString::fromLatin1(r.label));

    const QList<DuplicatePair> pairs = DuplicateFinder(db).pairs(RecordKind::Leads);
    const QSet<QString> expected{QStringLiteral("xh1~xh2"), QStringLiteral("xh1~xh3"), QStringLiteral("xh2~xh3"),
                                 QStringLiteral("xh1~ph1"), QStringLiteral("ph2~ph3"), QStringLiteral("ac1~ac2"),
                                 QStringLiteral("ro1~ro2")};
    CHECK(pairKeys(pairs, label) == expected);
    // The pair with two reasons (company and e-mail) comes first and says why.
    REQUIRE(!pairs.isEmpty());
    CHECK(label.value(pairs.first().firstId) == QStringLiteral("ac1"));
    CHECK(reasonFields(pairs.first().reasons) == QStringLiteral("company+email"));
    for (const DuplicatePair &p : pairs) {
        if (label.value(p.firstId) == QStringLiteral("xh1") && label.value(p.secondId) == QStringLiteral("ph1")) {
            REQUIRE(p.reasons.size() == 1);
            CHECK(p.reasons.first().field == QStringLiteral("phone"));
            CHECK(p.reasons.first().key == QStringLiteral("13800138000"));
        }
    }

    // On capture: a new lead with a matching e-mail and phone finds its candidates.
    DuplicateProbe probe;
    probe.company = QStringLiteral("ACME Trading");
    probe.email = QStringLiteral("Mary@Acme.com");
    const QList<DuplicateCandidate> found = DuplicateFinder(db).candidates(RecordKind::Leads, probe);
    REQUIRE(found.size() == 3);
    CHECK(label.value(found.at(0).id) == QStringLiteral("ac1"));
    CHECK(reasonFields(found.at(2).reasons) == QStringLiteral("email"));
    CHECK(label.value(found.at(2).id) == QStringLiteral("ac3"));
    probe.excludeId = found.at(2).id;
    CHECK(DuplicateFinder(db).candidates(RecordKind::Leads, probe).size() == 2);
    CHECK(DuplicateFinder(db).candidates(RecordKind::Leads, {}).isEmpty());

    // A shared role mailbox alone finds nothing; with the same company it is a reason.
    DuplicateProbe agency;
    agency.company = QStringLiteral("温州瓯江电器");
    agency.email = QStringLiteral("Info@Yunfan-Agency.cn");
    CHECK(DuplicateFinder(db).candidates(RecordKind::Leads, agency).isEmpty());
    DuplicateProbe tianfu;
    tianfu.company = QStringLiteral("成都天府软件有限公司");
    tianfu.email = QStringLiteral("sales@tianfu-soft.cn");
    const QList<DuplicateCandidate> sameCompany = DuplicateFinder(db).candidates(RecordKind::Leads, tianfu);
    REQUIRE(sameCompany.size() == 2);
    CHECK(reasonFields(sameCompany.first().reasons) == QStringLiteral("company+email"));
    CHECK(normalize::isRoleMailbox(QStringLiteral("kefu@example.cn")));
    CHECK_FALSE(normalize::isRoleMailbox(QStringLiteral("sales.li@example.cn")));
    CHECK_FALSE(normalize::isRoleMailbox(QStringLiteral("info")));
}

TEST_CASE("Duplicate customers are found through their contacts and by the CLI", "[leads][duplicates][cli]")
{
    TempDatabase t;
    Database &db = t.db();
    CustomerRepository customers(db);
    Customer a;
    a.name = QStringLiteral("杭州云帆网络有限公司");
    a.contacts.append(
        Contact{0, 0, QStringLiteral("周杰"), {}, {}, QStringLiteral("139 0000 1111"), {}, {}, true, {}, {}, {}});
    customers.create(a);
    Customer b;
    b.name = QStringLiteral("云帆网络科技");
    b.phone = QStringLiteral("+86 13900001111");
    customers.create(b);
    Customer c;
    c.name = QStringLiteral("杭州云帆网络");
    customers.create(c);

    const QList<DuplicatePair> pairs = DuplicateFinder(db).pairs(RecordKind::Customers);
    REQUIRE(pairs.size() == 2);
    QSet<QString> seen;
    for (const DuplicatePair &p : pairs)
        seen.insert(QStringLiteral("%1-%2:%3").arg(p.firstId).arg(p.secondId).arg(reasonFields(p.reasons)));
    CHECK(seen
          == QSet<QString>{QStringLiteral("%1-%2:phone").arg(a.id).arg(b.id),
                           QStringLiteral("%1-%2:company").arg(a.id).arg(c.id)});

    const CliRun r = runCliWith({QStringLiteral("--db"), t.path(), QStringLiteral("duplicates"),
                                 QStringLiteral("--kind"), QStringLiteral("customers"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("kind")).toString() == QStringLiteral("customers"));
    CHECK(root.value(QStringLiteral("pairs")).toArray().size() == 2);
    const CliRun bad = runCliWith({QStringLiteral("--db"), t.path(), QStringLiteral("duplicates"),
                                   QStringLiteral("--kind"), QStringLiteral("deals")});
    CHECK(bad.code == 2);
    const CliRun text = runCliWith({QStringLiteral("--db"), t.path(), QStringLiteral("duplicates")});
    CHECK(text.code == 0);
    CHECK(text.out.startsWith(QStringLiteral("0 probable duplicate pair(s) of leads")));
}

TEST_CASE("Merging two customers keeps everything and undo restores it exactly", "[leads][merge]")
{
    TempDatabase t;
    Database &db = t.db();
    Builders b(db);
    const qint64 rep = b.user(QStringLiteral("王芳"));
    const Pipeline pipeline = b.pipeline();
    CustomerRepository customers(db);
    Customer keeper;
    keeper.name = QStringLiteral("成都天府软件有限公司");
    keeper.contacts.append(Contact{0, 0, QStringLiteral("刘一"), {}, {}, {}, {}, {}, true, {}, {}, {}});
    customers.create(keeper);
    Customer loser;
    loser.name = QStringLiteral("成都天府软件");
    loser.industry = QStringLiteral("软件");
    loser.phone = QStringLiteral("028-8765-4321");
    loser.contacts.append(Contact{0, 0, QStringLiteral("陈二"), {}, {}, {}, {}, {}, true, {}, {}, {}});
    loser.contacts.append(Contact{0, 0, QStringLiteral("张三"), {}, {}, {}, {}, {}, false, {}, {}, {}});
    customers.create(loser);
    const Opportunity opp = b.opportunity(pipeline, loser.id, rep, 500000);
    Activity act;
    act.subject = QStringLiteral("拜访");
    act.occurredAt = t.clock().now();
    act.userId = rep;
    act.customerId = loser.id;
    ActivityRepository(db).log(act);
    FollowUpTask task;
    task.title = QStringLiteral("回访");
    task.dueAt = t.clock().now().addDays(2);
    task.userId = rep;
    task.customerId = loser.id;
    ActivityRepository(db).addTask(task);
    const QString before = snapshot(t);

    RecordMerger merger(db);
    const MergeRecord record = merger.merge(RecordKind::Customers, keeper.id, loser.id);
    const Customer merged = customers.get(keeper.id);
    CHECK(merged.contacts.size() == 3);
    int primaries = 0;
    for (const Contact &c : merged.contacts)
        primaries += c.isPrimary ? 1 : 0;
    CHECK(primaries == 1);
    CHECK(merged.industry == QStringLiteral("软件")); // gap filled from the loser
    CHECK(merged.phone == QStringLiteral("028-8765-4321"));
    CHECK(merged.name == QStringLiteral("成都天府软件有限公司"));
    CHECK_THROWS_AS(customers.get(loser.id), NotFoundError);
    CHECK(t.scalar(QStringLiteral("SELECT customer_id FROM opportunities WHERE id = %1").arg(opp.id)).toLongLong()
          == keeper.id);
    CHECK(ActivityRepository(db).forCustomer(keeper.id).size() == 1);
    CHECK(t.scalar(QStringLiteral("SELECT customer_id FROM followup_tasks WHERE id = %1").arg(task.id)).toLongLong()
          == keeper.id);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'merge'")).toInt() == 2);

    merger.undo(record);
    t.reopen();
    // Everything is back, except the keeper's version which moves on (open editors notice).
    QString after = snapshot(t);
    CHECK(after.count(QLatin1Char('\n')) == before.count(QLatin1Char('\n')));
    const Customer restored = CustomerRepository(t.db()).get(loser.id);
    CHECK(restored.contacts.size() == 2);
    CHECK(restored.contacts.first().isPrimary);
    CHECK(CustomerRepository(t.db()).get(keeper.id).industry.isEmpty());
    CHECK(CustomerRepository(t.db()).get(keeper.id).rowVersion == keeper.rowVersion + 2);
    // Every other row (the keeper differs in row_version only) — moved contacts, deal, activity, task, the loser itself — is as before.
    const QRegularExpression keeperRow(QStringLiteral("(^|\\n)customers:%1\\|[^\\n]*").arg(keeper.id));
    QString expected = before;
    CHECK(after.remove(keeperRow) == expected.remove(keeperRow));
}

TEST_CASE("Merging two leads, undo after a later edit is refused", "[leads][merge]")
{
    TempDatabase t;
    Database &db = t.db();
    Builders b(db);
    const qint64 rep = b.user(QStringLiteral("孙丽"));
    const qint64 keeper = lead(db, QStringLiteral("周杰"), QStringLiteral("云帆网络"), {}, {}, 0);
    const qint64 loser = lead(db, QStringLiteral("周杰"), QStringLiteral("云帆网络有限公司"),
                              QStringLiteral("13900001111"), QStringLiteral("zj@yunfan.cn"), rep);
    Activity act;
    act.subject = QStringLiteral("电话");
    act.occurredAt = t.clock().now();
    act.userId = rep;
    act.leadId = loser;
    ActivityRepository(db).log(act);
    RecordMerger merger(db);
    CHECK_THROWS_AS(merger.merge(RecordKind::Leads, keeper, keeper), ValidationError);
    const MergeRecord r = merger.merge(RecordKind::Leads, keeper, loser);
    Lead merged = LeadRepository(db).get(keeper);
    CHECK(merged.phone == QStringLiteral("13900001111"));
    CHECK(merged.ownerId == rep);
    CHECK(ActivityRepository(db).forLead(keeper).size() == 1);
    CHECK(t.count(QStringLiteral("leads")) == 1);
    merged.notes = QStringLiteral("edited after the merge");
    LeadRepository(db).update(merged);
    CHECK_THROWS_AS(merger.undo(r), ConflictError);
    CHECK(t.count(QStringLiteral("leads")) == 1);
}

TEST_CASE("Merge failing mid-way leaves nothing changed", "[leads][merge][atomic]")
{
    TempDatabase t;
    Database &db = t.db();
    Builders b(db);
    const qint64 rep = b.user(QStringLiteral("钱七"));
    const qint64 keeper = b.customer(QStringLiteral("甲公司"));
    const qint64 loser = b.customer(QStringLiteral("甲有限公司"));
    b.opportunity(b.pipeline(), loser, rep, 100);
    const QString before = snapshot(t);
    // The last step (deleting the loser) fails after the references have moved.
    SqlQuery(db, QStringLiteral("CREATE TRIGGER fail_delete BEFORE DELETE ON customers "
                                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"))
        .exec();
    CHECK_THROWS_AS(RecordMerger(db).merge(RecordKind::Customers, keeper, loser), StorageError);
    CHECK(snapshot(t) == before);
}

TEST_CASE("Converting a lead creates customer, contact and deal in one transaction", "[leads][convert]")
{
    TempDatabase t;
    Database &db = t.db();
    Builders b(db);
    const qint64 rep = b.user(QStringLiteral("吴九"));
    const Pipeline pipeline = b.pipeline();
    const qint64 id = lead(db, QStringLiteral("郑十"), QStringLiteral("武汉长江制造有限公司"),
                           QStringLiteral("+86 139 1234 5678"), QStringLiteral("zheng@cj.cn"), rep);
    Activity act;
    act.subject = QStringLiteral("首次电话");
    act.occurredAt = t.clock().now();
    act.userId = rep;
    act.leadId = id;
    ActivityRepository(db).log(act);

    ConversionRequest req;
    req.leadId = id;
    req.createOpportunity = true;
    req.amountCents = 12000000;
    const ConversionResult r = LeadConverter(db).convert(req);
    CHECK(r.newCustomer);
    const Customer c = CustomerRepository(db).get(r.customerId);
    CHECK(c.name == QStringLiteral("武汉长江制造有限公司"));
    CHECK(c.ownerId == rep);
    REQUIRE(c.contacts.size() == 1);
    CHECK(c.contacts.first().name == QStringLiteral("郑十"));
    CHECK(c.contacts.first().mobile == QStringLiteral("+86 139 1234 5678"));
    CHECK(c.contacts.first().isPrimary);
    CHECK(t.scalar(QStringLiteral("SELECT stage_id FROM opportunities WHERE id = %1").arg(r.opportunityId)).toLongLong()
          == pipeline.stages.first().id);
    const Lead l = LeadRepository(db).get(id);
    CHECK(l.status == LeadStatus::Converted);
    CHECK(l.convertedCustomerId == r.customerId);
    CHECK(l.convertedContactId == r.contactId);
    CHECK(l.convertedOpportunityId == r.opportunityId);
    CHECK(l.convertedAt == t.clock().now());
    CHECK(ActivityRepository(db).forCustomer(r.customerId).size() == 1);
    CHECK_THROWS_AS(LeadConverter(db).convert(req), ValidationError); // already converted

    // Joining the matched existing customer adds a secondary contact, no new customer.
    const qint64 second = lead(db, QStringLiteral("王五"), QStringLiteral("长江制造"), {}, {}, rep);
    ConversionRequest join;
    join.leadId = second;
    join.existingCustomerId = r.customerId;
    const ConversionResult j = LeadConverter(db).convert(join);
    CHECK(!j.newCustomer);
    CHECK(j.customerId == r.customerId);
    CHECK(j.opportunityId == 0);
    CHECK(t.count(QStringLiteral("customers")) == 1);
    CHECK(CustomerRepository(db).contacts(r.customerId).size() == 2);
}

TEST_CASE("A conversion failing mid-way leaves nothing changed", "[leads][convert][atomic]")
{
    TempDatabase t;
    Database &db = t.db();
    Builders b(db);
    const qint64 rep = b.user(QStringLiteral("冯一"));
    b.pipeline();
    const qint64 id = lead(db, QStringLiteral("褚二"), QStringLiteral("南京紫金物联"), {}, {}, rep);
    const QString before = snapshot(t);
    ConversionRequest req;
    req.leadId = id;
    req.createOpportunity = true;
    req.amountCents = -5; // refused by the opportunity, after customer and contact were written
    CHECK_THROWS_AS(LeadConverter(db).convert(req), ValidationError);
    CHECK(snapshot(t) == before);
    req.amountCents = 100;
    req.existingCustomerId = 999; // unknown customer
    CHECK_THROWS_AS(LeadConverter(db).convert(req), NotFoundError);
    CHECK(snapshot(t) == before);
}
