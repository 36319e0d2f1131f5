#include "audittext.h"

#include "audittitles.h"

#include "approval/approvaltitles.h"
#include "auth/roletitles.h"
#include "domain/contract.h"
#include "domain/money.h"
#include "domain/organization.h"
#include "domain/splitcredit.h"
#include "domain/trcontext.h"
#include "setup/officecurrency.h"
#include "storage/sqlquery.h"

namespace fd {

QString AuditText::who(const AuditEvent &event) const
{
    if (!event.userName.isEmpty())
        return event.userName;
    if (!event.userLogin.isEmpty())
        return event.userLogin;
    return Audit::tr("Nobody signed in");
}

QString AuditText::name(const char *table, const char *column, qint64 id)
{
    const QString key = QStringLiteral("%1:%2").arg(QLatin1String(table)).arg(id);
    const auto it = m_names.constFind(key);
    if (it != m_names.constEnd())
        return *it;
    // Table and column names come from this file, never from the data.
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(QLatin1String(column), QLatin1String(table)));
    const QString found = q.add(id).scalar().toString();
    m_names.insert(key, found);
    return found;
}

QString AuditText::record(const QString &entity, qint64 id)
{
    static const QHash<QString, QPair<const char *, const char *>> named = {
        {QStringLiteral("opportunity"), {"opportunities", "title"}},
        {QStringLiteral("customer"), {"customers", "name"}},
        {QStringLiteral("contact"), {"contacts", "name"}},
        {QStringLiteral("lead"), {"leads", "name"}},
        {QStringLiteral("contract"), {"contracts", "number"}},
        {QStringLiteral("user"), {"users", "display_name"}},
        {QStringLiteral("team"), {"teams", "name"}},
        {QStringLiteral("region"), {"regions", "name"}},
    };
    QString text = QStringLiteral("%1 #%2").arg(auditEntityTitle(entity)).arg(id);
    const auto it = named.constFind(entity);
    if (it != named.constEnd() && id > 0) {
        const QString current = name(it->first, it->second, id);
        if (!current.isEmpty())
            text += QLatin1Char(' ') + current;
    }
    return text;
}

QString AuditText::value(const QString &field, const QString &stored, bool set)
{
    if (!set)
        return {};
    static const QHash<QString, QPair<const char *, const char *>> references = {
        {QStringLiteral("owner_id"), {"users", "display_name"}},
        {QStringLiteral("user_id"), {"users", "display_name"}},
        {QStringLiteral("manager_id"), {"users", "display_name"}},
        {QStringLiteral("created_by"), {"users", "display_name"}},
        {QStringLiteral("stage_id"), {"stages", "name"}},
        {QStringLiteral("pipeline_id"), {"pipelines", "name"}},
        {QStringLiteral("customer_id"), {"customers", "name"}},
        {QStringLiteral("contact_id"), {"contacts", "name"}},
        {QStringLiteral("opportunity_id"), {"opportunities", "title"}},
        {QStringLiteral("team_id"), {"teams", "name"}},
        {QStringLiteral("region_id"), {"regions", "name"}},
        {QStringLiteral("campaign_id"), {"campaigns", "name"}},
        {QStringLiteral("merged_from"), {"customers", "name"}},
        {QStringLiteral("merged_into"), {"customers", "name"}},
    };
    bool number = false;
    const qint64 n = stored.toLongLong(&number);
    const auto ref = references.constFind(field);
    if (ref != references.constEnd() && number && n > 0) {
        const QString found = name(ref->first, ref->second, n);
        return found.isEmpty() ? QStringLiteral("#%1").arg(n) : found;
    }
    if (field.endsWith(QLatin1String("_cents")) && number) {
        if (m_currency.isEmpty())
            m_currency = office::currency(m_db);
        return money::format(n, m_currency);
    }
    if (field == QLatin1String("role")) {
        UserRole role;
        if (parseUserRole(stored, &role))
            return roleTitle(role);
    }
    if (field == QLatin1String("split_form")) {
        SplitForm form;
        if (parseSplitForm(stored, &form))
            return splits::title(form);
    }
    if (field == QLatin1String("approval_status")) {
        ApprovalStatus status;
        if (parseApprovalStatus(stored, &status))
            return approvalStatusTitle(status);
    }
    if (field == QLatin1String("active") || field == QLatin1String("is_primary") || field == QLatin1String("done"))
        return stored == QLatin1String("0") || stored == QLatin1String("false") ? Audit::tr("No") : Audit::tr("Yes");
    if (field == QLatin1String("password") || field == QLatin1String("password_hash"))
        return Audit::tr("(hidden)");
    return stored;
}

QString AuditText::change(const AuditChange &c)
{
    const QString from = value(c.field, c.oldValue, c.hadOld);
    const QString to = value(c.field, c.newValue, c.hasNew);
    const QString title = auditFieldTitle(c.field);
    if (from.isEmpty() && to.isEmpty())
        return title;
    if (from.isEmpty())
        return QStringLiteral("%1: → %2").arg(title, to);
    if (to.isEmpty())
        return QStringLiteral("%1: %2 →").arg(title, from);
    return QStringLiteral("%1: %2 → %3").arg(title, from, to);
}

QString AuditText::details(const AuditEvent &event)
{
    if (event.action.startsWith(QLatin1String("sign_"))) {
        const QString how = event.changes.isEmpty() ? QString() : event.changes.first().field;
        return how.isEmpty() ? QString() : Audit::tr("via %1").arg(auditFieldTitle(how));
    }
    QStringList parts;
    for (const AuditChange &c : event.changes)
        parts << change(c);
    return parts.join(QStringLiteral("; "));
}

} // namespace fd
