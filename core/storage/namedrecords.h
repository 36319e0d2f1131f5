#pragma once

#include <QList>
#include <QString>

namespace fd {

class Database;

// The records a user names on the command line (--pipeline, --owner, …): by id or by name.
enum class NamedRecord { Pipeline, User, Team, Region, ProductLine };

// Ids of the `kind` rows that `text` names, ascending: the row with that id when the text
// is a whole number, else every row whose name equals it exactly (users: the login or the
// display name). Empty when nothing matches; the caller decides what more than one means.
// Throws StorageError.
QList<qint64> idsNamed(Database &db, NamedRecord kind, const QString &text);

} // namespace fd
