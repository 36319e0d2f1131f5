#pragma once

#include "domain/activity.h"

#include <QDateTime>
#include <QList>

namespace fd {

class Database;

// Which activities or tasks to list. Unset members do not filter; set links are ANDed.
struct ActivityFilter
{
    qint64 userId = 0;
    qint64 customerId = 0;
    qint64 opportunityId = 0;
    qint64 leadId = 0;
    QDateTime from; // occurred_at / due_at ≥ from
    QDateTime to;   // occurred_at / due_at < to
    int limit = 0;  // 0 = no limit
};

// Activities (跟进/拜访: calls, visits, meetings, proposals, e-mails) and follow-up tasks.
// Logging an activity on a lead also moves the lead's last_followup_at forward.
class ActivityRepository final
{
public:
    explicit ActivityRepository(Database &db)
        : m_db(db)
    {
    }

    // Validates and inserts an activity; fills in id and createdAt. Throws ValidationError.
    qint64 log(Activity &activity);
    // One activity. Throws NotFoundError.
    Activity activity(qint64 id);
    // Activities matching the filter, newest first.
    QList<Activity> activities(const ActivityFilter &filter);
    QList<Activity> forCustomer(qint64 customerId) { return activities({0, customerId, 0, 0, {}, {}, 0}); }
    QList<Activity> forOpportunity(qint64 oppId) { return activities({0, 0, oppId, 0, {}, {}, 0}); }
    QList<Activity> forLead(qint64 leadId) { return activities({0, 0, 0, leadId, {}, {}, 0}); }
    QList<Activity> forUser(qint64 userId) { return activities({userId, 0, 0, 0, {}, {}, 0}); }

    // Validates and inserts a follow-up task; fills in id and createdAt.
    qint64 addTask(FollowUpTask &task);
    // One task. Throws NotFoundError.
    FollowUpTask task(qint64 id);
    // Open tasks matching the filter, earliest due first.
    QList<FollowUpTask> openTasks(const ActivityFilter &filter);
    // Open tasks of a user whose due time has passed (by the database clock), earliest first.
    QList<FollowUpTask> overdueTasks(qint64 userId);
    // Marks a task done at the clock's time (or open again with done = false).
    void setTaskDone(qint64 id, bool done = true);

    // Validation shared by the writes; throw ValidationError.
    void validate(const Activity &activity);
    void validate(const FollowUpTask &task);

private:
    QList<FollowUpTask> queryTasks(const QString &where, const QVariantList &binds, int limit);

    Database &m_db;
};

} // namespace fd
