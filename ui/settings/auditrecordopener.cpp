#include "auditrecordopener.h"

#include "contracts/contracteditor.h"
#include "customers/customereditor.h"
#include "leads/leadeditor.h"
#include "opportunity/dealstore.h"
#include "opportunity/opportunityeditor.h"

#include "domain/errors.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/leadrepository.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QUndoStack>

namespace fd {

bool hasRecordEditor(const QString &entity)
{
    static const QStringList kinds = {QStringLiteral("opportunity"), QStringLiteral("customer"),
                                      QStringLiteral("contact"), QStringLiteral("lead"), QStringLiteral("contract")};
    return kinds.contains(entity);
}

bool openAuditedRecord(Database &db, const QString &entity, qint64 id, QWidget *parent)
{
    if (!hasRecordEditor(entity) || id <= 0)
        return false;
    try {
        if (entity == QLatin1String("opportunity")) {
            DealStore store(db);
            QUndoStack undo; // the edit is saved when accepted; undone from the deal's own page
            OpportunityEditor editor(store, undo, id, 0, 0, parent);
            return editor.exec() == QDialog::Accepted;
        }
        if (entity == QLatin1String("customer") || entity == QLatin1String("contact")) {
            const qint64 customer = entity == QLatin1String("customer") ? id
                                                                        : CustomerRepository(db).contact(id).customerId;
            CustomerEditor editor(db, customer, parent);
            return editor.exec() == QDialog::Accepted;
        }
        if (entity == QLatin1String("lead")) {
            LeadEditor editor(db, LeadRepository(db).get(id), parent);
            return editor.exec() == QDialog::Accepted;
        }
        ContractEditor editor(db, id, parent);
        return editor.exec() == QDialog::Accepted;
    } catch (const NotFoundError &) {
        QMessageBox::information(parent, QCoreApplication::translate("AuditLogPage", "Audit log"),
                                 QCoreApplication::translate("AuditLogPage", "This record no longer exists."));
    } catch (const Error &e) {
        QMessageBox::warning(parent, QCoreApplication::translate("AuditLogPage", "Audit log"), e.message());
    }
    return false;
}

} // namespace fd
