#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace fd {

enum class ActivityKind { Call, Visit, Meeting, Proposal, Email };

QString toString(ActivityKind kind);
bool parseActivityKind(const QString &text, ActivityKind *kind);

// A logged call, visit, meeting, proposal or email (跟进/拜访).
struct Activity
{
    qint64 id = 0;
    ActivityKind kind = ActivityKind::Call;
    QString subject;
    QDateTime occurredAt;
    std::optional<int> durationMinutes;
    QString outcome;
    QString notes;
    qint64 userId = 0;
    qint64 leadId = 0;
    qint64 customerId = 0;
    qint64 contactId = 0;
    qint64 opportunityId = 0;
    QDateTime createdAt;
};

// A follow-up task with a due time and an optional reminder.
struct FollowUpTask
{
    qint64 id = 0;
    QString title;
    QDateTime dueAt;
    QDateTime remindAt;
    bool done = false;
    QDateTime doneAt;
    qint64 userId = 0;
    qint64 leadId = 0;
    qint64 customerId = 0;
    qint64 opportunityId = 0;
    qint64 activityId = 0;
    QDateTime createdAt;
};

} // namespace fd
