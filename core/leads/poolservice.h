#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>

namespace fd {

class Database;

// The public pool (公海池): leads with no owner. Reps claim, managers assign (by hand or
// round-robin over the active reps of a team), and leads nobody followed up within
// N days (setting kReturnDaysKey) go back. Every owner change is audited. On a PostgreSQL
// team database claim and assign go through the server's fd_set_lead_owner (migration
// 0006): a rep takes pool leads for themselves only, a manager gives within their team(s),
// an admin to anyone; anything else is refused (PermissionError).
class PoolService final
{
public:
    explicit PoolService(Database &db)
        : m_db(db)
    {
    }

    // Setting: days without follow-up before a lead returns to the pool (default 7).
    static constexpr const char *kReturnDaysKey = "pool.return_days";
    static constexpr int kDefaultReturnDays = 7;

    // The configured number of days (≥ 1).
    int returnDays();
    // The acting user (or `userId`) takes a pool lead. ConflictError when already owned.
    void claim(qint64 leadId, qint64 userId = 0);
    // A manager gives a lead (pooled or not) to an active user. ValidationError otherwise.
    void assign(qint64 leadId, qint64 userId);
    // Deals the leads out in turn to the active reps of the team, continuing where the
    // last round stopped. Returns (lead, rep) pairs. ValidationError when the team has no rep.
    QList<QPair<qint64, qint64>> assignRoundRobin(const QList<qint64> &leadIds, qint64 teamId);
    // Returns to the pool every owned, open lead whose latest follow-up (or assignment)
    // is more than returnDays() before asOf (invalid = the database clock's now).
    // One transaction, one 'pool_return' audit row per lead. Returns the lead ids.
    QList<qint64> returnStale(const QDateTime &asOf = {});

private:
    void setOwner(qint64 leadId, qint64 userId, bool mustBePooled);

    Database &m_db;
};

} // namespace fd
