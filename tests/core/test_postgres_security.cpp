// Team mode's security, enforced by the PostgreSQL server (migration 0006, pgaccess.h): a
// hostile client signed in with a person's own login and writing raw SQL gets only what the
// person's role allows; the audit trail is written by the server; logins are made, moved
// and disabled by an admin; FunnelDesk's repositories and engines work under each login.
#include "builders.h"
#include "catchqt.h"
#include "clirun.h"
#include "pgcluster.h"
#include "reminders/reminderengine.h"
#include "securityoffice.h"

#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "domain/errors.h"
#include "leads/poolservice.h"
#include "leads/reassignment.h"
#include "storage/pgaccess.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"

#include <QSqlError>

#include <functional>

using namespace fd;
using namespace fd::test;

TEST_CASE("PostgreSQL security: the migration sets up owner, groups, grants and row level security",
          "[postgres][security]")
{
    Office o;
    Database &db = o.t.db();
    const QString owner = pgaccess::recordedRoleName(db, QStringLiteral("owner"));
    CHECK(owner == pgaccess::roleName(o.t.name(), QStringLiteral("public"), QStringLiteral("owner")));
    CHECK(owner.startsWith(QStringLiteral("fd_") + o.t.name()));
    // Every table belongs to the owner role, which cannot log in.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND "
                                    "tableowner <> '%1'")
                         .arg(owner))
              .toInt()
          == 0);
    CHECK_FALSE(
        scalar(db, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(owner)).toBool());
    // ENABLE and FORCE on every table holding business records.
    for (const char *table : {"customers",
                              "contacts",
                              "opportunities",
                              "opportunity_stage_history",
                              "opportunity_team_members",
                              "opportunity_products",
                              "leads",
                              "activities",
                              "followup_tasks",
                              "contracts",
                              "invoices",
                              "receipts",
                              "receivable_adjustments",
                              "payment_plans",
                              "payment_instalments",
                              "attachments",
                              "audit_log",
                              "audit_trail",
                              "customer_shares",
                              "forecast_snapshots",
                              "contract_approvals",
                              "reminder_states",
                              "pay_plans",
                              "pay_plan_versions",
                              "pay_plan_commissions",
                              "pay_plan_tiers"}) {
        INFO(table);
        CHECK(scalar(db, QStringLiteral("SELECT relrowsecurity AND relforcerowsecurity FROM pg_class WHERE oid = "
                                        "to_regclass('%1')")
                             .arg(QLatin1String(table)))
                  .toBool());
    }
    // A table a later migration adds is not forgotten: every table without row level security
    // is one of the office's shared configuration tables, which every signed-in person reads
    // (and only admins write), or the sign-in tokens only admins may touch.
    CHECK(scalar(db, QStringLiteral("SELECT coalesce(string_agg(c.relname, ', ' ORDER BY c.relname), '') "
                                    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                    "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                                    "AND NOT (c.relrowsecurity AND c.relforcerowsecurity)"))
              .toString()
          == QStringLiteral("campaigns, lost_reasons, pipelines, product_lines, products, regions, schema_version, "
                            "scoring_rules, settings, sign_in_tokens, stage_roles, stage_tasks, stages, targets, "
                            "team_roles, teams, users"));
    // Nothing for PUBLIC; no group may create in the schema; the admin group has no CREATEROLE.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM information_schema.role_table_grants WHERE grantee = "
                                    "'PUBLIC' AND table_schema = current_schema()"))
              .toInt()
          == 0);
    for (const char *kind : {"rep", "manager", "finance", "admin"}) {
        const QString group = pgaccess::recordedRoleName(db, QLatin1String(kind));
        INFO(kind);
        CHECK_FALSE(
            scalar(db, QStringLiteral("SELECT has_schema_privilege('%1', current_schema(), 'CREATE')").arg(group))
                .toBool());
        CHECK_FALSE(
            scalar(db,
                   QStringLiteral("SELECT rolcreaterole OR rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(group))
                .toBool());
    }
    // Every view runs as its reader.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                    "WHERE n.nspname = current_schema() AND c.relkind = 'v'"))
              .toInt()
          >= 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                    "WHERE n.nspname = current_schema() AND c.relkind = 'v' AND NOT "
                                    "COALESCE('security_invoker=true' = ANY(c.reloptions), false)"))
              .toInt()
          == 0);
    // Reassignment, pool and login functions pin their search_path.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                    "WHERE n.nspname = current_schema() AND p.prosecdef AND NOT EXISTS (SELECT 1 "
                                    "FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=pg_catalog, %')"))
              .toInt()
          == 0);
}

TEST_CASE("PostgreSQL security: a rep with raw SQL sees and changes only their own scope", "[postgres][security]")
{
    Office o;
    auto rep = o.as(QStringLiteral("repa1"));
    CHECK(rep->actingUserId() == o.repA1); // identity from session_user

    // Own deal and the deal whose team they are on; not the other rep's, not the other team's.
    CHECK(sorted(ids(*rep, QStringLiteral("SELECT id FROM opportunities"))) == sorted({o.dealA1, o.dealB1Team}));
    CHECK(sorted(ids(*rep, QStringLiteral("SELECT id FROM deal_overview"))) == sorted({o.dealA1, o.dealB1Team}));
    CHECK(ids(*rep, QStringLiteral("SELECT DISTINCT opportunity_id FROM opportunity_stage_history"))
          == ids(*rep, QStringLiteral("SELECT id FROM opportunities")));
    // Own customers, shared ones and those of deals they see.
    CHECK(sorted(ids(*rep, QStringLiteral("SELECT id FROM customers"))) == sorted({o.custA1, o.custB1, o.custShared}));
    // Own leads and the pool.
    CHECK(sorted(ids(*rep, QStringLiteral("SELECT id FROM leads"))) == sorted({o.poolLead, o.leadA1}));
    CHECK(ids(*rep, QStringLiteral("SELECT id FROM contracts")) == QList<qint64>{o.contractA1});

    // Another rep's and another team's deals: no row to update or delete.
    CHECK(affected(*rep, QStringLiteral("UPDATE opportunities SET amount_cents = 1 WHERE id = %1").arg(o.dealA2)) == 0);
    CHECK(affected(*rep, QStringLiteral("UPDATE opportunities SET amount_cents = 1 WHERE id = %1").arg(o.dealB1)) == 0);
    CHECK(
        affected(*rep, QStringLiteral("DELETE FROM opportunity_stage_history WHERE opportunity_id = %1").arg(o.dealB1))
        == 0);
    CHECK(affected(*rep, QStringLiteral("UPDATE leads SET name = 'x' WHERE id = %1").arg(o.poolLead)) == 0);
    CHECK(o.t.scalar(QStringLiteral("SELECT amount_cents FROM opportunities WHERE id = %1").arg(o.dealA2)).toLongLong()
          == 200000);
    // Their own deal: yes.
    CHECK(affected(*rep, QStringLiteral("UPDATE opportunities SET amount_cents = 123400 WHERE id = %1").arg(o.dealA1))
          == 1);

    // A deal owned by someone else cannot be made, nor can one be given away.
    CHECK(
        refused(*rep, QStringLiteral("INSERT INTO opportunities (title, customer_id, owner_id, pipeline_id, stage_id, "
                                     "amount_cents, created_at, updated_at) VALUES ('x', %1, %2, %3, %4, 1, "
                                     "'2026-11-23T00:00:00Z', '2026-11-23T00:00:00Z')")
                          .arg(o.custA1)
                          .arg(o.repA2)
                          .arg(o.pipeline.id)
                          .arg(o.pipeline.stages.at(0).id)));
    CHECK(refused(*rep,
                  QStringLiteral("UPDATE opportunities SET owner_id = %1 WHERE id = %2").arg(o.repA2).arg(o.dealA1)));
    // A pool lead is read only: taking it goes through fd_set_lead_owner.
    CHECK(affected(*rep, QStringLiteral("UPDATE leads SET owner_id = %1 WHERE id = %2").arg(o.repA1).arg(o.poolLead))
          == 0);
    CHECK(o.t.scalar(QStringLiteral("SELECT owner_id FROM leads WHERE id = %1").arg(o.poolLead)).isNull());
    // Reference data and money are not theirs to write.
    CHECK(refused(*rep, QStringLiteral("UPDATE users SET role = 'admin' WHERE id = %1").arg(o.repA1)));
    CHECK(refused(*rep, QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
    CHECK(refused(*rep, QStringLiteral("INSERT INTO receipts (contract_id, received_date, amount_cents, created_at) "
                                       "VALUES (%1, '2026-11-23', 100, '2026-11-23T00:00:00Z')")
                            .arg(o.contractA1)));
}

TEST_CASE("PostgreSQL security: a rep cannot become anyone else or switch the checks off", "[postgres][security]")
{
    Office o;
    auto rep = o.as(QStringLiteral("repa1"));
    const QList<qint64> mine = ids(*rep, QStringLiteral("SELECT id FROM opportunities"));
    REQUIRE(mine.size() == 2);

    // SET ROLE to another person, the owner, another group, a superuser: refused.
    for (const QString &role :
         {o.login(QStringLiteral("repa2")), o.login(QStringLiteral("adm")),
          pgaccess::recordedRoleName(o.t.db(), QStringLiteral("owner")),
          pgaccess::recordedRoleName(o.t.db(), QStringLiteral("admin")),
          pgaccess::recordedRoleName(o.t.db(), QStringLiteral("manager")),
          pgaccess::recordedRoleName(o.t.db(), QStringLiteral("logins")), PgCluster::instance().superuser()}) {
        INFO(role.toStdString());
        CHECK(refused(*rep, QStringLiteral("SET ROLE \"%1\"").arg(role)));
    }
    CHECK(refused(*rep, QStringLiteral("SET SESSION AUTHORIZATION \"%1\"").arg(o.login(QStringLiteral("adm")))));
    // Their own group is theirs already: it changes nothing (identity is session_user).
    rep->exec(QStringLiteral("SET ROLE \"%1\"").arg(pgaccess::recordedRoleName(o.t.db(), QStringLiteral("rep"))));
    CHECK(ids(*rep, QStringLiteral("SELECT id FROM opportunities")) == mine);
    rep->exec(QStringLiteral("RESET ROLE"));

    // Session variables a client can set change nothing.
    for (const QString &setting :
         {QStringLiteral("SELECT set_config('app.user_id', '%1', false)").arg(o.admin),
          QStringLiteral("SELECT set_config('app.role', 'admin', false)"),
          QStringLiteral("SELECT set_config('app.login', '%1', false)").arg(o.login(QStringLiteral("adm"))),
          QStringLiteral("SET application_name = '%1'").arg(o.login(QStringLiteral("adm"))),
          QStringLiteral("SET search_path = pg_catalog, public")}) {
        INFO(setting.toStdString());
        rep->exec(setting);
        CHECK(ids(*rep, QStringLiteral("SELECT id FROM opportunities")) == mine);
    }
    rep->exec(QStringLiteral("SET search_path = public"));

    // No switching row level security off, no emptying a table, no functions of their own.
    CHECK(refused(*rep, QStringLiteral("ALTER TABLE opportunities DISABLE ROW LEVEL SECURITY")));
    CHECK(refused(*rep, QStringLiteral("ALTER TABLE opportunities NO FORCE ROW LEVEL SECURITY")));
    CHECK(refused(*rep, QStringLiteral("DROP POLICY staff_read ON opportunities")));
    CHECK(refused(*rep, QStringLiteral("TRUNCATE opportunities")));
    CHECK(refused(*rep, QStringLiteral("TRUNCATE audit_log")));
    CHECK(refused(*rep,
                  QStringLiteral("CREATE FUNCTION public.fd_uid() RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint'")));
    CHECK(refused(*rep, QStringLiteral("CREATE OR REPLACE FUNCTION public.fd_sees_all(boolean) RETURNS boolean "
                                       "LANGUAGE sql AS 'SELECT true'")));
    CHECK(refused(*rep, QStringLiteral("CREATE TABLE public.mine (x int)")));
    CHECK(refused(*rep, QStringLiteral("CREATE TEMP TABLE users (id bigint, login text)")));
    CHECK(refused(*rep, QStringLiteral("SELECT fd_create_login('%1x', 'admin', 'SCRAM-SHA-256$x')").arg(o.prefix)));
    CHECK(refused(*rep, QStringLiteral("SELECT * FROM fd_reassign_on_leave(%1, %2, 'now')").arg(o.repA2).arg(o.repA1)));
    CHECK(ids(*rep, QStringLiteral("SELECT id FROM opportunities")) == mine);
}

TEST_CASE("PostgreSQL security: the audit trail is written by the server and nobody else", "[postgres][security]")
{
    Office o;
    auto rep = o.as(QStringLiteral("repa1"));
    rep->exec(QStringLiteral("UPDATE opportunities SET amount_cents = 555500 WHERE id = %1").arg(o.dealA1));
    // Who (the session's login and its user), what (table, record, changed values only).
    SqlQuery row(o.t.db(),
                 QStringLiteral("SELECT db_user, user_id, operation, old_values ->> 'amount_cents', "
                                "new_values ->> 'amount_cents', new_values -> 'title' IS NOT NULL FROM audit_trail "
                                "WHERE table_name = 'opportunities' AND record_id = ? ORDER BY id DESC LIMIT 1"));
    row.add(o.dealA1).exec();
    REQUIRE(row.next());
    CHECK(row.value(0).toString() == o.login(QStringLiteral("repa1")));
    CHECK(row.value(1).toLongLong() == o.repA1);
    CHECK(row.value(2).toString() == QStringLiteral("UPDATE"));
    CHECK(row.value(3).toString() == QStringLiteral("100000"));
    CHECK(row.value(4).toString() == QStringLiteral("555500"));
    CHECK_FALSE(row.value(5).toBool());

    // Nobody but the owner writes it: not a rep, not even an admin.
    for (const char *who : {"repa1", "adm"}) {
        auto db = o.as(QLatin1String(who));
        INFO(who);
        CHECK(refused(
            *db,
            QStringLiteral("INSERT INTO audit_trail (db_user, table_name, operation) VALUES ('x', 'x', 'INSERT')")));
        CHECK(refused(*db, QStringLiteral("UPDATE audit_trail SET db_user = 'x'")));
        CHECK(refused(*db, QStringLiteral("DELETE FROM audit_trail")));
        CHECK(refused(*db, QStringLiteral("UPDATE audit_log SET user_id = NULL")));
        CHECK(refused(*db, QStringLiteral("DELETE FROM audit_log")));
        CHECK(refused(*db, QStringLiteral("TRUNCATE audit_trail")));
    }
    // The application's journal takes new rows, but in the writer's own name.
    rep->exec(QStringLiteral("INSERT INTO audit_log (occurred_at, user_id, entity, entity_id, action) VALUES "
                             "('2026-11-23T09:00:00Z', %1, 'opportunity', %2, 'update')")
                  .arg(o.admin)
                  .arg(o.dealA1));
    CHECK(o.t.scalar(QStringLiteral("SELECT user_id FROM audit_log ORDER BY id DESC LIMIT 1")).toLongLong() == o.repA1);

    // A rep reads the trail of their own records and changes, not the other team's.
    auto other = o.as(QStringLiteral("repb1"));
    other->exec(QStringLiteral("UPDATE opportunities SET amount_cents = 1 WHERE id = %1").arg(o.dealB1));
    const QList<qint64> seen = ids(
        *rep, QStringLiteral("SELECT DISTINCT record_id FROM audit_trail WHERE table_name = 'opportunities'"));
    CHECK(seen.contains(o.dealA1));
    CHECK_FALSE(seen.contains(o.dealB1));
    CHECK_FALSE(seen.contains(o.dealA2));
    CHECK(scalar(*rep, QStringLiteral("SELECT count(*) FROM audit_trail WHERE db_user = '%1'")
                           .arg(o.login(QStringLiteral("repb1"))))
              .toInt()
          == 0);
}

TEST_CASE("PostgreSQL security: a manager sees and changes their team, not the other", "[postgres][security]")
{
    Office o;
    auto mgr = o.as(QStringLiteral("mgra"));
    // The team's deals and the deal one of them works on in the other team; not B1's own.
    const QString teamDeals = sorted({o.dealA1, o.dealA2, o.dealB1Team});
    CHECK(sorted(ids(*mgr, QStringLiteral("SELECT id FROM opportunities"))) == teamDeals);
    CHECK(sorted(ids(*mgr, QStringLiteral("SELECT id FROM deal_overview"))) == teamDeals);
    CHECK(sorted(ids(*mgr, QStringLiteral("SELECT id FROM leads"))) == sorted({o.poolLead, o.leadA1}));
    CHECK(affected(*mgr, QStringLiteral("UPDATE opportunities SET amount_cents = 1 WHERE id = %1").arg(o.dealB1)) == 0);
    CHECK(affected(*mgr, QStringLiteral("DELETE FROM leads WHERE id = %1").arg(o.leadB1)) == 0);
    CHECK(affected(*mgr, QStringLiteral("UPDATE opportunities SET amount_cents = 2 WHERE id = %1").arg(o.dealA2)) == 1);
    // Gives a team deal to a team member; not to the other team.
    CHECK(affected(*mgr,
                   QStringLiteral("UPDATE opportunities SET owner_id = %1 WHERE id = %2").arg(o.repA1).arg(o.dealA2))
          == 1);
    CHECK(refused(*mgr,
                  QStringLiteral("UPDATE opportunities SET owner_id = %1 WHERE id = %2").arg(o.repB1).arg(o.dealA1)));
    CHECK(
        refused(*mgr, QStringLiteral("INSERT INTO opportunities (title, customer_id, owner_id, pipeline_id, stage_id, "
                                     "amount_cents, created_at, updated_at) VALUES ('x', %1, %2, %3, %4, 1, "
                                     "'2026-11-23T00:00:00Z', '2026-11-23T00:00:00Z')")
                          .arg(o.custB1)
                          .arg(o.repB1)
                          .arg(o.pipeline.id)
                          .arg(o.pipeline.stages.at(0).id)));
    CHECK(refused(*mgr, QStringLiteral("SET ROLE \"%1\"").arg(o.login(QStringLiteral("mgrb")))));
    CHECK(refused(*mgr, QStringLiteral("SELECT * FROM fd_reassign_on_leave(%1, %2, 'now')").arg(o.repB1).arg(o.repA1)));
    CHECK(refused(*mgr, QStringLiteral("DELETE FROM audit_trail")));
}

TEST_CASE("PostgreSQL security: finance reads deals and customers and writes only the money", "[postgres][security]")
{
    Office o;
    auto fin = o.as(QStringLiteral("fin"));
    CHECK(ids(*fin, QStringLiteral("SELECT id FROM opportunities")).size() == 4);
    CHECK(ids(*fin, QStringLiteral("SELECT id FROM customers")).size() == 4);
    CHECK(refused(*fin, QStringLiteral("UPDATE opportunities SET amount_cents = 1 WHERE id = %1").arg(o.dealA1)));
    CHECK(refused(*fin, QStringLiteral("DELETE FROM opportunities WHERE id = %1").arg(o.dealA1)));
    CHECK(refused(*fin, QStringLiteral("INSERT INTO opportunity_stage_history (opportunity_id, to_stage_id, to_status, "
                                       "changed_at) VALUES (%1, %2, 'open', '2026-11-23T00:00:00Z')")
                            .arg(o.dealA1)
                            .arg(o.pipeline.stages.at(1).id)));
    CHECK(refused(*fin, QStringLiteral("UPDATE customers SET name = 'x' WHERE id = %1").arg(o.custA1)));
    CHECK(refused(*fin, QStringLiteral("SELECT count(*) FROM leads")));
    // The money is theirs.
    fin->exec(QStringLiteral("INSERT INTO receipts (contract_id, received_date, amount_cents, created_at) VALUES (%1, "
                             "'2026-11-23', 5000, '2026-11-23T00:00:00Z')")
                  .arg(o.contractA1));
    CHECK(affected(*fin,
                   QStringLiteral("UPDATE contracts SET approval_status = 'approved' WHERE id = %1").arg(o.contractA1))
          == 1);
    CHECK(o.t.count(QStringLiteral("receipts")) == 1);
    // The rep whose contract it is reads the receipt; the other team does not.
    CHECK(scalar(*o.as(QStringLiteral("repa1")), QStringLiteral("SELECT count(*) FROM receipts")).toInt() == 1);
    CHECK(scalar(*o.as(QStringLiteral("repb1")), QStringLiteral("SELECT count(*) FROM receipts")).toInt() == 0);
}

TEST_CASE("PostgreSQL security: a contract's approval steps are read in its scope and never changed",
          "[postgres][security][approval]")
{
    Office o;
    // The fixture's contract is on rep A1's deal; the steps are taken by the people involved,
    // through the server's function (migration 0015): a step written by hand is refused.
    const QString step = QStringLiteral("INSERT INTO contract_approvals (contract_id, step, level, from_status, "
                                        "to_status, acted_at, comment) VALUES (%1, '%2', %3, '%4', '%5', "
                                        "'2026-11-20T00:00:00Z', '')")
                             .arg(o.contractA1);
    o.exec(QStringLiteral("UPDATE contracts SET approval_status = 'draft' WHERE id = %1").arg(o.contractA1));
    const QString take = QStringLiteral("SELECT fd_contract_approval_step(%1, '%2', '', '2026-11-20T00:00:00Z', NULL)")
                             .arg(o.contractA1);
    auto repA1 = o.as(QStringLiteral("repa1"));
    CHECK(refused(*repA1, step.arg(QStringLiteral("submit"), QStringLiteral("NULL"), QStringLiteral("draft"),
                                   QStringLiteral("pending"))));
    repA1->exec(take.arg(QStringLiteral("submit")));
    auto mgrA = o.as(QStringLiteral("mgra"));
    CHECK(refused(*mgrA, step.arg(QStringLiteral("approve"), QStringLiteral("'manager'"), QStringLiteral("pending"),
                                  QStringLiteral("approved"))));
    mgrA->exec(take.arg(QStringLiteral("approve")));
    // Who acted is the server's record of the session, not anything the client sent.
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_trail WHERE table_name = 'contract_approvals' AND "
                                    "db_user = '%1'")
                         .arg(o.login(QStringLiteral("mgra"))))
              .toInt()
          == 1);

    // Read in the contract's scope: its rep, that team's manager, finance and the admin.
    for (const char *who : {"repa1", "mgra", "fin", "adm"}) {
        INFO(who);
        CHECK(scalar(*o.as(QLatin1String(who)), QStringLiteral("SELECT count(*) FROM contract_approvals")).toInt()
              == 2);
    }
    // Another team's rep and manager see nothing and cannot add a step to it.
    for (const char *who : {"repb1", "mgrb"}) {
        auto db = o.as(QLatin1String(who));
        INFO(who);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM contract_approvals")).toInt() == 0);
        CHECK(refused(*db, step.arg(QStringLiteral("approve"), QStringLiteral("'manager'"), QStringLiteral("pending"),
                                    QStringLiteral("approved"))));
    }
    // A step once written stays as it was, for everybody.
    for (const char *who : {"repa1", "mgra", "fin", "adm"}) {
        auto db = o.as(QLatin1String(who));
        INFO(who);
        CHECK(refused(*db, QStringLiteral("UPDATE contract_approvals SET comment = 'x'")));
        CHECK(refused(*db, QStringLiteral("DELETE FROM contract_approvals")));
        CHECK(refused(*db, QStringLiteral("TRUNCATE contract_approvals")));
    }
    CHECK(o.t.count(QStringLiteral("contract_approvals")) == 2);
}

TEST_CASE("PostgreSQL security: an admin makes, moves and disables logins, passwords are SCRAM verifiers",
          "[postgres][security][logins]")
{
    Office o;
    auto adm = o.as(QStringLiteral("adm"));
    CHECK(pgaccess::groupOf(*adm, o.login(QStringLiteral("repa1"))) == QStringLiteral("rep"));
    CHECK(pgaccess::groupOf(*adm, o.login(QStringLiteral("fin"))) == QStringLiteral("finance"));

    // The password reached the server as a verifier, never in the clear.
    const QString stored = o.t.scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'")
                                          .arg(o.login(QStringLiteral("repa1"))))
                               .toString();
    CHECK(stored.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    CHECK_FALSE(stored.contains(QStringLiteral("pw-repa1")));
    // And it is the password: a login that must give it signs in with it and not without.
    const qint64 pwUser = o.person(QStringLiteral("pwuser"), o.teamA, QStringLiteral("rep"));
    pgaccess::createLogin(*adm, o.login(QStringLiteral("pwuser")), QStringLiteral("rep"),
                          QStringLiteral("密码 Secret-1"));
    o.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 "
                          "NOLOGIN; END IF; END $$")
               .arg(PgCluster::passwordGroup()));
    o.exec(QStringLiteral("GRANT %1 TO \"%2\"").arg(PgCluster::passwordGroup(), o.login(QStringLiteral("pwuser"))));
    PostgresParams p = o.t.params();
    p.user = o.login(QStringLiteral("pwuser"));
    p.password = QStringLiteral("wrong");
    CHECK_THROWS_AS(Database::openPostgres(p), StorageError);
    p.password = QStringLiteral("密码 Secret-1");
    CHECK(Database::openPostgres(p)->actingUserId() == pwUser);

    // Only an admin makes logins; a role name taken on the server is refused (even for a
    // users row of that login: it would hand the admin someone else's role).
    o.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 "
                          "LOGIN; END IF; END $$")
               .arg(PgCluster::passwordUser()));
    o.exec(QStringLiteral("INSERT INTO users (login, display_name, role, created_at, updated_at) VALUES ('%1', 'x', "
                          "'rep', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
               .arg(PgCluster::passwordUser()));
    auto rep = o.as(QStringLiteral("repa1"));
    CHECK_THROWS_AS(pgaccess::createLogin(*rep, o.login(QStringLiteral("repa2")) + QStringLiteral("x"),
                                          QStringLiteral("admin"), QStringLiteral("x")),
                    PermissionError);
    CHECK_THROWS_AS(pgaccess::createLogin(*adm, PgCluster::passwordUser(), QStringLiteral("rep"), QStringLiteral("x")),
                    StorageError);
    CHECK_THROWS_AS(pgaccess::setRole(*rep, o.login(QStringLiteral("repa1")), QStringLiteral("admin")),
                    PermissionError);
    // Not a login of this database: the admin cannot touch it.
    CHECK_THROWS_AS(pgaccess::deactivateLogin(*adm, PgCluster::passwordUser()), PermissionError);
    CHECK_THROWS_AS(pgaccess::setRole(*adm, PgCluster::instance().superuser(), QStringLiteral("rep")), PermissionError);

    // Moving a rep to manager changes the group and users.role together, and what they see.
    pgaccess::setRole(*adm, o.login(QStringLiteral("repa2")), QStringLiteral("manager"));
    CHECK(pgaccess::groupOf(*adm, o.login(QStringLiteral("repa2"))) == QStringLiteral("manager"));
    CHECK(o.t.scalar(QStringLiteral("SELECT role FROM users WHERE id = %1").arg(o.repA2)).toString()
          == QStringLiteral("manager"));
    CHECK(ids(*o.as(QStringLiteral("repa2")), QStringLiteral("SELECT id FROM opportunities")).size() == 3);

    // Deactivated: no new session, and the open one sees nothing from now on.
    REQUIRE(ids(*rep, QStringLiteral("SELECT id FROM opportunities")).size() == 2);
    pgaccess::deactivateLogin(*adm, o.login(QStringLiteral("repa1")));
    CHECK(ids(*rep, QStringLiteral("SELECT id FROM opportunities")).isEmpty());
    CHECK_THROWS_AS(o.as(QStringLiteral("repa1")), StorageError);
    CHECK(o.t.scalar(QStringLiteral("SELECT active FROM users WHERE id = %1").arg(o.repA1)).toInt() == 0);
}

TEST_CASE("PostgreSQL security: the repositories, the pool and reassignment work under each login",
          "[postgres][security]")
{
    Office o;
    auto rep = o.as(QStringLiteral("repa1"));
    OpportunityRepository deals(*rep);
    // Create and move a deal of their own: history and journal in their name.
    Opportunity mine;
    mine.title = QStringLiteral("新商机");
    mine.customerId = o.custA1;
    mine.ownerId = o.repA1;
    mine.pipelineId = o.pipeline.id;
    mine.stageId = o.pipeline.stages.at(0).id;
    mine.amount = {880000, QStringLiteral("CNY")};
    const qint64 id = deals.create(mine);
    deals.moveToStage(id, o.pipeline.stages.at(2).id);
    CHECK(o.t.scalar(QStringLiteral("SELECT changed_by FROM opportunity_stage_history WHERE opportunity_id = %1 "
                                    "ORDER BY id DESC LIMIT 1")
                         .arg(id))
              .toLongLong()
          == o.repA1);
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_trail WHERE table_name = 'opportunities' AND "
                                    "record_id = %1 AND db_user = '%2'")
                         .arg(id)
                         .arg(o.login(QStringLiteral("repa1"))))
              .toInt()
          >= 2);
    // Another rep's deal does not exist for them.
    CHECK_THROWS_AS(deals.get(o.dealA2), NotFoundError);
    // Someone else's: refused by the server.
    Opportunity theirs = mine;
    theirs.id = 0;
    theirs.ownerId = o.repA2;
    CHECK_THROWS_AS(deals.create(theirs), PermissionError);

    // The pool: a rep claims for themselves, not for a colleague, and not a lead already owned.
    PoolService(*rep).claim(o.poolLead);
    CHECK(o.t.scalar(QStringLiteral("SELECT owner_id FROM leads WHERE id = %1").arg(o.poolLead)).toLongLong()
          == o.repA1);
    const qint64 pool2 = o.lead(QStringLiteral("公海线索二"), 0);
    CHECK_THROWS_AS(PoolService(*rep).claim(pool2, o.repA2), PermissionError);
    // A manager assigns within the team only.
    auto mgr = o.as(QStringLiteral("mgra"));
    PoolService(*mgr).assign(pool2, o.repA2);
    CHECK(o.t.scalar(QStringLiteral("SELECT owner_id FROM leads WHERE id = %1").arg(pool2)).toLongLong() == o.repA2);
    CHECK_THROWS_AS(PoolService(*mgr).assign(pool2, o.repB1), PermissionError);

    // Reassignment on leave: the rep may not; the manager of both may; the other team's may not.
    CHECK_THROWS_AS(reassignOnLeave(*rep, o.repA2, o.repA1), PermissionError);
    CHECK_THROWS_AS(reassignOnLeave(*o.as(QStringLiteral("mgrb")), o.repA2, o.repB1), PermissionError);
    const ReassignResult moved = reassignOnLeave(*mgr, o.repA2, o.repA1);
    CHECK(moved.opportunities == 1);
    CHECK(moved.customers == 1);
    CHECK(moved.leads == 1);
    CHECK(o.t.scalar(QStringLiteral("SELECT owner_id FROM opportunities WHERE id = %1").arg(o.dealA2)).toLongLong()
          == o.repA1);
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reassign' AND user_id = %1 "
                                    "AND old_value = '%2'")
                         .arg(o.managerA)
                         .arg(o.repA2))
              .toInt()
          == 3);
}

TEST_CASE("PostgreSQL security: the funnel and forecast under a login equal that scope computed by an admin",
          "[postgres][security][analytics]")
{
    Office o;
    // Some movement: deals advance, one is won, one lost, in both teams.
    OpportunityRepository all(o.t.db());
    o.t.clock().set(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    all.moveToStage(o.dealA1, o.pipeline.stages.at(1).id);
    all.moveToStage(o.dealB1, o.pipeline.stages.at(2).id);
    all.setOutcome(o.dealA2, OpportunityStatus::Won);
    all.setOutcome(o.dealB1Team, OpportunityStatus::Lost, QStringLiteral("价格"));
    const qint64 extra = o.make.opportunity(o.pipeline, o.custA1, o.repA1, 700000, QStringLiteral("甲一第二")).id;
    all.moveToStage(extra, o.pipeline.stages.at(3).id);
    // Rep B1 has no deal team membership of someone else's deal: their login's view is their
    // owner scope exactly (rep A1's includes B1's team deal, so A1 is compared in its own way).
    analytics::FunnelQuery q;
    q.asOf = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    q.from = QDate(2026, 9, 1);
    q.to = QDate(2026, 11, 25);
    auto repB = o.as(QStringLiteral("repb1"));
    analytics::FunnelQuery scoped = q;
    scoped.scope.ownerId = o.repB1;
    const analytics::FunnelResult underLogin = analytics::computeFunnel(*repB, q);
    const analytics::FunnelResult byAdmin = analytics::computeFunnel(*o.as(QStringLiteral("adm")), scoped);
    const analytics::FunnelResult everyone = analytics::computeFunnel(o.t.db(), q);
    REQUIRE(underLogin.stages.size() == byAdmin.stages.size());
    qint64 openUnder = 0, openEveryone = 0;
    for (size_t i = 0; i < underLogin.stages.size(); ++i) {
        INFO(i);
        CHECK(underLogin.stages[i].openCount == byAdmin.stages[i].openCount);
        CHECK(underLogin.stages[i].openAmount == byAdmin.stages[i].openAmount);
        CHECK(underLogin.stages[i].entered == byAdmin.stages[i].entered);
        CHECK(underLogin.stages[i].advanced == byAdmin.stages[i].advanced);
        openUnder += underLogin.stages[i].openCount;
        openEveryone += everyone.stages[i].openCount;
    }
    CHECK(underLogin.wonCount == byAdmin.wonCount);
    CHECK(underLogin.lostCount == byAdmin.lostCount);
    CHECK(openUnder == 1);    // B1's one open deal (the other was lost)
    CHECK(openEveryone == 3); // the admin's whole office differs: the comparison can fail

    // The manager of team A: the team's funnel equals the team scope.
    analytics::FunnelQuery team = q;
    team.scope.teamId = o.teamA;
    const analytics::FunnelResult mgrView = analytics::computeFunnel(*o.as(QStringLiteral("mgra")), q);
    const analytics::FunnelResult teamView = analytics::computeFunnel(o.t.db(), team);
    CHECK(mgrView.wonCount == teamView.wonCount);
    CHECK(mgrView.wonAmount == teamView.wonAmount);
    for (size_t i = 0; i < mgrView.stages.size(); ++i)
        CHECK(mgrView.stages[i].openAmount == teamView.stages[i].openAmount);

    // December's forecast under rep B1's login equals B1's scope.
    analytics::ForecastQuery f;
    f.period = QStringLiteral("2026-12");
    f.asOf = q.asOf;
    analytics::ForecastQuery fScoped = f;
    fScoped.scope.ownerId = o.repB1;
    const analytics::ForecastResult fUnder = analytics::computeForecast(*repB, f);
    const analytics::ForecastResult fAdmin = analytics::computeForecast(o.t.db(), fScoped);
    CHECK(fUnder.openCount == fAdmin.openCount);
    CHECK(fUnder.openPipeline == fAdmin.openPipeline);
    CHECK(fUnder.expected == fAdmin.expected);
    CHECK(fUnder.wonInPeriod == fAdmin.wonInPeriod);
}

TEST_CASE("PostgreSQL security: funneldesk-cli user add, set-role and deactivate manage the person's login",
          "[postgres][security][logins][cli]")
{
    TempPgDatabase t;
    const QString boss = QStringLiteral("sec_cli_boss_%1").arg(++s_offices);
    const QString rep = QStringLiteral("sec_cli_rep_%1").arg(s_offices);
    // The installer (superuser) adds the first admin with a password: their login is made.
    CliRun r = runCliWith({QStringLiteral("--db"), t.path(), QStringLiteral("user"), QStringLiteral("add"),
                           QStringLiteral("--login"), boss, QStringLiteral("--name"), QStringLiteral("老板"),
                           QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                          {QStringLiteral("老板的密码-2026")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Created the PostgreSQL login")));
    CHECK(pgaccess::groupOf(t.db(), boss) == QStringLiteral("admin"));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM users WHERE password_hash IS NOT NULL")).toInt() == 0);

    // That admin, signed in with their own login, adds a rep, promotes them, deactivates them.
    PostgresParams asBoss = t.params();
    asBoss.user = boss;
    const QString bossUrl = asBoss.description();
    r = runCliWith({QStringLiteral("--db"), bossUrl, QStringLiteral("user"), QStringLiteral("add"),
                    QStringLiteral("--login"), rep, QStringLiteral("--name"), QStringLiteral("王芳"),
                    QStringLiteral("--role"), QStringLiteral("rep"), QStringLiteral("--password-stdin")},
                   {QStringLiteral("王芳的密码-2026")});
    INFO((r.out + r.err).toStdString());
    REQUIRE(r.code == 0);
    CHECK(pgaccess::groupOf(t.db(), rep) == QStringLiteral("rep"));
    r = runCliWith({QStringLiteral("--db"), bossUrl, QStringLiteral("user"), QStringLiteral("set-role"),
                    QStringLiteral("--login"), rep, QStringLiteral("--role"), QStringLiteral("manager")});
    REQUIRE(r.code == 0);
    CHECK(pgaccess::groupOf(t.db(), rep) == QStringLiteral("manager"));
    // The rep's own login may not change anyone.
    PostgresParams asRep = t.params();
    asRep.user = rep;
    r = runCliWith({QStringLiteral("--db"), asRep.description(), QStringLiteral("user"), QStringLiteral("set-role"),
                    QStringLiteral("--login"), boss, QStringLiteral("--role"), QStringLiteral("rep")});
    CHECK(r.code != 0);
    CHECK(pgaccess::groupOf(t.db(), boss) == QStringLiteral("admin"));

    r = runCliWith({QStringLiteral("--db"), bossUrl, QStringLiteral("user"), QStringLiteral("deactivate"),
                    QStringLiteral("--login"), rep});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK_FALSE(t.scalar(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(rep)).toBool());
    CHECK_THROWS_AS(Database::openPostgres(asRep), StorageError);
}

TEST_CASE("PostgreSQL security: the last editor of a deal or contract is the session's user, whatever is sent",
          "[postgres][security]")
{
    Office o;
    auto rep = o.as(QStringLiteral("repa1"));
    // A save conflict names who saved last (updated_by): a client cannot put it on someone else.
    CHECK(affected(*rep, QStringLiteral("UPDATE opportunities SET amount_cents = 5, updated_by = %1 WHERE id = %2")
                             .arg(o.managerA)
                             .arg(o.dealA1))
          == 1);
    CHECK(o.t.scalar(QStringLiteral("SELECT updated_by FROM opportunities WHERE id = %1").arg(o.dealA1)).toLongLong()
          == o.repA1);
    auto fin = o.as(QStringLiteral("fin"));
    CHECK(
        affected(*fin,
                 QStringLiteral("UPDATE contracts SET title = 'x', updated_by = NULL WHERE id = %1").arg(o.contractA1))
        == 1);
    CHECK(o.t.scalar(QStringLiteral("SELECT updated_by FROM contracts WHERE id = %1").arg(o.contractA1)).toLongLong()
          == o.finance);
}

TEST_CASE("PostgreSQL security: what a person did with a reminder is theirs alone", "[postgres][security]")
{
    Office o;
    auto repA = o.as(QStringLiteral("repa1"));
    auto repB = o.as(QStringLiteral("repb1"));
    auto mgr = o.as(QStringLiteral("mgra"));
    ReminderEngine(*repA).snooze(o.repA1, QStringLiteral("task:1@2026-11-23T08:00:00Z"),
                                 QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    CHECK(scalar(*repA, QStringLiteral("SELECT count(*) FROM reminder_states")).toInt() == 1);
    // Nobody else reads it, not even their manager; nobody writes one in their name.
    CHECK(scalar(*repB, QStringLiteral("SELECT count(*) FROM reminder_states")).toInt() == 0);
    CHECK(scalar(*mgr, QStringLiteral("SELECT count(*) FROM reminder_states")).toInt() == 0);
    CHECK(affected(*mgr, QStringLiteral("DELETE FROM reminder_states")) == 0);
    CHECK(refused(*repB, QStringLiteral("INSERT INTO reminder_states (user_id, reminder_key, acknowledged_at, "
                                        "updated_at) VALUES (%1, 'task:9@x', '2026-11-23T09:00:00Z', "
                                        "'2026-11-23T09:00:00Z')")
                             .arg(o.repA1)));
    CHECK_THROWS_AS(ReminderEngine(*repB).acknowledge(o.repA1, QStringLiteral("task:1@2026-11-23T08:00:00Z")),
                    PermissionError);
    CHECK(o.t.scalar(QStringLiteral("SELECT count(*) FROM reminder_states")).toInt() == 1);
}

TEST_CASE("PostgreSQL security: the deal team on the deal follows opportunity_team_members and nothing a client sends",
          "[postgres][security]")
{
    Office o;
    const QString team = QStringLiteral("SELECT team_user_ids::TEXT FROM opportunities WHERE id = %1");
    CHECK(o.t.scalar(team.arg(o.dealB1Team)).toString() == QStringLiteral("{%1}").arg(o.repA1));
    auto repA1 = o.as(QStringLiteral("repa1"));
    auto repB1 = o.as(QStringLiteral("repb1"));
    // A rep cannot put a colleague on their deal by writing the column: the truth stays.
    CHECK(
        affected(
            *repA1,
            QStringLiteral("UPDATE opportunities SET team_user_ids = '{%1}' WHERE id = %2").arg(o.repB1).arg(o.dealA1))
        == 1);
    CHECK(o.t.scalar(team.arg(o.dealA1)).toString() == QStringLiteral("{}"));
    CHECK(ids(*repB1, QStringLiteral("SELECT id FROM opportunities")) == QList<qint64>{o.dealB1, o.dealB1Team});
    CHECK(refused(*repA1, QStringLiteral("SELECT fd_refresh_deal_teams()")));
    // Through the deal team, as before: B1 put on A1's deal sees it; taken off, no longer.
    repA1->exec(QStringLiteral("INSERT INTO opportunity_team_members (opportunity_id, user_id, role, split_percent) "
                               "VALUES (%1, %2, 'presales', 0)")
                    .arg(o.dealA1)
                    .arg(o.repB1));
    CHECK(ids(*repB1, QStringLiteral("SELECT id FROM opportunities")).contains(o.dealA1));
    repA1->exec(QStringLiteral("DELETE FROM opportunity_team_members WHERE opportunity_id = %1 AND user_id = %2")
                    .arg(o.dealA1)
                    .arg(o.repB1));
    CHECK_FALSE(ids(*repB1, QStringLiteral("SELECT id FROM opportunities")).contains(o.dealA1));
    // The column is left out of the audit trail.
    CHECK(o.t.scalar(QStringLiteral(
                         "SELECT count(*) FROM audit_trail WHERE table_name = 'opportunities' AND "
                         "(old_values ->> 'team_user_ids' IS NOT NULL OR new_values ->> 'team_user_ids' IS NOT NULL)"))
              .toInt()
          == 0);
}
