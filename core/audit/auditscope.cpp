#include "auditscope.h"

#include "storage/scopefilter.h"

namespace fd {

namespace {

// The audited record kinds a person reads the rows of by the record (audit_log.entity), as
// the server's policy lists them (0018).
struct AuditedKind
{
    const char *entity;
    RecordType type;
};

constexpr AuditedKind auditedKinds[] = {
    {"opportunity", RecordType::Deal}, {"customer", RecordType::Customer}, {"contact", RecordType::Contact},
    {"lead", RecordType::Lead},        {"contract", RecordType::Contract},
};

} // namespace

AuditScope::AuditScope(Database &db)
    : m_viewer(Viewer::of(db))
{
}

QString AuditScope::condition(const QString &alias, QVariantList &binds) const
{
    if (all())
        return {};
    const SqlCondition people = m_viewer.readPeople(alias + QStringLiteral(".user_id"));
    QStringList parts{people.sql};
    binds += people.binds;
    for (const AuditedKind &kind : auditedKinds) {
        const SqlCondition visible = m_viewer.readCondition(kind.type, QStringLiteral("r"));
        parts << QStringLiteral("(%1.entity = '%2' AND %1.entity_id IN (SELECT r.id FROM %3 r%4))")
                     .arg(alias, QLatin1String(kind.entity), recordTable(kind.type), visible.where());
        binds += visible.binds;
    }
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace fd
