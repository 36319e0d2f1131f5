#pragma once

#include "storage/viewer.h"

#include <QString>

class QAction;
class QWidget;

namespace fd {

class Database;
class FormDialog;

// How the GUI follows the signed-in person's role (storage/viewer.h has the rules; the core
// refuses what they forbid, so this only says so before anyone tries): what the role may not
// do is disabled with a tooltip saying why, a record outside the person's write scope opens
// read-only with a banner, and on a SQLite file a note says the scoping is FunnelDesk's own.
namespace rolepolicy {

// What the role may do beyond the per-record write scope.
enum class Action {
    EditStages,   // pipelines, stages, checklists, lost reasons (administrators)
    EditCatalog,  // products, their prices and costs (administrators)
    EditTargets,  // targets and their splits (managers and administrators)
    MoveDeals,    // move, win, lose, add deals (everyone but finance)
    ReassignDeal, // give a record to someone else (managers and administrators)
    RecordMoney,  // invoices, receipts, write-offs (finance and administrators)
};

// Whether the acting user of `db` may; when not, why (translated), else empty.
QString whyNot(Database &db, Action action);
QString whyNot(const Viewer &viewer, Action action);

// Enables `widget` / `action` when `why` is empty; else disables it with `why` as tooltip.
void gate(QWidget *widget, const QString &why);
void gate(QAction *action, const QString &why);

// Opens `dialog` read-only (FormDialog::setReadOnly) with the reason when the acting user
// may not change record `id` of `kind` (a new record, id 0, is never limited). Returns
// whether it did.
bool limitEditor(FormDialog &dialog, Database &db, RecordType kind, qint64 id);
// The banner of a record outside the write scope (translated).
QString readOnlyReason(const Viewer &viewer, RecordType kind);

// On a SQLite file, for a person the rules restrict: says honestly that FunnelDesk applies
// the scoping itself and cannot enforce it there. Empty otherwise.
QString sqliteScopingNote(Database &db);

} // namespace rolepolicy
} // namespace fd
