#pragma once

#include <QtGlobal>

namespace fd {

class Database;

// How many records a reassignment moved.
struct ReassignResult
{
    int customers = 0;
    int leads = 0;         // every lead not yet converted
    int opportunities = 0; // open and on-hold deals
    int tasks = 0;         // follow-up tasks not done
};

// 离职交接: moves everything a leaving rep holds to another rep in one transaction,
// one 'reassign' audit row per record. Throws ValidationError (same user, unknown or
// inactive successor) with nothing changed. On a PostgreSQL team database the move is
// made by the server's fd_reassign_on_leave (migration 0006), which refuses (PermissionError)
// unless the signed-in user is an admin, or the manager of both people.
ReassignResult reassignOnLeave(Database &db, qint64 fromUserId, qint64 toUserId);

} // namespace fd
