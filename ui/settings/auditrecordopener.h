#pragma once

#include <QString>

class QWidget;

namespace fd {

class Database;

// Opens an audited record in its editor (a deal, customer, contact — its customer's editor —,
// lead or contract), modal over `parent`. Returns true when the editor saved a change; false
// when it was cancelled, the record no longer exists (a message says so) or the kind has no
// editor.
bool openAuditedRecord(Database &db, const QString &entity, qint64 id, QWidget *parent);

// Whether openAuditedRecord has an editor for this kind.
bool hasRecordEditor(const QString &entity);

} // namespace fd
