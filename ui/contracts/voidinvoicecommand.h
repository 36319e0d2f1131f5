#pragma once

#include "storededitcommand.h"

#include <QtGlobal>

namespace fd {

// An invoice marked void: undo issues it again, redo voids it again. The invoice stays on
// file either way, as voiding never deletes.
class VoidInvoiceCommand final : public StoredEditCommand
{
public:
    // The invoice was voided already; `number` names it in Edit → Undo.
    VoidInvoiceCommand(Database &db, qint64 invoiceId, const QString &number, Done done);

protected:
    void doUndo(Database &db) override;
    void doRedo(Database &db) override;

private:
    qint64 m_invoiceId;
};

} // namespace fd
