#pragma once

#include "domain/organization.h"

#include <QString>
#include <QVariantList>

namespace fd {

class Database;
struct SqlCondition;

// The business records the scoping rules of team mode know about (not leads/duplicatefinder.h's
// RecordKind, the kinds duplicates are found among).
enum class RecordType { Deal, Customer, Contact, Lead, Activity, Task, Contract };

// Who is looking at the records, and so which of them they may see and change: the rules of
// team mode, written once here for the core (SQLite) as migration 0006_team_security.pg.sql
// writes them for the PostgreSQL server:
//   rep      own records (owner / user), deals where they are on the deal team, the
//            customers of the deals they see, unowned customers, the public lead pool (read
//            only); they change their own records and the deals of their deal teams
//   manager  the same for every user of their team and of the teams they manage; they may
//            also claim pool leads and change owners inside their scope
//   finance  contracts (read and write), deals, customers and contacts (read only); no
//            leads, activities or tasks of others
//   admin    everything
// A customer shared with a colleague (customer_shares) is visible to them as one they own,
// with its contacts and activities, on both databases.
//
// Where it applies: on a SQLite file the core filters every list and load with these
// conditions (ScopeFilter::visibleTo) and refuses writes outside them (requireWrite), which
// is FunnelDesk's own check — a file on a shared disk is protected only by the file system.
// On PostgreSQL the server's row level security filters the rows, so readCondition() adds
// nothing there; writable() still answers for the UI (which record opens read-only), and the
// server refuses what it would refuse anyway (SQLSTATE 42501, PermissionError).
// Nobody signed in (actingUserId 0: setup code, the installer) sees and changes everything.
class Viewer final
{
public:
    // The acting user of `db` (one query). An unknown or deactivated user sees nothing.
    static Viewer of(Database &db);
    // A viewer for the user `userId` with `role` (tests; the UI's cache of the acting user).
    static Viewer forUser(qint64 userId, UserRole role, bool filterInCore);
    // Everything, filtered nowhere: nobody signed in.
    static Viewer everyone() { return Viewer(); }

    qint64 userId() const { return m_userId; }
    UserRole role() const { return m_role; }
    // True when the rules restrict this viewer at all (not an admin, not nobody).
    bool isRestricted() const { return m_reach != Reach::Everything; }
    // True when the core applies the rules to queries (SQLite); false where the server does.
    bool filtersInCore() const { return m_filterInCore && isRestricted(); }

    // The records of `kind` under `alias` (a table alias of the kind's table) this viewer may
    // read: empty where nothing needs filtering (admin, nobody, or the server filters).
    SqlCondition readCondition(RecordType kind, const QString &alias) const;
    // The records of `kind` this viewer may change (on both databases: the UI asks).
    SqlCondition writeCondition(RecordType kind, const QString &alias) const;
    // A user id column (an author, an owner) restricted to the people whose records this
    // viewer sees: a rep (and finance) themselves, a manager the users of their teams; empty
    // where nothing needs filtering, as readCondition.
    SqlCondition readPeople(const QString &userColumn) const;

    // False when the viewer sees no record of `kind` at all (finance: leads, activities,
    // tasks; on PostgreSQL its group is not even granted those tables, so a query that
    // names them is refused: leave them out).
    bool seesAny(RecordType kind) const;
    // Whether the viewer may change the record `id` of `kind` (false for one that does not
    // exist or that they cannot see).
    bool canWrite(Database &db, RecordType kind, qint64 id) const;
    // Whether the viewer may create a record of `kind` owned by `ownerId` (0 = unowned,
    // e.g. a pool lead); for a contact, `ownerId` is its customer's id.
    bool canCreate(Database &db, RecordType kind, qint64 ownerId) const;
    // Whether the viewer may change who owns records (managers and admins: the server's
    // owner-change guard).
    bool mayReassign() const;
    // Whether the viewer may record invoices, receipts and write-offs (finance and admins).
    bool mayHandleMoney() const;
    // The pay plans (table pay_plans under `alias`) this viewer may read (migration 0023's
    // rule, pay being confidential): admins and finance all; a rep the role plans of their
    // role and their own personal plan; a manager also the personal plans of their teams'
    // people and the role plans of those people's roles. Empty where nothing needs filtering.
    SqlCondition readPayPlans(const QString &alias) const;
    // Whether the viewer may create plans, add versions, rename and (de)activate plans
    // (finance and admins, as the server grants).
    bool mayEditPayPlans() const;
    // Whether the viewer may set and remove targets (managers and admins: the server grants
    // no other group writing them).
    bool maySetTargets() const;
    // Whether the viewer may give a lead owned by `before` (0: in the pool) to `userId`
    // (fd_set_lead_owner's rule): a rep takes a pool lead for themselves, a manager moves
    // leads of the pool or of their scope to a user of their scope.
    bool mayGiveLead(Database &db, qint64 before, qint64 userId) const;
    // Whether the viewer may deal out leads to the team `teamId` (fd_set_round_robin_cursor):
    // a manager to their own team and the teams they manage.
    bool mayAssignToTeam(Database &db, qint64 teamId) const;

    // Throw PermissionError (translated, naming the record) unless canWrite / canCreate /
    // mayReassign. No-ops where the viewer is not restricted.
    void requireWrite(Database &db, RecordType kind, qint64 id) const;
    void requireCreate(Database &db, RecordType kind, qint64 ownerId) const;
    void requireReassign(RecordType kind, qint64 id) const;
    void requireMoney() const;
    // Monthly statements (migrations 0024, 0025): a person's statement is seen by them, the managers
    // whose scope holds them, finance and administrators; a manager reviews the people of their
    // teams (not themselves), an administrator anyone; finance and administrators close a month.
    SqlCondition readStatements(const QString &userColumn) const;
    bool seesStatementOf(Database &db, qint64 userId) const;
    bool mayReviewStatement(Database &db, qint64 userId) const;
    bool mayClosePay() const;
    void requireReviewStatement(Database &db, qint64 userId) const;
    void requireClosePay() const;
    void requireTargets() const;
    void requirePayPlans() const;
    void requireGiveLead(Database &db, qint64 leadId, qint64 before, qint64 userId) const;
    void requireAssignToTeam(Database &db, qint64 teamId) const;

private:
    enum class Reach { Everything, Scoped, Nothing };
    Viewer() = default;
    // "<column> IN (the users whose records this viewer sees)" (rep: themselves; manager: their
    // teams' users).
    SqlCondition scopeUsers(const QString &column) const;
    SqlCondition teamDeals(const QString &idColumn) const;
    SqlCondition visibleDeals(const QString &idColumn) const;
    SqlCondition visibleCustomers(const QString &idColumn) const;
    SqlCondition condition(RecordType kind, const QString &alias, bool write) const;
    bool matches(Database &db, RecordType kind, const QString &whereId, const QVariant &value, bool write) const;
    // Whether the user `userId` is one of the users whose records this viewer sees.
    bool inScope(Database &db, qint64 userId) const;

    qint64 m_userId = 0;
    UserRole m_role = UserRole::Admin;
    Reach m_reach = Reach::Everything;
    bool m_filterInCore = false;
};

// The table of a record kind ("opportunities", …) and its name for messages (translated).
QString recordTable(RecordType kind);
QString recordTitle(RecordType kind);

} // namespace fd
