#include "viewer.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/scopefilter.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace fd {

namespace {

SqlCondition nothing()
{
    return {QStringLiteral("1 = 0"), {}};
}

SqlCondition any(std::initializer_list<SqlCondition> parts)
{
    QStringList sql;
    QVariantList binds;
    for (const SqlCondition &c : parts) {
        sql << c.sql;
        binds += c.binds;
    }
    return {QLatin1Char('(') + sql.join(QStringLiteral(" OR ")) + QLatin1Char(')'), binds};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("fd::Viewer", text);
}

} // namespace

QString recordTable(RecordType kind)
{
    switch (kind) {
    case RecordType::Deal:
        return QStringLiteral("opportunities");
    case RecordType::Customer:
        return QStringLiteral("customers");
    case RecordType::Contact:
        return QStringLiteral("contacts");
    case RecordType::Lead:
        return QStringLiteral("leads");
    case RecordType::Activity:
        return QStringLiteral("activities");
    case RecordType::Task:
        return QStringLiteral("followup_tasks");
    case RecordType::Contract:
        return QStringLiteral("contracts");
    }
    return {};
}

QString recordTitle(RecordType kind)
{
    switch (kind) {
    case RecordType::Deal:
        return tr("deal");
    case RecordType::Customer:
        return tr("customer");
    case RecordType::Contact:
        return tr("contact");
    case RecordType::Lead:
        return tr("lead");
    case RecordType::Activity:
        return tr("activity");
    case RecordType::Task:
        return tr("follow-up task");
    case RecordType::Contract:
        return tr("contract");
    }
    return {};
}

Viewer Viewer::of(Database &db)
{
    Viewer v;
    v.m_userId = db.actingUserId();
    v.m_filterInCore = db.dialect().kind() == Dialect::Kind::Sqlite;
    if (!v.m_userId)
        return v; // nobody signed in: setup code, the installer
    SqlQuery q(db, QStringLiteral("SELECT role, active FROM users WHERE id = ?"));
    q.add(v.m_userId).exec();
    UserRole role = UserRole::Rep;
    if (!q.next() || q.value(1).toInt() != 1 || !parseUserRole(q.value(0).toString(), &role)) {
        v.m_reach = Reach::Nothing;
        v.m_role = UserRole::Rep;
        return v;
    }
    v.m_role = role;
    v.m_reach = role == UserRole::Admin ? Reach::Everything : Reach::Scoped;
    return v;
}

Viewer Viewer::forUser(qint64 userId, UserRole role, bool filterInCore)
{
    Viewer v;
    v.m_userId = userId;
    v.m_role = role;
    v.m_filterInCore = filterInCore;
    v.m_reach = !userId || role == UserRole::Admin ? Reach::Everything : Reach::Scoped;
    return v;
}

SqlCondition Viewer::scopeUsers(const QString &column) const
{
    if (m_role != UserRole::Manager)
        return {column + QStringLiteral(" = ?"), {m_userId}};
    // A manager: the users of their own team and of the teams they manage (fd_scope_users).
    return {column
                + QStringLiteral(" IN (SELECT su.id FROM users su WHERE su.id = ? OR su.team_id = (SELECT me.team_id "
                                 "FROM users me WHERE me.id = ?) OR su.team_id IN (SELECT st.id FROM teams st "
                                 "WHERE st.manager_id = ?))"),
            {m_userId, m_userId, m_userId}};
}

SqlCondition Viewer::teamDeals(const QString &idColumn) const
{
    const SqlCondition members = scopeUsers(QStringLiteral("vm.user_id"));
    return {idColumn + QStringLiteral(" IN (SELECT vm.opportunity_id FROM opportunity_team_members vm WHERE ")
                + members.sql + QLatin1Char(')'),
            members.binds};
}

SqlCondition Viewer::visibleDeals(const QString &idColumn) const
{
    // fd_visible_deals: owned by a user in scope, or such a user is on the deal team.
    const SqlCondition owners = scopeUsers(QStringLiteral("vo.owner_id"));
    const SqlCondition team = teamDeals(idColumn);
    return {QStringLiteral("(") + idColumn + QStringLiteral(" IN (SELECT vo.id FROM opportunities vo WHERE ")
                + owners.sql + QStringLiteral(") OR ") + team.sql + QLatin1Char(')'),
            owners.binds + team.binds};
}

SqlCondition Viewer::visibleCustomers(const QString &idColumn) const
{
    // fd_visible_customers: unowned, owned in scope, shared with a user in scope, or the
    // customer of a visible deal.
    const SqlCondition owners = scopeUsers(QStringLiteral("vc.owner_id"));
    const SqlCondition deals = visibleDeals(QStringLiteral("vd.id"));
    const SqlCondition sharedWith = scopeUsers(QStringLiteral("vs.user_id"));
    return {QStringLiteral("(") + idColumn
                + QStringLiteral(" IN (SELECT vc.id FROM customers vc WHERE vc.owner_id IS NULL OR ") + owners.sql
                + QStringLiteral(") OR ") + idColumn
                + QStringLiteral(" IN (SELECT vs.customer_id FROM customer_shares vs WHERE ") + sharedWith.sql
                + QStringLiteral(") OR ") + idColumn
                + QStringLiteral(" IN (SELECT vd.customer_id FROM opportunities vd WHERE ") + deals.sql
                + QStringLiteral("))"),
            owners.binds + sharedWith.binds + deals.binds};
}

SqlCondition Viewer::condition(RecordType kind, const QString &a, bool write) const
{
    if (m_reach == Reach::Everything)
        return {};
    if (m_reach == Reach::Nothing)
        return nothing();
    const QString col = a + QLatin1Char('.');
    if (m_role == UserRole::Finance) {
        switch (kind) {
        case RecordType::Contract:
            return {};
        case RecordType::Deal:
        case RecordType::Customer:
        case RecordType::Contact:
            return write ? nothing() : SqlCondition{};
        case RecordType::Lead:
        case RecordType::Activity:
        case RecordType::Task:
            return nothing();
        }
    }
    switch (kind) {
    case RecordType::Deal:
        return any({scopeUsers(col + QStringLiteral("owner_id")), teamDeals(col + QStringLiteral("id"))});
    case RecordType::Customer:
        if (write)
            return scopeUsers(col + QStringLiteral("owner_id"));
        return any({{col + QStringLiteral("owner_id IS NULL"), {}},
                    scopeUsers(col + QStringLiteral("owner_id")),
                    visibleCustomers(col + QStringLiteral("id"))});
    case RecordType::Contact:
        return any({visibleCustomers(col + QStringLiteral("customer_id"))});
    case RecordType::Lead:
        if (write && m_role == UserRole::Manager)
            return any({scopeUsers(col + QStringLiteral("owner_id")), {col + QStringLiteral("owner_id IS NULL"), {}}});
        if (write)
            return scopeUsers(col + QStringLiteral("owner_id"));
        return any({{col + QStringLiteral("owner_id IS NULL"), {}}, scopeUsers(col + QStringLiteral("owner_id"))});
    case RecordType::Activity:
        if (write)
            return scopeUsers(col + QStringLiteral("user_id"));
        return any({scopeUsers(col + QStringLiteral("user_id")), visibleDeals(col + QStringLiteral("opportunity_id")),
                    visibleCustomers(col + QStringLiteral("customer_id"))});
    case RecordType::Task:
        if (write)
            return scopeUsers(col + QStringLiteral("user_id"));
        return any({scopeUsers(col + QStringLiteral("user_id")), visibleDeals(col + QStringLiteral("opportunity_id"))});
    case RecordType::Contract:
        return any(
            {scopeUsers(col + QStringLiteral("owner_id")), visibleDeals(col + QStringLiteral("opportunity_id"))});
    }
    return nothing();
}

SqlCondition Viewer::readCondition(RecordType kind, const QString &alias) const
{
    if (!m_filterInCore)
        return {};
    return condition(kind, alias, false);
}

SqlCondition Viewer::readPeople(const QString &userColumn) const
{
    if (!m_filterInCore || m_reach == Reach::Everything)
        return {};
    if (m_reach == Reach::Nothing)
        return nothing();
    return scopeUsers(userColumn);
}

SqlCondition Viewer::writeCondition(RecordType kind, const QString &alias) const
{
    return condition(kind, alias, true);
}

bool Viewer::matches(Database &db, RecordType kind, const QString &whereId, const QVariant &value, bool write) const
{
    const SqlCondition c = condition(kind, QStringLiteral("r"), write);
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM ") + recordTable(kind) + QStringLiteral(" r WHERE ") + whereId
                       + c.andAlso());
    q.add(value);
    for (const QVariant &b : c.binds)
        q.add(b);
    return q.exec().next();
}

bool Viewer::canWrite(Database &db, RecordType kind, qint64 id) const
{
    if (m_reach == Reach::Everything)
        return true;
    return matches(db, kind, QStringLiteral("r.id = ?"), id, true);
}

bool Viewer::canCreate(Database &db, RecordType kind, qint64 ownerId) const
{
    if (m_reach == Reach::Everything)
        return true;
    if (m_reach == Reach::Nothing)
        return false;
    if (m_role == UserRole::Finance)
        return kind == RecordType::Contract;
    if (kind == RecordType::Contact) // a contact belongs to a customer the viewer sees
        return matches(db, RecordType::Customer, QStringLiteral("r.id = ?"), ownerId, false);
    if (!ownerId)
        return kind == RecordType::Lead && m_role == UserRole::Manager;
    return inScope(db, ownerId);
}

bool Viewer::inScope(Database &db, qint64 userId) const
{
    const SqlCondition c = scopeUsers(QStringLiteral("u.id"));
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM users u WHERE u.id = ? AND ") + c.sql);
    q.add(userId);
    for (const QVariant &b : c.binds)
        q.add(b);
    return q.exec().next();
}

bool Viewer::maySetTargets() const
{
    return m_reach == Reach::Everything || (m_reach == Reach::Scoped && m_role == UserRole::Manager);
}

bool Viewer::mayGiveLead(Database &db, qint64 before, qint64 userId) const
{
    if (m_reach == Reach::Everything)
        return true;
    if (m_reach == Reach::Nothing)
        return false;
    switch (m_role) {
    case UserRole::Rep:
        return userId == m_userId && before == 0;
    case UserRole::Manager:
        return inScope(db, userId) && (before == 0 || inScope(db, before));
    case UserRole::Finance:
    case UserRole::Admin:
        break;
    }
    return false;
}

bool Viewer::mayAssignToTeam(Database &db, qint64 teamId) const
{
    if (m_reach == Reach::Everything)
        return true;
    if (m_reach == Reach::Nothing || m_role != UserRole::Manager)
        return false;
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM teams t WHERE t.id = ? AND (t.manager_id = ? OR t.id = (SELECT "
                                  "me.team_id FROM users me WHERE me.id = ?))"));
    q.add(teamId).add(m_userId).add(m_userId);
    return q.exec().next();
}

bool Viewer::seesAny(RecordType kind) const
{
    if (m_reach == Reach::Nothing)
        return false;
    return !(m_reach == Reach::Scoped && m_role == UserRole::Finance
             && (kind == RecordType::Lead || kind == RecordType::Activity || kind == RecordType::Task));
}

bool Viewer::mayReassign() const
{
    return m_reach == Reach::Everything || m_role == UserRole::Manager;
}

bool Viewer::mayHandleMoney() const
{
    return m_reach == Reach::Everything || (m_reach == Reach::Scoped && m_role == UserRole::Finance);
}

SqlCondition Viewer::readStatements(const QString &userColumn) const
{
    if (m_reach == Reach::Scoped && m_role == UserRole::Finance)
        return {};
    return readPeople(userColumn);
}

bool Viewer::seesStatementOf(Database &db, qint64 userId) const
{
    if (m_reach == Reach::Everything || userId == m_userId)
        return true;
    if (m_reach != Reach::Scoped)
        return false;
    return m_role == UserRole::Finance || (m_role == UserRole::Manager && inScope(db, userId));
}

bool Viewer::mayReviewStatement(Database &db, qint64 userId) const
{
    if (m_reach == Reach::Everything)
        return true;
    return m_reach == Reach::Scoped && m_role == UserRole::Manager && userId != m_userId && inScope(db, userId);
}

bool Viewer::mayClosePay() const
{
    return mayHandleMoney();
}

void Viewer::requireReviewStatement(Database &db, qint64 userId) const
{
    if (!mayReviewStatement(db, userId))
        throw PermissionError(tr("Only the person's manager or an administrator may review a statement."));
}

void Viewer::requireClosePay() const
{
    if (!mayClosePay())
        throw PermissionError(tr("Only finance or an administrator may close a pay period."));
}

void Viewer::requireMoney() const
{
    if (mayHandleMoney())
        return;
    throw PermissionError(tr("Only finance or an administrator may record invoices, receipts and write-offs."));
}

SqlCondition Viewer::readPayPlans(const QString &alias) const
{
    if (!m_filterInCore || m_reach == Reach::Everything || (m_reach == Reach::Scoped && m_role == UserRole::Finance))
        return {};
    if (m_reach == Reach::Nothing)
        return nothing();
    const QString col = alias + QLatin1Char('.');
    const SqlCondition people = scopeUsers(QStringLiteral("pu.id"));
    return any(
        {scopeUsers(col + QStringLiteral("user_id")),
         {QStringLiteral("(") + col + QStringLiteral("user_id IS NULL AND ") + col
              + QStringLiteral("role IN (SELECT pu.role FROM users pu WHERE ") + people.sql + QStringLiteral("))"),
          people.binds}});
}

bool Viewer::mayEditPayPlans() const
{
    return mayHandleMoney();
}

void Viewer::requirePayPlans() const
{
    if (mayEditPayPlans())
        return;
    throw PermissionError(tr("Only finance or an administrator may create or change incentive plans."));
}

void Viewer::requireTargets() const
{
    if (maySetTargets())
        return;
    throw PermissionError(tr("Only a manager or an administrator may set or remove targets."));
}

void Viewer::requireGiveLead(Database &db, qint64 leadId, qint64 before, qint64 userId) const
{
    if (mayGiveLead(db, before, userId))
        return;
    if (m_role == UserRole::Rep && m_reach == Reach::Scoped)
        throw PermissionError(
            tr("You may not give lead %1 to user %2: a rep may only take a lead from the pool for themselves.")
                .arg(leadId)
                .arg(userId));
    throw PermissionError(
        tr("You may not give lead %1 to user %2: the lead or the user is outside what your role lets you change.")
            .arg(leadId)
            .arg(userId));
}

void Viewer::requireAssignToTeam(Database &db, qint64 teamId) const
{
    if (mayAssignToTeam(db, teamId))
        return;
    throw PermissionError(
        tr("You may not deal out leads to team %1: only its manager or an administrator may.").arg(teamId));
}

void Viewer::requireWrite(Database &db, RecordType kind, qint64 id) const
{
    if (!isRestricted() || canWrite(db, kind, id))
        return;
    throw PermissionError(
        tr("You may not change %1 %2: it is outside what your role lets you change.").arg(recordTitle(kind)).arg(id));
}

void Viewer::requireCreate(Database &db, RecordType kind, qint64 ownerId) const
{
    if (!isRestricted() || canCreate(db, kind, ownerId))
        return;
    throw PermissionError(
        tr("You may not add this %1: it would be outside what your role lets you change.").arg(recordTitle(kind)));
}

void Viewer::requireReassign(RecordType kind, qint64 id) const
{
    if (mayReassign())
        return;
    throw PermissionError(
        tr("Only a manager or an administrator may change who owns %1 %2.").arg(recordTitle(kind)).arg(id));
}

} // namespace fd
