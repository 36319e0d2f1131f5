#pragma once

#include <QString>
#include <QStringList>

namespace fd {

// The audit trail's stored spellings as people read them (translated in the "Audit" context).

// The record kinds a filter offers, most asked for first ("opportunity", "customer", …).
QStringList auditEntityKinds();
// "opportunity" → "Deal"; an unknown kind is shown as stored.
QString auditEntityTitle(const QString &kind);
// The actions a filter offers ("insert", "update", …, "sign_in", …).
QStringList auditActions();
// "update" → "Changed"; an unknown action is shown as stored.
QString auditActionTitle(const QString &action);
// "amount_cents" → "Amount"; an unknown column is shown as stored.
QString auditFieldTitle(const QString &field);

} // namespace fd
