#pragma once

#include <QString>

namespace fd {

class Database;

// Office-wide import settings, stored in the database's `settings` table (shared by
// everyone working on the file; Settings ▸ General edits them).
namespace importdefaults {

// The reason a lost deal gets when the imported row has none (old CRMs never asked for
// one): the stored setting, or builtInLostReason() when unset.
QString lostReason(Database &db);
// "未注明" / "Not recorded" in the user's language: the reason when nothing is set.
QString builtInLostReason();
// Stores the reason (trimmed; empty goes back to the built-in one), audited.
// Throws ValidationError when longer than 500 characters (a deal's lost reason).
void setLostReason(Database &db, const QString &reason);
// The settings key ("import.default_lost_reason").
QString lostReasonKey();

} // namespace importdefaults
} // namespace fd
