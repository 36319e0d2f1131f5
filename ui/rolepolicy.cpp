#include "rolepolicy.h"

#include "widgets/formdialog.h"

#include "auth/roletitles.h"
#include "domain/errors.h"
#include "storage/database.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace fd::rolepolicy {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fd::rolepolicy", text);
}
} // namespace

QString whyNot(const Viewer &viewer, Action action)
{
    if (!viewer.isRestricted())
        return {};
    const UserRole role = viewer.role();
    switch (action) {
    case Action::EditStages:
        return tr("Only an administrator may edit pipelines, stages, checklists and lost reasons.");
    case Action::EditCatalog:
        return tr("Only an administrator may edit the products, their prices and costs.");
    case Action::EditTargets:
        return role == UserRole::Manager ? QString() : tr("Only a manager or an administrator may set targets.");
    case Action::MoveDeals:
        return role == UserRole::Finance
                   ? tr("Finance reads the deals; moving, winning and adding them is for sales and administrators.")
                   : QString();
    case Action::ReassignDeal:
        return viewer.mayReassign() ? QString()
                                    : tr("Only a manager or an administrator may give a record to someone else.");
    case Action::RecordMoney:
        return viewer.mayHandleMoney() ? QString()
                                       : tr("Only finance or an administrator records invoices, receipts and "
                                            "write-offs.");
    }
    return {};
}

QString whyNot(Database &db, Action action)
{
    try {
        return whyNot(Viewer::of(db), action);
    } catch (const Error &e) {
        return e.message();
    }
}

void gate(QWidget *widget, const QString &why)
{
    widget->setEnabled(why.isEmpty());
    widget->setToolTip(why);
}

void gate(QAction *action, const QString &why)
{
    action->setEnabled(why.isEmpty());
    action->setToolTip(why);
}

QString readOnlyReason(const Viewer &viewer, RecordType kind)
{
    return tr("Read only: this %1 is outside what you may change as %2. Its owner, their manager or an "
              "administrator can change it.")
        .arg(recordTitle(kind), roleTitle(viewer.role()));
}

bool limitEditor(FormDialog &dialog, Database &db, RecordType kind, qint64 id)
{
    if (!id)
        return false;
    try {
        const Viewer viewer = Viewer::of(db);
        if (viewer.canWrite(db, kind, id))
            return false;
        dialog.setReadOnly(readOnlyReason(viewer, kind));
    } catch (const Error &e) {
        dialog.setReadOnly(e.message());
    }
    return true;
}

QString sqliteScopingNote(Database &db)
{
    if (db.dialect().kind() != Dialect::Kind::Sqlite)
        return {};
    try {
        if (!Viewer::of(db).isRestricted())
            return {};
    } catch (const Error &) {
        return {};
    }
    return tr("You see what your role lets you see. On this SQLite file FunnelDesk applies that itself: it "
              "cannot be enforced here, and anyone who can open the file with another program sees and changes "
              "everything. A team database on PostgreSQL enforces it on the server.");
}

} // namespace fd::rolepolicy
