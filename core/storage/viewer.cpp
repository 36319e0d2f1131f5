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

QString recordTable(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Deal:
        return QStringLiteral("opportunities");
    case RecordKind::Customer:
        return QStringLiteral("customers");
    case RecordKind::Contact:
        return QStringLiteral("contacts");
    case RecordKind::Lead:
        return QStringLiteral("leads");
    case RecordKind::Activity:
        return QStringLiteral("activities");
    case RecordKind::Task:
        return QStringLiteral("followup_tasks");
    case RecordKind::Contract:
        return QStringLiteral("contracts");
    }
    return {};
}

QString recordTitle(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Deal:
        return tr("deal");
    case RecordKind::Customer:
        return tr("customer");
    case RecordKind::Contact:
        return tr("contact");
    case RecordKind::Lead:
        return tr("lead");
    case RecordKind::Activity:
        return tr("activity");
    case RecordKind::Task:
        return tr("follow-up task");
    case RecordKind::Contract:
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
    // fd_visible_customers: unowned, owned in scope, or the customer of a visible deal.
    const SqlCondition owners = scopeUsers(QStringLiteral("vc.owner_id"));
    const SqlCondition deals = visibleDeals(QStringLiteral("vd.id"));
    return {QStringLiteral("(") + idColumn
                + QStringLiteral(" IN (SELECT vc.id FROM customers vc WHERE vc.owner_id IS NULL OR ") + owners.sql
                + QStringLiteral(") OR ") + idColumn
                + QStringLiteral(" IN (SELECT vd.customer_id FROM opportunities vd WHERE ") + deals.sql
                + QStringLiteral("))"),
            owners.binds + deals.binds};
}

SqlCondition Viewer::condition(RecordKind kind, const QString &a, bool write) const
{
    if (m_reach == Reach::Everything)
        return {};
    if (m_reach == Reach::Nothing)
        return nothing();
    const QString col = a + QLatin1Char('.');
    if (m_role == UserRole::Finance) {
        switch (kind) {
        case RecordKind::Contract:
            return {};
        case RecordKind::Deal:
        case RecordKind::Customer:
        case RecordKind::Contact:
            return write ? nothing() : SqlCondition{};
        case RecordKind::Lead:
        case RecordKind::Activity:
        case RecordKind::Task:
            return nothing();
        }
    }
    switch (kind) {
    case RecordKind::Deal:
        return any({scopeUsers(col + QStringLiteral("owner_id")), teamDeals(col + QStringLiteral("id"))});
    case RecordKind::Customer:
        if (write)
            return scopeUsers(col + QStringLiteral("owner_id"));
        return any({{col + QStringLiteral("owner_id IS NULL"), {}},
                    scopeUsers(col + QStringLiteral("owner_id")),
                    visibleCustomers(col + QStringLiteral("id"))});
    case RecordKind::Contact:
        return any({visibleCustomers(col + QStringLiteral("customer_id"))});
    case RecordKind::Lead:
        if (write && m_role == UserRole::Manager)
            return any({scopeUsers(col + QStringLiteral("owner_id")), {col + QStringLiteral("owner_id IS NULL"), {}}});
        if (write)
            return scopeUsers(col + QStringLiteral("owner_id"));
        return any({{col + QStringLiteral("owner_id IS NULL"), {}}, scopeUsers(col + QStringLiteral("owner_id"))});
    case RecordKind::Activity:
        if (write)
            return scopeUsers(col + QStringLiteral("user_id"));
        return any({scopeUsers(col + QStringLiteral("user_id")), visibleDeals(col + QStringLiteral("opportunity_id")),
                    visibleCustomers(col + QStringLiteral("customer_id"))});
    case RecordKind::Task:
        if (write)
            return scopeUsers(col + QStringLiteral("user_id"));
        return any({scopeUsers(col + QStringLiteral("user_id")), visibleDeals(col + QStringLiteral("opportunity_id"))});
    case RecordKind::Contract:
        return any(
            {scopeUsers(col + QStringLiteral("owner_id")), visibleDeals(col + QStringLiteral("opportunity_id"))});
    }
    return nothing();
}

SqlCondition Viewer::readCondition(RecordKind kind, const QString &alias) const
{
    if (!m_filterInCore)
        return {};
    return condition(kind, alias, false);
}

SqlCondition Viewer::writeCondition(RecordKind kind, const QString &alias) const
{
    return condition(kind, alias, true);
}

bool Viewer::matches(Database &db, RecordKind kind, const QString &whereId, const QVariant &value, bool write) const
{
    const SqlCondition c = condition(kind, QStringLiteral("r"), write);
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM ") + recordTable(kind) + QStringLiteral(" r WHERE ") + whereId
                       + c.andAlso());
    q.add(value);
    for (const QVariant &b : c.binds)
        q.add(b);
    return q.exec().next();
}

bool Viewer::canWrite(Database &db, RecordKind kind, qint64 id) const
{
    if (m_reach == Reach::Everything)
        return true;
    return matches(db, kind, QStringLiteral("r.id = ?"), id, true);
}

bool Viewer::canCreate(Database &db, RecordKind kind, qint64 ownerId) const
{
    if (m_reach == Reach::Everything)
        return true;
    if (m_reach == Reach::Nothing)
        return false;
    if (m_role == UserRole::Finance)
        return kind == RecordKind::Contract;
    if (kind == RecordKind::Contact) // a contact belongs to a customer the viewer sees
        return matches(db, RecordKind::Customer, QStringLiteral("r.id = ?"), ownerId, false);
    if (!ownerId)
        return kind == RecordKind::Lead && m_role == UserRole::Manager;
    const SqlCondition c = scopeUsers(QStringLiteral("u.id"));
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM users u WHERE u.id = ? AND ") + c.sql);
    q.add(ownerId);
    for (const QVariant &b : c.binds)
        q.add(b);
    return q.exec().next();
}

bool Viewer::seesAny(RecordKind kind) const
{
    if (m_reach == Reach::Nothing)
        return false;
    return !(m_reach == Reach::Scoped && m_role == UserRole::Finance
             && (kind == RecordKind::Lead || kind == RecordKind::Activity || kind == RecordKind::Task));
}

bool Viewer::mayReassign() const
{
    return m_reach == Reach::Everything || m_role == UserRole::Manager;
}

bool Viewer::mayHandleMoney() const
{
    return m_reach == Reach::Everything || (m_reach == Reach::Scoped && m_role == UserRole::Finance);
}

void Viewer::requireMoney() const
{
    if (mayHandleMoney())
        return;
    throw PermissionError(tr("Only finance or an administrator may record invoices, receipts and write-offs."));
}

void Viewer::requireWrite(Database &db, RecordKind kind, qint64 id) const
{
    if (!isRestricted() || canWrite(db, kind, id))
        return;
    throw PermissionError(
        tr("You may not change %1 %2: it is outside what your role lets you change.").arg(recordTitle(kind)).arg(id));
}

void Viewer::requireCreate(Database &db, RecordKind kind, qint64 ownerId) const
{
    if (!isRestricted() || canCreate(db, kind, ownerId))
        return;
    throw PermissionError(
        tr("You may not add this %1: it would be outside what your role lets you change.").arg(recordTitle(kind)));
}

void Viewer::requireReassign(RecordKind kind, qint64 id) const
{
    if (mayReassign())
        return;
    throw PermissionError(
        tr("Only a manager or an administrator may change who owns %1 %2.").arg(recordTitle(kind)).arg(id));
}

} // namespace fd
