#pragma once
// The office of the team-security tests (test_postgres_security*.cpp): two teams with their
// people, each with their own PostgreSQL login, deals, leads and a contract, on a migrated
// database of the test cluster; and the raw-SQL helpers of a hostile client.
#include "builders.h"
#include "pgcluster.h"

#include "domain/errors.h"
#include "storage/pgaccess.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace fd::test {

// Offices made in this process: every one has its own login names (roles are cluster-wide).
inline int s_offices = 0;

// Two teams in one region; A: two reps and their manager, B: one rep and its manager; one
// finance, one admin. Every person has a login (made by the admin's connection). Deals: one
// per rep, one of rep B1 with rep A1 on its deal team; a customer of B1 shared with A1; a
// pool lead and one lead per team; a contract on A1's deal.
struct Office
{
    TempPgDatabase t;
    Builders make{t.db()};
    QString prefix = QStringLiteral("sec%1_").arg(++s_offices);
    qint64 region = make.region(QStringLiteral("华东"));
    qint64 teamA = make.team(QStringLiteral("一组"), region);
    qint64 teamB = make.team(QStringLiteral("二组"), region);
    qint64 repA1 = person(QStringLiteral("repa1"), teamA, QStringLiteral("rep"));
    qint64 repA2 = person(QStringLiteral("repa2"), teamA, QStringLiteral("rep"));
    qint64 repB1 = person(QStringLiteral("repb1"), teamB, QStringLiteral("rep"));
    qint64 managerA = person(QStringLiteral("mgra"), teamA, QStringLiteral("manager"));
    qint64 managerB = person(QStringLiteral("mgrb"), teamB, QStringLiteral("manager"));
    qint64 finance = person(QStringLiteral("fin"), 0, QStringLiteral("finance"));
    qint64 admin = person(QStringLiteral("adm"), 0, QStringLiteral("admin"));
    Pipeline pipeline = make.pipeline();
    qint64 custA1 = make.customer(QStringLiteral("甲一客户"), region, repA1);
    qint64 custA2 = make.customer(QStringLiteral("甲二客户"), region, repA2);
    qint64 custB1 = make.customer(QStringLiteral("乙一客户"), region, repB1);
    qint64 custShared = make.customer(QStringLiteral("共享客户"), region, repB1);
    qint64 dealA1 = make.opportunity(pipeline, custA1, repA1, 100000, QStringLiteral("甲一商机")).id;
    qint64 dealA2 = make.opportunity(pipeline, custA2, repA2, 200000, QStringLiteral("甲二商机")).id;
    qint64 dealB1 = make.opportunity(pipeline, custB1, repB1, 300000, QStringLiteral("乙一商机")).id;
    qint64 dealB1Team = make.opportunity(pipeline, custB1, repB1, 400000, QStringLiteral("乙一合作商机")).id;
    qint64 poolLead = lead(QStringLiteral("公海线索"), 0);
    qint64 leadA1 = lead(QStringLiteral("甲一线索"), repA1);
    qint64 leadB1 = lead(QStringLiteral("乙一线索"), repB1);
    qint64 contractA1 = 0;

    Office()
    {
        exec(QStringLiteral("UPDATE teams SET manager_id = %1 WHERE id = %2").arg(managerA).arg(teamA));
        exec(QStringLiteral("UPDATE teams SET manager_id = %1 WHERE id = %2").arg(managerB).arg(teamB));
        exec(QStringLiteral("INSERT INTO opportunity_team_members (opportunity_id, user_id, role, split_percent) "
                            "VALUES (%1, %2, 'presales', 0)")
                 .arg(dealB1Team)
                 .arg(repA1));
        exec(QStringLiteral("INSERT INTO customer_shares (customer_id, user_id, shared_at) VALUES (%1, %2, "
                            "'2026-11-01T00:00:00Z')")
                 .arg(custShared)
                 .arg(repA1));
        SqlQuery k(t.db(),
                   QStringLiteral("INSERT INTO contracts (number, title, opportunity_id, customer_id, owner_id, "
                                  "amount_cents, approval_status, created_at, updated_at) VALUES ('HT-1', "
                                  "'甲一合同', ?, ?, ?, 100000, 'approved', '2026-11-01T00:00:00Z', "
                                  "'2026-11-01T00:00:00Z') RETURNING id"));
        contractA1 = k.add(dealA1).add(custA1).add(repA1).insert();
        // The first admin is made by the installer (the superuser); the rest by that admin.
        pgaccess::createLogin(t.db(), login(QStringLiteral("adm")), QStringLiteral("admin"),
                              QStringLiteral("管理员-pw"));
        auto adminDb = as(QStringLiteral("adm"));
        for (const auto &[name, role] :
             std::initializer_list<std::pair<const char *, const char *>>{{"repa1", "rep"},
                                                                          {"repa2", "rep"},
                                                                          {"repb1", "rep"},
                                                                          {"mgra", "manager"},
                                                                          {"mgrb", "manager"},
                                                                          {"fin", "finance"}})
            pgaccess::createLogin(*adminDb, login(QLatin1String(name)), QLatin1String(role),
                                  QStringLiteral("pw-") + name);
    }

    QString login(const QString &name) const { return prefix + name; }

    qint64 person(const QString &name, qint64 team, const QString &role)
    {
        SqlQuery q(t.db(), QStringLiteral("INSERT INTO users (login, display_name, role, team_id, created_at, "
                                          "updated_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', "
                                          "'2026-01-01T00:00:00Z') RETURNING id"));
        return q.add(login(name)).add(name).add(role).add(nullableId(team)).insert();
    }

    qint64 lead(const QString &name, qint64 owner)
    {
        SqlQuery q(t.db(), QStringLiteral("INSERT INTO leads (name, owner_id, created_at, updated_at) VALUES (?, ?, "
                                          "'2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z') RETURNING id"));
        return q.add(name).add(nullableId(owner)).insert();
    }

    void exec(const QString &sql) { t.db().exec(sql); }

    // A connection signed in as a person (the test cluster trusts loopback logins).
    std::unique_ptr<Database> as(const QString &name)
    {
        PostgresParams p = t.params();
        p.user = login(name);
        auto db = Database::openPostgres(p);
        db->setClock(&t.clock());
        return db;
    }
};

inline QList<qint64> ids(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    q.exec();
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    std::sort(out.begin(), out.end());
    return out;
}

inline QVariant scalar(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    return q.scalar();
}

inline int affected(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    q.exec();
    return q.numRowsAffected();
}

// True when the server refuses the statement with SQLSTATE 42501.
inline bool refused(Database &db, const QString &sql)
{
    try {
        db.exec(sql);
    } catch (const PermissionError &) {
        return true;
    } catch (const StorageError &e) {
        FAIL_CHECK("refused with another error: " << e.message().toStdString());
        return false;
    }
    return false;
}

inline QString sorted(QList<qint64> list)
{
    std::sort(list.begin(), list.end());
    QStringList text;
    for (qint64 id : list)
        text << QString::number(id);
    return text.join(QLatin1Char(','));
}

} // namespace fd::test
