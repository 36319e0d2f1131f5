// The audit viewer on a team database, under people's own logins (the test cluster trusts
// loopback logins): the reader shows the server's trail (audit_trail) with the session's
// person as the author, a rep reads only their scope's rows (row level security, nothing in
// the client), a hostile rep cannot write or erase them, and sign-ins are recorded in the
// signed-in login's own name.
#include "builders.h"
#include "catchqt.h"
#include "clirun.h"
#include "pgcluster.h"
#include "securityoffice.h"

#include "audit/auditreader.h"
#include "audit/auditscope.h"
#include "audit/audittext.h"
#include "domain/errors.h"
#include "storage/pgaccess.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::test;

namespace {

// One team's rep A, another team's rep B, an admin; one deal each; every person a login.
struct TeamOffice
{
    TempPgDatabase t;
    Builders make{t.db()};
    QString prefix = QStringLiteral("aud%1_").arg(++s_offices);
    qint64 teamA = make.team(QStringLiteral("一组"));
    qint64 teamB = make.team(QStringLiteral("二组"));
    qint64 repA = person(QStringLiteral("repa"), QStringLiteral("李娜"), teamA, QStringLiteral("rep"));
    qint64 repB = person(QStringLiteral("repb"), QStringLiteral("孙浩"), teamB, QStringLiteral("rep"));
    qint64 admin = person(QStringLiteral("adm"), QStringLiteral("管理员"), 0, QStringLiteral("admin"));
    Pipeline pipeline = make.pipeline();
    qint64 dealA = make.opportunity(pipeline, make.customer(QStringLiteral("甲客户"), 0, repA), repA, 100000,
                                    QStringLiteral("甲商机"))
                       .id;
    qint64 dealB = make.opportunity(pipeline, make.customer(QStringLiteral("乙客户"), 0, repB), repB, 200000,
                                    QStringLiteral("乙商机"))
                       .id;

    TeamOffice()
    {
        pgaccess::createLogin(t.db(), login(QStringLiteral("adm")), QStringLiteral("admin"), QStringLiteral("pw-a"));
        auto adminDb = as(QStringLiteral("adm"));
        pgaccess::createLogin(*adminDb, login(QStringLiteral("repa")), QStringLiteral("rep"), QStringLiteral("pw-1"));
        pgaccess::createLogin(*adminDb, login(QStringLiteral("repb")), QStringLiteral("rep"), QStringLiteral("pw-2"));
    }

    QString login(const QString &name) const { return prefix + name; }

    qint64 person(const QString &name, const QString &display, qint64 team, const QString &role)
    {
        SqlQuery q(t.db(), QStringLiteral("INSERT INTO users (login, display_name, role, team_id, created_at, "
                                          "updated_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', "
                                          "'2026-01-01T00:00:00Z') RETURNING id"));
        return q.add(login(name)).add(display).add(role).add(nullableId(team)).insert();
    }

    std::unique_ptr<Database> as(const QString &name)
    {
        PostgresParams p = t.params();
        p.user = login(name);
        auto db = Database::openPostgres(p);
        db->setClock(&t.clock());
        return db;
    }

    QString url(const QString &name) const
    {
        PostgresParams p = t.params();
        p.user = login(name);
        return p.description();
    }

    // Each rep changes their own deal's amount through the repository, under their login.
    void edit(const QString &name, qint64 deal, qint64 cents)
    {
        auto db = as(name);
        OpportunityRepository repo(*db);
        Opportunity o = repo.get(deal);
        o.amount.cents = cents;
        repo.update(o);
    }
};

QSet<qint64> deals(const QList<AuditEvent> &events)
{
    QSet<qint64> ids;
    for (const AuditEvent &e : events)
        if (e.entity == QStringLiteral("opportunity"))
            ids.insert(e.entityId);
    return ids;
}

// The changes people make in a RoleOffice, the same on either database: `as(name, id)` is a
// connection acting as that person (SQLite: the file with the acting user set; PostgreSQL:
// their own login). Contacts of A1's, B1's and A2's customers are added by nobody first.
template<typename As>
void changeAsPeople(RoleOffice &o, As as)
{
    CustomerRepository customers(o.db);
    Contact a;
    a.customerId = o.custA1;
    a.name = QStringLiteral("甲一联系人");
    customers.addContact(a);
    Contact b;
    b.customerId = o.custB1;
    b.name = QStringLiteral("乙一联系人");
    customers.addContact(b);
    Contact c;
    c.customerId = o.custA2;
    c.name = QStringLiteral("甲二联系人");
    customers.addContact(c);
    const auto leadNamed = [&](const char *name) {
        return scalar(o.db, QStringLiteral("SELECT id FROM leads WHERE name = '%1'").arg(QString::fromUtf8(name)))
            .toLongLong();
    };
    const auto editLead = [&](Database &db, qint64 id) {
        LeadRepository leads(db);
        Lead l = leads.get(id);
        l.notes = QStringLiteral("已电话联系");
        leads.update(l);
    };
    const auto editContact = [](Database &db, qint64 id) {
        CustomerRepository repo(db);
        Contact k = repo.contact(id);
        k.phone = QStringLiteral("021-55550000");
        repo.updateContact(k);
    };
    editLead(as("repa1", o.repA1), leadNamed("甲一线索"));
    editContact(as("repa1", o.repA1), a.id);
    editLead(as("repb1", o.repB1), leadNamed("乙一线索"));
    editContact(as("repb1", o.repB1), b.id);
    editLead(as("adm", o.admin), leadNamed("公海线索"));
    editContact(as("adm", o.admin), c.id);
    Database &admin = as("adm", o.admin);
    OpportunityRepository deals(admin);
    Opportunity a2 = deals.get(o.dealA2);
    a2.description = QStringLiteral("管理员补充说明");
    deals.update(a2);
}

// The audit_log rows `reader` reads (under `condition`, "" for none), each as "entity:record
// action field by person", records and people by name (read through `all`, which sees
// everything), so the same office on two databases compares whatever its ids.
QSet<QString> journalRows(Database &reader, Database &all, const QString &condition = {},
                          const QVariantList &binds = {})
{
    SqlQuery q(reader, QStringLiteral("SELECT a.entity, a.entity_id, a.action, COALESCE(a.field, ''), "
                                      "COALESCE(a.user_id, 0) FROM audit_log a")
                           + (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition));
    for (const QVariant &b : binds)
        q.add(b);
    q.exec();
    static const QHash<QString, QString> names = {
        {QStringLiteral("opportunity"), QStringLiteral("opportunities.title")},
        {QStringLiteral("customer"), QStringLiteral("customers.name")},
        {QStringLiteral("contact"), QStringLiteral("contacts.name")},
        {QStringLiteral("lead"), QStringLiteral("leads.name")},
        {QStringLiteral("contract"), QStringLiteral("contracts.number")}};
    QSet<QString> rows;
    while (q.next()) {
        const QString entity = q.value(0).toString();
        QString record = q.value(1).toString();
        if (names.contains(entity)) {
            const QStringList tableColumn = names.value(entity).split(QLatin1Char('.'));
            record = scalar(all, QStringLiteral("SELECT %1 FROM %2 WHERE id = %3")
                                     .arg(tableColumn.at(1), tableColumn.at(0), record))
                         .toString();
        }
        const QString by = scalar(all,
                                  QStringLiteral("SELECT COALESCE(MAX(display_name), '-') FROM users WHERE id = %1")
                                      .arg(q.value(4).toLongLong()))
                               .toString();
        rows.insert(
            QStringLiteral("%1:%2 %3 %4 by %5").arg(entity, record, q.value(2).toString(), q.value(3).toString(), by));
    }
    return rows;
}

bool readsRecord(const QSet<QString> &rows, const QString &entityRecord)
{
    return std::any_of(rows.begin(), rows.end(),
                       [&](const QString &r) { return r.startsWith(entityRecord + QLatin1Char(' ')); });
}

bool readsKind(const QSet<QString> &rows, const QString &entity)
{
    return std::any_of(rows.begin(), rows.end(),
                       [&](const QString &r) { return r.startsWith(entity + QLatin1Char(':')); });
}

} // namespace

TEST_CASE("PostgreSQL audit: who reads which rows is team scoping's, under row level security as in the core",
          "[postgres][audit][scope]")
{
    TwinOffices twins(QStringLiteral("auds"));
    REQUIRE_FALSE(twins.lite.onPostgres());
    TempDatabase &lite = twins.lite;
    TempPgDatabase &pg = twins.pg;
    RoleOffice &sqliteOffice = twins.onSqlite;
    changeAsPeople(sqliteOffice, [&](const char *, qint64 id) -> Database & {
        lite.db().setActingUserId(id);
        return lite.db();
    });
    lite.db().setActingUserId(0);
    std::map<std::string, std::unique_ptr<Database>> logins;
    changeAsPeople(twins.onPg, [&](const char *name, qint64) -> Database & {
        auto &db = logins[name];
        if (!db)
            db = twins.as(name);
        return *db;
    });

    std::map<std::string, QSet<QString>> seen;
    for (const auto &[name, id] :
         std::initializer_list<std::pair<const char *, qint64>>{{"repa1", sqliteOffice.repA1},
                                                                {"repb1", sqliteOffice.repB1},
                                                                {"mgra", sqliteOffice.managerA},
                                                                {"fin", sqliteOffice.finance}}) {
        INFO(name);
        auto login = twins.as(name);
        QSet<QString> onPg;
        try {
            onPg = journalRows(*login, pg.db());
            AuditReader(*login).list({}); // the server's trail, under its own policy
        } catch (const Error &e) {
            FAIL("reading the audit trail under the login failed: " << e.message().toStdString());
        }
        lite.db().setActingUserId(id);
        QVariantList binds;
        const QString condition = AuditScope(lite.db()).condition(QStringLiteral("a"), binds);
        lite.db().setActingUserId(0);
        const QSet<QString> onSqlite = journalRows(lite.db(), lite.db(), condition, binds);
        CHECK(onSqlite == onPg);
        seen[name] = onSqlite;
    }
    const QSet<QString> everything = journalRows(lite.db(), lite.db());

    // Rep A1: their lead, the pool's (the administrator's change too), their customer's
    // contact and that of B1's customer, whose deal's team they are on (B1's change too);
    // their deals; nothing of B1's lead nor of A2's deal and customer.
    const QSet<QString> &repA1 = seen["repa1"];
    CHECK(repA1.size() < everything.size());
    CHECK(readsRecord(repA1, QStringLiteral("lead:甲一线索")));
    CHECK(repA1.contains(QStringLiteral("lead:公海线索 update notes by adm")));
    CHECK(readsRecord(repA1, QStringLiteral("contact:甲一联系人")));
    CHECK(repA1.contains(QStringLiteral("contact:乙一联系人 update phone by repb1")));
    CHECK(readsRecord(repA1, QStringLiteral("opportunity:甲一商机")));
    CHECK_FALSE(readsRecord(repA1, QStringLiteral("lead:乙一线索")));
    CHECK_FALSE(readsRecord(repA1, QStringLiteral("contact:甲二联系人")));
    CHECK_FALSE(readsRecord(repA1, QStringLiteral("opportunity:甲二商机")));
    // Manager A: team A's leads, deals and contacts, A2's included; not team B's lead.
    const QSet<QString> &mgr = seen["mgra"];
    CHECK(mgr.contains(QStringLiteral("opportunity:甲二商机 update description by adm")));
    CHECK(mgr.contains(QStringLiteral("contact:甲二联系人 update phone by adm")));
    CHECK(readsRecord(mgr, QStringLiteral("lead:甲一线索")));
    CHECK_FALSE(readsRecord(mgr, QStringLiteral("lead:乙一线索")));
    // Finance: every deal's, customer's and contact's rows, no lead's.
    const QSet<QString> &fin = seen["fin"];
    CHECK(readsRecord(fin, QStringLiteral("opportunity:甲二商机")));
    CHECK(readsRecord(fin, QStringLiteral("contact:甲二联系人")));
    CHECK_FALSE(readsKind(fin, QStringLiteral("lead")));

    // The reader on the server's trail: rep A1 reads their customer's contact and the pool
    // lead, not B1's lead; finance reads no lead.
    auto repA1Login = twins.as("repa1");
    AuditFilter f;
    f.entity = QStringLiteral("lead");
    f.entityId = scalar(pg.db(), QStringLiteral("SELECT id FROM leads WHERE name = '公海线索'")).toLongLong();
    CHECK_FALSE(AuditReader(*repA1Login).list(f).isEmpty());
    f.entityId = scalar(pg.db(), QStringLiteral("SELECT id FROM leads WHERE name = '乙一线索'")).toLongLong();
    CHECK(AuditReader(*repA1Login).list(f).isEmpty());
    f.entity = QStringLiteral("contact");
    f.entityId = scalar(pg.db(), QStringLiteral("SELECT id FROM contacts WHERE name = '甲一联系人'")).toLongLong();
    CHECK_FALSE(AuditReader(*repA1Login).list(f).isEmpty());
    AuditFilter leads;
    leads.entity = QStringLiteral("lead");
    CHECK(AuditReader(*twins.as("fin")).list(leads).isEmpty());
    CHECK_FALSE(AuditReader(pg.db()).list(leads).isEmpty());
}

TEST_CASE("PostgreSQL audit: the reader shows the server's trail, each rep only their scope", "[postgres][audit]")
{
    TeamOffice o;
    o.edit(QStringLiteral("repa"), o.dealA, 555500);
    o.edit(QStringLiteral("repb"), o.dealB, 777700);

    auto repA = o.as(QStringLiteral("repa"));
    const QList<AuditEvent> seen = AuditReader(*repA).list({});
    CHECK(deals(seen) == QSet<qint64>{o.dealA});
    for (const AuditEvent &e : seen)
        CHECK(e.userLogin != o.login(QStringLiteral("repb"))); // nothing by the other team's rep
    AuditFilter theirs;
    theirs.entity = QStringLiteral("opportunity");
    theirs.entityId = o.dealB;
    CHECK(AuditReader(*repA).list(theirs).isEmpty());

    // The change: by rep A's login and person, amount old → new, whatever the client claimed.
    AuditFilter mine;
    mine.entity = QStringLiteral("opportunity");
    mine.entityId = o.dealA;
    mine.action = QStringLiteral("update");
    const QList<AuditEvent> updates = AuditReader(*repA).list(mine);
    REQUIRE(updates.size() == 1);
    CHECK(updates.first().userId == o.repA);
    CHECK(updates.first().userLogin == o.login(QStringLiteral("repa")));
    CHECK(AuditText(*repA).who(updates.first()) == QStringLiteral("李娜"));
    CHECK(AuditText(*repA).details(updates.first()).contains(QStringLiteral("Amount: ")));

    // By author through the reader: the admin reads both reps' changes; filtered by rep B, only B's.
    auto adm = o.as(QStringLiteral("adm"));
    CHECK(deals(AuditReader(*adm).list({})) == QSet<qint64>{o.dealA, o.dealB});
    AuditFilter byB;
    byB.userId = o.repB;
    CHECK(deals(AuditReader(*adm).list(byB)) == QSet<qint64>{o.dealB});

    // A hostile rep with raw SQL cannot rewrite or erase what the reader shows.
    for (const char *sql : {"UPDATE audit_trail SET new_values = NULL", "DELETE FROM audit_trail",
                            "DELETE FROM audit_log", "UPDATE audit_log SET user_id = NULL"}) {
        INFO(sql);
        CHECK_THROWS_AS(repA->exec(QString::fromLatin1(sql)), PermissionError);
    }
    CHECK(AuditReader(*repA).list(mine).size() == 1);
}

TEST_CASE("PostgreSQL audit: funneldesk-cli audit under a login, and its sign-in in that login's name",
          "[postgres][audit][cli]")
{
    TeamOffice o;
    o.edit(QStringLiteral("repb"), o.dealB, 777700);
    const auto json = [&](const QString &who, const QStringList &args) {
        const CliRun r = runCliWith(
            QStringList{QStringLiteral("--db"), o.url(who), QStringLiteral("audit"), QStringLiteral("--json")} + args);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    };
    const QStringList dealB{QStringLiteral("--entity"), QStringLiteral("opportunity"), QStringLiteral("--id"),
                            QString::number(o.dealB)};
    CHECK(json(QStringLiteral("repa"), dealB).isEmpty());
    CHECK_FALSE(json(QStringLiteral("adm"), dealB).isEmpty());

    // The CLI's own runs are sign-ins (how: cli), bound by the server to the login.
    const QJsonArray signIns = json(QStringLiteral("adm"), {QStringLiteral("--action"), QStringLiteral("sign_in")});
    QSet<qint64> who;
    for (const QJsonValue &v : signIns) {
        who.insert(v.toObject().value(QStringLiteral("user_id")).toInteger());
        CHECK(v.toObject().value(QStringLiteral("changes")).toArray().first().toObject().value(QStringLiteral("field"))
              == QStringLiteral("cli"));
    }
    CHECK(who == QSet<qint64>{o.repA, o.admin});
    // Rep A reads their own sign-in, not the admin's.
    for (const QJsonValue &v : json(QStringLiteral("repa"), {QStringLiteral("--action"), QStringLiteral("sign_in")}))
        CHECK(v.toObject().value(QStringLiteral("user_id")).toInteger() == o.repA);
}
