// Repositories of the organisation, customers, leads, activities, catalog, targets,
// attachments, audit trail and settings: round-trips through a reopened SQLite file,
// located validation errors that change nothing, optimistic locking.
#include "builders.h"
#include "catchqt.h"
#include "repositorychecks.h"
#include "tempdatabase.h"

#include "domain/errors.h"
#include "domain/normalize.h"
#include "storage/repositories/activityrepository.h"
#include "storage/repositories/attachmentrepository.h"
#include "storage/repositories/auditrepository.h"
#include "storage/repositories/catalogrepository.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/leadrepository.h"
#include "storage/repositories/organizationrepository.h"
#include "storage/repositories/settingsrepository.h"
#include "storage/repositories/targetrepository.h"

using namespace fd;
using namespace fd::test;

namespace {

const QString kHostile = QStringLiteral("O'Brien \"大客户\" '; DROP TABLE customers; --");

void checkSame(const Contact &a, const Contact &b)
{
    CHECK(a.id == b.id);
    CHECK(a.customerId == b.customerId);
    CHECK(a.name == b.name);
    CHECK(a.title == b.title);
    CHECK(a.phone == b.phone);
    CHECK(a.mobile == b.mobile);
    CHECK(a.email == b.email);
    CHECK(a.wechat == b.wechat);
    CHECK(a.isPrimary == b.isPrimary);
    CHECK(a.notes == b.notes);
    CHECK(a.createdAt == b.createdAt);
    CHECK(a.updatedAt == b.updatedAt);
}

void checkSame(const Customer &a, const Customer &b)
{
    CHECK(a.id == b.id);
    CHECK(a.externalId == b.externalId);
    CHECK(a.name == b.name);
    CHECK(a.tier == b.tier);
    CHECK(a.score == b.score);
    CHECK(a.industry == b.industry);
    CHECK(a.size == b.size);
    CHECK(a.regionId == b.regionId);
    CHECK(a.ownerId == b.ownerId);
    CHECK(a.phone == b.phone);
    CHECK(a.email == b.email);
    CHECK(a.address == b.address);
    CHECK(a.website == b.website);
    CHECK(a.source == b.source);
    CHECK(a.notes == b.notes);
    CHECK(a.createdAt == b.createdAt);
    CHECK(a.updatedAt == b.updatedAt);
    CHECK(a.rowVersion == b.rowVersion);
    REQUIRE(a.contacts.size() == b.contacts.size());
    for (int i = 0; i < a.contacts.size(); ++i)
        checkSame(a.contacts[i], b.contacts[i]);
}

void checkSame(const Lead &a, const Lead &b)
{
    CHECK(a.id == b.id);
    CHECK(a.externalId == b.externalId);
    CHECK(a.name == b.name);
    CHECK(a.company == b.company);
    CHECK(a.title == b.title);
    CHECK(a.phone == b.phone);
    CHECK(a.email == b.email);
    CHECK(a.source == b.source);
    CHECK(a.campaignId == b.campaignId);
    CHECK(a.status == b.status);
    CHECK(a.disqualifyReason == b.disqualifyReason);
    CHECK(a.ownerId == b.ownerId);
    CHECK(a.regionId == b.regionId);
    CHECK(a.assignedAt == b.assignedAt);
    CHECK(a.lastFollowUpAt == b.lastFollowUpAt);
    CHECK(a.convertedCustomerId == b.convertedCustomerId);
    CHECK(a.convertedContactId == b.convertedContactId);
    CHECK(a.convertedOpportunityId == b.convertedOpportunityId);
    CHECK(a.convertedAt == b.convertedAt);
    CHECK(a.notes == b.notes);
    CHECK(a.createdAt == b.createdAt);
    CHECK(a.updatedAt == b.updatedAt);
    CHECK(a.rowVersion == b.rowVersion);
}

Customer sampleCustomer(qint64 regionId, qint64 ownerId)
{
    Customer c;
    c.externalId = QStringLiteral("CRM-0001");
    c.name = QStringLiteral("  上海星河科技有限公司 ");
    c.tier = QStringLiteral("A");
    c.score = 87;
    c.industry = QStringLiteral("制造业");
    c.size = QStringLiteral("medium");
    c.regionId = regionId;
    c.ownerId = ownerId;
    c.phone = QStringLiteral("021-5555 0101");
    c.email = QStringLiteral("info@xinghe.example.cn");
    c.address = QStringLiteral("上海市浦东新区张江路 88 号");
    c.website = QStringLiteral("https://xinghe.example.cn");
    c.source = QStringLiteral("展会");
    c.notes = QStringLiteral("多行\n备注");
    Contact boss;
    boss.name = QStringLiteral("李总");
    boss.title = QStringLiteral("总经理");
    boss.mobile = QStringLiteral("+86 138 0013 8000");
    boss.wechat = QStringLiteral("li_zong");
    boss.isPrimary = true;
    Contact buyer;
    buyer.name = kHostile;
    buyer.email = QStringLiteral("buyer@xinghe.example.cn");
    c.contacts = {boss, buyer};
    return c;
}

} // namespace

TEST_CASE("the company-name and phone normalisers", "[repositories][normalize]")
{
    const QString key = normalize::companyName(QStringLiteral("北京星河科技有限公司"));
    CHECK(key == QStringLiteral("北京星河科技"));
    CHECK(normalize::companyName(QStringLiteral(" 北京星河科技股份有限公司 ")) == key);
    CHECK(normalize::companyName(QStringLiteral("北京星河科技集团有限公司")) == key);
    CHECK(normalize::companyName(QStringLiteral("ＡＣＭＥ　Ｔｒａｄｉｎｇ Co., Ltd."))
          == QStringLiteral("acme trading"));
    CHECK(normalize::companyName(QStringLiteral("Acme Trading, Inc.")) == QStringLiteral("acme trading"));
    CHECK(normalize::companyName(QStringLiteral("Zinc")) == QStringLiteral("zinc"));         // not "z" + "inc"
    CHECK(normalize::companyName(QStringLiteral("有限公司")) == QStringLiteral("有限公司")); // never emptied
    CHECK(normalize::phone(QStringLiteral("+86 138-0013-8000")) == QStringLiteral("13800138000"));
    CHECK(normalize::phone(QStringLiteral("0086 13800138000")) == QStringLiteral("13800138000"));
    CHECK(normalize::phone(QStringLiteral("(021) 5555-0101")) == QStringLiteral("02155550101"));
    CHECK(normalize::phone(QStringLiteral("+86 21 5555 0101")) == QStringLiteral("02155550101"));
    CHECK(normalize::phone(QStringLiteral("１３８００１３８０００")) == QStringLiteral("13800138000"));
    CHECK(normalize::phone(QStringLiteral("无")).isEmpty());
}

TEST_CASE("regions, teams and users round-trip through the file", "[repositories][organization]")
{
    TempDatabase t;
    OrganizationRepository org(t.db());
    Region east{0, QStringLiteral("华东区")};
    org.createRegion(east);
    Team team{0, QStringLiteral("上海一组"), east.id};
    org.createTeam(team);
    User rep;
    rep.login = QStringLiteral("wang.fang");
    rep.displayName = QStringLiteral("王芳");
    rep.email = QStringLiteral("wang.fang@example.cn");
    rep.phone = QStringLiteral("13900001111");
    rep.teamId = team.id;
    org.createUser(rep);
    User manager = rep;
    manager.id = 0;
    manager.login = QStringLiteral("zhao.lei");
    manager.displayName = QStringLiteral("赵磊");
    manager.role = UserRole::Manager;
    org.createUser(manager);
    User gone = rep;
    gone.id = 0;
    gone.login = QStringLiteral("left.company");
    gone.displayName = QStringLiteral("已离职");
    gone.active = false;
    org.createUser(gone);

    t.reopen();
    OrganizationRepository again(t.db());
    CHECK(again.region(east.id).name == QStringLiteral("华东区"));
    const Team readTeam = again.team(team.id);
    CHECK(readTeam.name == team.name);
    CHECK(readTeam.regionId == east.id);
    const User u = again.user(rep.id);
    CHECK(u.login == rep.login);
    CHECK(u.displayName == rep.displayName);
    CHECK(u.email == rep.email);
    CHECK(u.phone == rep.phone);
    CHECK(u.role == UserRole::Rep);
    CHECK(u.teamId == team.id);
    CHECK(u.active);
    CHECK(u.createdAt == TempDatabase::defaultNow());
    CHECK(again.user(manager.id).role == UserRole::Manager);

    const auto byLogin = again.userByLogin(QStringLiteral("zhao.lei"));
    REQUIRE(byLogin);
    CHECK(byLogin->id == manager.id);
    CHECK_FALSE(again.userByLogin(QStringLiteral("nobody")));
    const QList<User> reps = again.activeReps(team.id);
    REQUIRE(reps.size() == 1); // not the manager, not the inactive rep
    CHECK(reps.first().id == rep.id);
    CHECK(again.users().size() == 2);
    CHECK(again.users(true).size() == 3);
    CHECK(again.teams(east.id).size() == 1);

    // Update: a rename is audited with old and new value.
    t.clock().advanceSeconds(3600);
    User changed = again.user(rep.id);
    changed.displayName = QStringLiteral("王芳芳");
    again.updateUser(changed);
    CHECK(again.user(rep.id).displayName == QStringLiteral("王芳芳"));
    CHECK(again.user(rep.id).updatedAt == TempDatabase::defaultNow().addSecs(3600));
    const QList<AuditEntry> trail = AuditRepository(t.db()).forEntity(QStringLiteral("user"), rep.id);
    REQUIRE(trail.size() == 2);
    CHECK(trail.last().field == QStringLiteral("display_name"));
    CHECK(trail.last().oldValue == QStringLiteral("王芳"));
    CHECK(trail.last().newValue == QStringLiteral("王芳芳"));
}

TEST_CASE("organisation validation errors are located and change nothing", "[repositories][organization]")
{
    TempDatabase t;
    OrganizationRepository org(t.db());
    Region r{0, QStringLiteral("华北区")};
    org.createRegion(r);
    User u;
    u.login = QStringLiteral("li.na");
    u.displayName = QStringLiteral("李娜");
    org.createUser(u);

    User dup;
    dup.login = QStringLiteral("li.na");
    dup.displayName = QString();
    dup.email = QStringLiteral("not-an-address");
    dup.teamId = 999;
    const ValidationError e = refusedWithoutChange(t.db(), [&] { org.createUser(dup); });
    const FieldError login = errorFor(e, QStringLiteral("login"));
    CHECK(login.entity == QStringLiteral("user"));
    CHECK(login.value == QStringLiteral("li.na"));
    CHECK(login.reason.contains(QStringLiteral("already used")));
    CHECK(errorFor(e, QStringLiteral("display_name")).reason == QStringLiteral("is required"));
    CHECK(errorFor(e, QStringLiteral("email")).value == QStringLiteral("not-an-address"));
    CHECK(errorFor(e, QStringLiteral("team")).value == QStringLiteral("999"));

    Region again{0, QStringLiteral("华北区")};
    const ValidationError re = refusedWithoutChange(t.db(), [&] { org.createRegion(again); });
    CHECK(errorFor(re, QStringLiteral("name")).entity == QStringLiteral("region"));
    CHECK_THROWS_AS(org.user(12345), NotFoundError);
}

TEST_CASE("a customer with contacts round-trips verbatim, hostile text included", "[repositories][customers]")
{
    TempDatabase t;
    Builders make(t.db());
    const qint64 region = make.region(QStringLiteral("华东区"));
    const qint64 owner = make.user(QStringLiteral("王芳"), 0, QStringLiteral("admin")); // sees and changes all
    t.db().setActingUserId(owner);
    CustomerRepository repo(t.db());
    Customer c = sampleCustomer(region, owner);
    Customer hostile;
    hostile.name = kHostile;
    repo.create(c);
    repo.create(hostile);
    REQUIRE(c.id > 0);
    CHECK(c.rowVersion == 1);
    CHECK(c.name == QStringLiteral("  上海星河科技有限公司 ")); // the caller's copy is not rewritten

    t.reopen();
    CustomerRepository again(t.db());
    const Customer read = again.get(c.id);
    Customer expected = c;
    expected.name = c.name.trimmed();
    expected.contacts[0].mobile = QStringLiteral("+86 138 0013 8000");
    checkSame(read, expected);
    CHECK(read.contacts.first().isPrimary);
    CHECK(read.contacts.last().name == kHostile);
    CHECK(again.get(hostile.id).name == kHostile);
    CHECK(t.count(QStringLiteral("customers")) == 2); // the table is still there
    CHECK(t.scalar(QStringLiteral("SELECT normalized_name FROM customers WHERE id = %1").arg(c.id)).toString()
          == QStringLiteral("上海星河科技"));

    const QList<CustomerSummary> rows = again.list();
    REQUIRE(rows.size() == 2);
    const CustomerSummary &s = rows.first().id == c.id ? rows.first() : rows.last();
    CHECK(s.name == expected.name);
    CHECK(s.regionName == QStringLiteral("华东区"));
    CHECK(s.ownerName == QStringLiteral("王芳"));
    CHECK(s.primaryContact == QStringLiteral("李总"));
    CHECK(s.contactCount == 2);
    CustomerFilter f;
    f.text = QStringLiteral("DROP TABLE");
    CHECK(again.list(f).size() == 2);                // hostile customer + customer whose contact has that name
    f.text = QStringLiteral("星河科技股份有限公司"); // matches through the normalised name
    REQUIRE(again.list(f).size() == 1);
    CHECK(again.count(f) == 1);
    f = {};
    f.tier = QStringLiteral("A");
    CHECK(again.count(f) == 1);
}

TEST_CASE("customer validation errors are located and change nothing", "[repositories][customers]")
{
    TempDatabase t;
    CustomerRepository repo(t.db());
    Customer c = sampleCustomer(0, 0);
    repo.create(c);
    const Customer stored = repo.get(c.id);

    Customer bad = stored;
    bad.score = 140;
    bad.tier = QStringLiteral("D");
    bad.notes = QString(10 * 1024 * 1024, QLatin1Char('x'));
    bad.regionId = 77;
    const ValidationError e = refusedWithoutChange(t.db(), [&] { repo.update(bad); });
    const FieldError score = errorFor(e, QStringLiteral("score"));
    CHECK(score.entity == QStringLiteral("customer"));
    CHECK(score.value == QStringLiteral("140"));
    CHECK(score.reason.contains(QStringLiteral("between 0 and 100")));
    CHECK(errorFor(e, QStringLiteral("tier")).value == QStringLiteral("D"));
    const FieldError notes = errorFor(e, QStringLiteral("notes"));
    CHECK(notes.value.size() == 10 * 1024 * 1024);
    CHECK(notes.reason.contains(QStringLiteral("too long")));
    CHECK(errorFor(e, QStringLiteral("region")).value == QStringLiteral("77"));
    checkSame(repo.get(c.id), stored);

    Customer noName;
    noName.name = QStringLiteral("   ");
    Contact nameless;
    noName.contacts = {nameless};
    const ValidationError e2 = refusedWithoutChange(t.db(), [&] { repo.create(noName); });
    CHECK(errorFor(e2, QStringLiteral("name")).entity == QStringLiteral("customer"));
    CHECK(e2.errors().last().entity == QStringLiteral("contact")); // the contact's own error, located
}

TEST_CASE("a stale customer row version is a conflict and the newer data stays", "[repositories][customers]")
{
    TempDatabase t;
    CustomerRepository repo(t.db());
    Customer c = sampleCustomer(0, 0);
    repo.create(c);
    Customer mine = repo.get(c.id);
    Customer theirs = repo.get(c.id);
    theirs.industry = QStringLiteral("零售");
    repo.update(theirs);
    CHECK(theirs.rowVersion == 2);
    mine.industry = QStringLiteral("物流");
    const QStringList before = databaseDump(t.db());
    CHECK_THROWS_AS(repo.update(mine), ConflictError);
    CHECK(databaseDump(t.db()) == before);
    CHECK(repo.get(c.id).industry == QStringLiteral("零售"));
    CHECK(repo.get(c.id).rowVersion == 2);
}

TEST_CASE("contacts: add, update, remove, one primary per customer", "[repositories][customers]")
{
    TempDatabase t;
    CustomerRepository repo(t.db());
    Customer c = sampleCustomer(0, 0);
    repo.create(c);
    Contact extra;
    extra.customerId = c.id;
    extra.name = QStringLiteral("张工");
    extra.isPrimary = true;
    repo.addContact(extra);
    QList<Contact> list = repo.contacts(c.id);
    REQUIRE(list.size() == 3);
    CHECK(list.first().id == extra.id); // the new primary demoted 李总
    CHECK_FALSE(list[1].isPrimary);

    extra.title = QStringLiteral("技术总监");
    extra.customerId = 999; // ignored: a contact does not move between customers
    repo.updateContact(extra);
    CHECK(repo.contact(extra.id).title == QStringLiteral("技术总监"));
    CHECK(repo.contact(extra.id).customerId == c.id);

    Contact bad = extra;
    bad.email = QStringLiteral("@@");
    const ValidationError e = refusedWithoutChange(t.db(), [&] { repo.updateContact(bad); });
    CHECK(errorFor(e, QStringLiteral("email")).entity == QStringLiteral("contact"));

    repo.removeContact(extra.id);
    CHECK(repo.contacts(c.id).size() == 2);
    CHECK_THROWS_AS(repo.contact(extra.id), NotFoundError);
}

TEST_CASE("a customer is removed only when nothing refers to it", "[repositories][customers]")
{
    TempDatabase t;
    Builders make(t.db());
    CustomerRepository repo(t.db());
    Customer used = sampleCustomer(0, 0);
    repo.create(used);
    Customer unused = sampleCustomer(0, 0);
    unused.externalId = QStringLiteral("CRM-0002");
    repo.create(unused);
    const qint64 owner = make.user(QStringLiteral("王芳"));
    make.opportunity(make.pipeline(), used.id, owner, 100000);

    const ValidationError e = refusedWithoutChange(t.db(), [&] { repo.remove(used.id); });
    const FieldError ref = errorFor(e, QStringLiteral("id"));
    CHECK(ref.entity == QStringLiteral("customer"));
    CHECK(ref.value == QString::number(used.id));
    CHECK(ref.reason.contains(QStringLiteral("deal")));

    repo.remove(unused.id);
    CHECK_THROWS_AS(repo.get(unused.id), NotFoundError);
    CHECK(repo.contacts(unused.id).isEmpty());
    CHECK(repo.get(used.id).contacts.size() == 2);
}

TEST_CASE("leads round-trip, fill normalised columns and live in the pool without owner", "[repositories][leads]")
{
    TempDatabase t;
    Builders make(t.db());
    // A manager: adds pool leads as well as their own (a rep only their own).
    const qint64 rep = make.user(QStringLiteral("刘洋"), 0, QStringLiteral("manager"));
    const qint64 region = make.region(QStringLiteral("华南区"));
    Campaign campaign;
    campaign.name = QStringLiteral("2026 春季展会");
    CatalogRepository(t.db()).saveCampaign(campaign);
    t.db().setActingUserId(rep);
    LeadRepository repo(t.db());

    Lead pooled;
    pooled.name = QStringLiteral("陈先生");
    pooled.company = QStringLiteral("深圳市蓝海贸易有限公司");
    pooled.phone = QStringLiteral("+86 (755) 8888-0000");
    pooled.email = QStringLiteral("chen@lanhai.example.cn");
    pooled.source = QStringLiteral("官网");
    pooled.campaignId = campaign.id;
    pooled.regionId = region;
    pooled.notes = kHostile;
    repo.create(pooled);
    Lead owned = pooled;
    owned.id = 0;
    owned.name = QStringLiteral("周女士");
    owned.ownerId = rep;
    owned.status = LeadStatus::Contacted;
    repo.create(owned);
    CHECK(owned.assignedAt == TempDatabase::defaultNow());
    CHECK_FALSE(pooled.assignedAt.isValid());

    t.reopen();
    LeadRepository again(t.db());
    checkSame(again.get(pooled.id), pooled);
    checkSame(again.get(owned.id), owned);
    CHECK(t.scalar(QStringLiteral("SELECT normalized_phone FROM leads WHERE id = %1").arg(pooled.id)).toString()
          == QStringLiteral("075588880000"));
    CHECK(t.scalar(QStringLiteral("SELECT normalized_company FROM leads WHERE id = %1").arg(pooled.id)).toString()
          == QStringLiteral("深圳市蓝海贸易"));

    LeadFilter pool;
    pool.poolOnly = true;
    REQUIRE(again.list(pool).size() == 1);
    CHECK(again.list(pool).first().id == pooled.id);
    LeadFilter phone;
    phone.text = QStringLiteral("0755-88880000"); // matched on the digits
    CHECK(again.count(phone) == 2);

    // Claiming from the pool is audited as a reassignment; returning it as a pool return.
    t.clock().advanceSeconds(600);
    Lead claim = again.get(pooled.id);
    claim.ownerId = rep;
    again.update(claim);
    CHECK(again.get(pooled.id).assignedAt == TempDatabase::defaultNow().addSecs(600));
    claim.ownerId = 0;
    again.update(claim);
    CHECK_FALSE(again.get(pooled.id).assignedAt.isValid());
    QStringList actions;
    for (const AuditEntry &a : AuditRepository(t.db()).forEntity(QStringLiteral("lead"), pooled.id))
        actions << a.action;
    CHECK(actions == QStringList{QStringLiteral("insert"), QStringLiteral("reassign"), QStringLiteral("pool_return")});

    Lead stale = again.get(owned.id);
    stale.rowVersion = 0;
    CHECK_THROWS_AS(again.update(stale), ConflictError);

    Lead bad = again.get(owned.id);
    bad.status = LeadStatus::Disqualified;
    bad.phone = QStringLiteral("没有");
    const ValidationError e = refusedWithoutChange(t.db(), [&] { again.update(bad); });
    CHECK(errorFor(e, QStringLiteral("disqualify_reason")).entity == QStringLiteral("lead"));
    CHECK(errorFor(e, QStringLiteral("phone")).value == QStringLiteral("没有"));
}

TEST_CASE("activities and follow-up tasks: log, list, overdue, done", "[repositories][activities]")
{
    TempDatabase t;
    Builders make(t.db());
    const qint64 rep = make.user(QStringLiteral("王芳"));
    const qint64 other = make.user(QStringLiteral("李强"));
    const qint64 customer = make.customer(QStringLiteral("华东精密机械有限公司"));
    const Opportunity deal = make.opportunity(make.pipeline(), customer, rep, 500000);
    Lead lead;
    lead.name = QStringLiteral("陈先生");
    LeadRepository(t.db()).create(lead);
    ActivityRepository repo(t.db());

    const QDateTime now = TempDatabase::defaultNow();
    Activity visit;
    visit.kind = ActivityKind::Visit;
    visit.subject = QStringLiteral("上门拜访，演示方案");
    visit.occurredAt = now.addDays(-2);
    visit.durationMinutes = 90;
    visit.outcome = QStringLiteral("客户有兴趣");
    visit.notes = kHostile;
    visit.userId = rep;
    visit.customerId = customer;
    visit.opportunityId = deal.id;
    repo.log(visit);
    Activity call;
    call.kind = ActivityKind::Call;
    call.subject = QStringLiteral("首次电话");
    call.occurredAt = now.addDays(-1);
    call.userId = other;
    call.leadId = lead.id;
    repo.log(call);

    FollowUpTask late;
    late.title = QStringLiteral("发送报价单");
    late.dueAt = now.addDays(-1);
    late.userId = rep;
    late.opportunityId = deal.id;
    late.activityId = visit.id;
    repo.addTask(late);
    FollowUpTask soon = late;
    soon.id = 0;
    soon.title = QStringLiteral("回访");
    soon.dueAt = now.addDays(2);
    soon.remindAt = now.addDays(1);
    repo.addTask(soon);

    t.reopen();
    ActivityRepository again(t.db());
    const Activity read = again.activity(visit.id);
    CHECK(read.kind == ActivityKind::Visit);
    CHECK(read.subject == visit.subject);
    CHECK(read.occurredAt == visit.occurredAt);
    CHECK(read.durationMinutes == 90);
    CHECK(read.outcome == visit.outcome);
    CHECK(read.notes == kHostile);
    CHECK(read.userId == rep);
    CHECK(read.customerId == customer);
    CHECK(read.opportunityId == deal.id);
    CHECK(read.leadId == 0);
    CHECK(read.createdAt == now);
    CHECK(again.forCustomer(customer).size() == 1);
    CHECK(again.forOpportunity(deal.id).size() == 1);
    CHECK(again.forLead(lead.id).size() == 1);
    CHECK(again.forUser(other).first().id == call.id);
    // Logging on a lead moved its last follow-up forward.
    CHECK(LeadRepository(t.db()).get(lead.id).lastFollowUpAt == call.occurredAt);

    const FollowUpTask readSoon = again.task(soon.id);
    CHECK(readSoon.title == soon.title);
    CHECK(readSoon.dueAt == soon.dueAt);
    CHECK(readSoon.remindAt == soon.remindAt);
    CHECK(readSoon.activityId == visit.id);
    ActivityFilter mine;
    mine.userId = rep;
    CHECK(again.openTasks(mine).size() == 2);
    const QList<FollowUpTask> overdue = again.overdueTasks(rep);
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.first().id == late.id);

    t.clock().advanceSeconds(120);
    again.setTaskDone(late.id);
    CHECK(again.task(late.id).done);
    CHECK(again.task(late.id).doneAt == now.addSecs(120));
    CHECK(again.overdueTasks(rep).isEmpty());
    again.setTaskDone(late.id, false);
    CHECK_FALSE(again.task(late.id).doneAt.isValid());

    // 2026-02-30 is no date: the invalid QDateTime is refused with a located error.
    Activity bad = call;
    bad.id = 0;
    bad.occurredAt = QDateTime(QDate(2026, 2, 30), QTime(10, 0), Qt::UTC);
    bad.durationMinutes = -5;
    bad.leadId = 0;
    const ValidationError e = refusedWithoutChange(t.db(), [&] { again.log(bad); });
    CHECK(errorFor(e, QStringLiteral("occurred_at")).entity == QStringLiteral("activity"));
    CHECK(errorFor(e, QStringLiteral("duration_minutes")).value == QStringLiteral("-5"));
    CHECK(errorFor(e, QStringLiteral("customer")).reason.contains(QStringLiteral("belongs to")));

    FollowUpTask badTask = soon;
    badTask.id = 0;
    badTask.remindAt = badTask.dueAt.addDays(1);
    const ValidationError te = refusedWithoutChange(t.db(), [&] { again.addTask(badTask); });
    CHECK(errorFor(te, QStringLiteral("remind_at")).entity == QStringLiteral("task"));
}

TEST_CASE("product lines, products and campaigns round-trip", "[repositories][catalog]")
{
    TempDatabase t;
    CatalogRepository repo(t.db());
    ProductLine line{0, QStringLiteral("工业软件")};
    repo.saveProductLine(line);
    Product p;
    p.productLineId = line.id;
    p.name = QStringLiteral("MES 标准版");
    p.sku = QStringLiteral("MES-STD");
    p.listPrice = {12800000, QStringLiteral("CNY")};
    repo.saveProduct(p);
    Product retired = p;
    retired.id = 0;
    retired.sku = QStringLiteral("MES-OLD");
    retired.active = false;
    repo.saveProduct(retired);
    Campaign c;
    c.name = QStringLiteral("华东巡展");
    c.channel = QStringLiteral("线下活动");
    c.startDate = QDate(2026, 3, 1);
    c.endDate = QDate(2026, 3, 31);
    c.cost = {8000000, QStringLiteral("CNY")};
    repo.saveCampaign(c);

    t.reopen();
    CatalogRepository again(t.db());
    CHECK(again.productLine(line.id).name == line.name);
    const Product rp = again.product(p.id);
    CHECK(rp.productLineId == line.id);
    CHECK(rp.name == p.name);
    CHECK(rp.sku == p.sku);
    CHECK(rp.listPrice == p.listPrice);
    CHECK(rp.active);
    CHECK(again.products(line.id).size() == 1);
    CHECK(again.products(line.id, true).size() == 2);
    const Campaign rc = again.campaign(c.id);
    CHECK(rc.name == c.name);
    CHECK(rc.channel == c.channel);
    CHECK(rc.startDate == c.startDate);
    CHECK(rc.endDate == c.endDate);
    CHECK(rc.cost == c.cost);
    CHECK(rc.createdAt == TempDatabase::defaultNow());

    Product bad = rp;
    bad.listPrice.cents = -1;
    bad.sku = QStringLiteral("MES-OLD");
    const ValidationError e = refusedWithoutChange(t.db(), [&] { again.saveProduct(bad); });
    CHECK(errorFor(e, QStringLiteral("list_price")).value == QStringLiteral("-1"));
    CHECK(errorFor(e, QStringLiteral("sku")).reason.contains(QStringLiteral("already used")));
    Campaign backwards = rc;
    backwards.endDate = QDate(2026, 2, 1);
    const ValidationError ce = refusedWithoutChange(t.db(), [&] { again.saveCampaign(backwards); });
    CHECK(errorFor(ce, QStringLiteral("end_date")).value == QStringLiteral("2026-02-01"));
}

TEST_CASE("targets per period and level, with validation and the month of a date", "[repositories][targets]")
{
    TempDatabase t;
    Builders make(t.db());
    const qint64 rep = make.user(QStringLiteral("王芳"));
    const qint64 team = make.team(QStringLiteral("上海一组"));
    TargetRepository repo(t.db());
    Target company{0, QStringLiteral("2026"), {}, {}, TargetLevel::Company, 0, {120000000000, QStringLiteral("CNY")}};
    repo.set(company);
    CHECK(company.periodStart == QDate(2026, 1, 1));
    CHECK(company.periodEnd == QDate(2026, 12, 31));
    Target quarter{0, QStringLiteral("2026-Q4"), {}, {}, TargetLevel::Team, team, {3000000000, QStringLiteral("CNY")}};
    repo.set(quarter);
    Target month{0, QStringLiteral("2026-11"), {}, {}, TargetLevel::Rep, rep, {50000000, QStringLiteral("CNY")}};
    repo.set(month);

    t.reopen();
    TargetRepository again(t.db());
    const Target read = again.get(quarter.id);
    CHECK(read.period == QStringLiteral("2026-Q4"));
    CHECK(read.periodStart == QDate(2026, 10, 1));
    CHECK(read.periodEnd == QDate(2026, 12, 31));
    CHECK(read.level == TargetLevel::Team);
    CHECK(read.subjectId == team);
    CHECK(read.amount.cents == 3000000000);
    const auto nov = again.targetFor(TargetLevel::Rep, rep, QDate(2026, 11, 30));
    REQUIRE(nov);
    CHECK(nov->id == month.id);
    CHECK_FALSE(again.targetFor(TargetLevel::Rep, rep, QDate(2026, 12, 1)));
    CHECK(again.find(QStringLiteral("2026"), TargetLevel::Company)->amount.cents == 120000000000);
    CHECK(again.forLevel(TargetLevel::Rep, rep, QDate(2026, 11, 15), QDate(2026, 11, 15)).size() == 1);

    // Setting the same period, level and subject replaces the amount (also for the company, whose subject is NULL).
    Target raise = company;
    raise.id = 0;
    raise.amount.cents = 150000000000;
    again.set(raise);
    CHECK(raise.id == company.id);
    CHECK(t.count(QStringLiteral("targets")) == 3);
    CHECK(again.get(company.id).amount.cents == 150000000000);

    Target bad{0, QStringLiteral("2026-13"), {}, {}, TargetLevel::Company, rep, {-1, QStringLiteral("CNY")}};
    const ValidationError e = refusedWithoutChange(t.db(), [&] { again.set(bad); });
    CHECK(errorFor(e, QStringLiteral("period")).value == QStringLiteral("2026-13"));
    CHECK(errorFor(e, QStringLiteral("subject")).reason.contains(QStringLiteral("company")));
    CHECK(errorFor(e, QStringLiteral("amount")).value == QStringLiteral("-1"));
    Target orphan{0, QStringLiteral("2026-11"), {}, {}, TargetLevel::Region, 4242, {1, QStringLiteral("CNY")}};
    const ValidationError oe = refusedWithoutChange(t.db(), [&] { again.set(orphan); });
    CHECK(errorFor(oe, QStringLiteral("subject")).value == QStringLiteral("4242"));
}

TEST_CASE("attachments keep their bytes and checksum, oversized files are refused", "[repositories][attachments]")
{
    TempDatabase t;
    Builders make(t.db());
    const qint64 customer = make.customer(QStringLiteral("华东精密机械有限公司"));
    const qint64 user = make.user(QStringLiteral("王芳"));
    t.db().setActingUserId(user);
    AttachmentRepository repo(t.db());
    Attachment a;
    a.entity = QStringLiteral("customer");
    a.entityId = customer;
    a.fileName = QStringLiteral("营业执照.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.content = QByteArray("abc");
    repo.add(a);
    Attachment binary = a;
    binary.id = 0;
    binary.fileName = QStringLiteral("bytes.bin");
    for (int i = 0; i < 256; ++i)
        binary.content.append(char(i)); // NUL bytes included
    repo.add(binary);

    t.reopen();
    AttachmentRepository again(t.db());
    const Attachment read = again.get(a.id);
    // FIPS 180-2 test vector for "abc".
    CHECK(read.sha256 == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(read.content == QByteArray("abc"));
    CHECK(read.sizeBytes == 3);
    CHECK(read.fileName == a.fileName);
    CHECK(read.mimeType == a.mimeType);
    CHECK(read.uploadedBy == user);
    CHECK(read.uploadedAt == TempDatabase::defaultNow());
    CHECK(again.get(binary.id).content == binary.content);
    const QList<Attachment> list = again.list(QStringLiteral("customer"), customer);
    REQUIRE(list.size() == 2);
    CHECK(list.first().content.isEmpty()); // lists do not load the bytes
    CHECK(list.first().sizeBytes > 0);

    Attachment huge = a;
    huge.id = 0;
    huge.content = QByteArray(int(AttachmentRepository::kMaxBytes) + 1, 'x');
    huge.entity = QStringLiteral("planet");
    const ValidationError e = refusedWithoutChange(t.db(), [&] { again.add(huge); });
    const FieldError size = errorFor(e, QStringLiteral("content"));
    CHECK(size.entity == QStringLiteral("attachment"));
    CHECK(size.value == QStringLiteral("%1 bytes").arg(AttachmentRepository::kMaxBytes + 1));
    CHECK(size.reason.contains(QStringLiteral("20 MB")));
    CHECK(errorFor(e, QStringLiteral("entity")).value == QStringLiteral("planet"));

    again.remove(a.id);
    CHECK_THROWS_AS(again.get(a.id), NotFoundError);
}

TEST_CASE("the audit trail is read per record with who, when and what", "[repositories][audit]")
{
    TempDatabase t;
    Builders make(t.db());
    const qint64 user = make.user(QStringLiteral("王芳"), 0, QStringLiteral("admin")); // sees and changes all
    t.db().setActingUserId(user);
    CustomerRepository repo(t.db());
    Customer c = sampleCustomer(0, 0);
    repo.create(c);
    t.clock().advanceSeconds(60);
    c.score = 90;
    c.tier = QStringLiteral("B");
    repo.update(c);

    AuditRepository audit(t.db());
    const QList<AuditEntry> trail = audit.forEntity(QStringLiteral("customer"), c.id);
    REQUIRE(trail.size() == 3);
    CHECK(trail[0].action == QStringLiteral("insert"));
    CHECK(trail[0].occurredAt == TempDatabase::defaultNow());
    QStringList changed;
    for (int i = 1; i < trail.size(); ++i) {
        CHECK(trail[i].action == QStringLiteral("update"));
        CHECK(trail[i].userId == user);
        CHECK(trail[i].occurredAt == TempDatabase::defaultNow().addSecs(60));
        changed << trail[i].field + QLatin1Char(':') + trail[i].oldValue + QStringLiteral("→") + trail[i].newValue;
    }
    changed.sort();
    CHECK(changed == QStringList{QStringLiteral("score:87→90"), QStringLiteral("tier:A→B")});
    CHECK(audit.byUser(user).size() == t.count(QStringLiteral("audit_log")));
    CHECK(audit.recent(1).first().field == trail.last().field);
}

TEST_CASE("settings store typed values and survive a reopen", "[repositories][settings]")
{
    TempDatabase t;
    SettingsRepository s(t.db());
    CHECK(s.integer(QStringLiteral("pool.return_days"), 30) == 30);
    s.setInteger(QStringLiteral("pool.return_days"), 15);
    s.setBoolean(QStringLiteral("pool.enabled"), true);
    s.setDate(QStringLiteral("fiscal.start"), QDate(2026, 4, 1));
    s.setText(QStringLiteral("company.name"), kHostile);
    s.setText(QStringLiteral("company.name"), kHostile); // unchanged: no second audit row

    t.reopen();
    SettingsRepository again(t.db());
    CHECK(again.integer(QStringLiteral("pool.return_days")) == 15);
    CHECK(again.boolean(QStringLiteral("pool.enabled")));
    CHECK(again.date(QStringLiteral("fiscal.start")) == QDate(2026, 4, 1));
    CHECK(again.text(QStringLiteral("company.name")) == kHostile);
    CHECK(again.keys().size() == 4);
    CHECK(t.count(QStringLiteral("audit_log")) == 4);
    again.setInteger(QStringLiteral("pool.return_days"), 20);
    CHECK(t.count(QStringLiteral("audit_log")) == 5);
    again.remove(QStringLiteral("pool.enabled"));
    CHECK_FALSE(again.value(QStringLiteral("pool.enabled")));
    CHECK(again.boolean(QStringLiteral("pool.enabled"), true));

    const ValidationError e = refusedWithoutChange(
        t.db(), [&] { again.setDate(QStringLiteral("fiscal.start"), QDate(2026, 2, 30)); });
    CHECK(errorFor(e, QStringLiteral("fiscal.start")).entity == QStringLiteral("setting"));
    const ValidationError ke = refusedWithoutChange(t.db(), [&] { again.setText(QString(), QStringLiteral("x")); });
    CHECK(errorFor(ke, QStringLiteral("key")).reason == QStringLiteral("is required"));
}
