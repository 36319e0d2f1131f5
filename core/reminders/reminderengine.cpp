#include "reminderengine.h"

#include "analytics/receivables.h"
#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace fd {

QString Reminder::text() const
{
    const QLocale locale;
    const QString about = related.isEmpty() ? title : Reminders::tr("%1 (%2)").arg(title, related);
    switch (kind) {
    case ReminderKind::Task:
        return Reminders::tr("Follow up: %1, due %2")
            .arg(about, locale.toString(dueAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    case ReminderKind::InstalmentOverdue:
        return Reminders::tr("%1: %2 overdue by %n day(s)", nullptr, daysPastDue)
            .arg(about, money::format(amountCents, currency, locale));
    case ReminderKind::InstalmentDueSoon:
        return Reminders::tr("%1: %2 due on %3")
            .arg(about, money::format(amountCents, currency, locale), at.date().toString(Qt::ISODate));
    }
    return about;
}

QList<Reminder> ReminderEngine::due(qint64 userId)
{
    const QDateTime now = m_db.clock().now();
    QList<Reminder> all = taskReminders(userId, now) + instalmentReminders(userId, now.date());

    // What the person did with them: done stays done, a snooze lasts until its end.
    SqlQuery states(m_db, QStringLiteral("SELECT reminder_key, acknowledged_at, snoozed_until FROM reminder_states "
                                         "WHERE user_id = ?"));
    states.add(userId).exec();
    QSet<QString> hidden;
    const QString nowText = isotime::toStored(now);
    while (states.next()) {
        const bool done = !states.value(1).isNull();
        const bool snoozed = !states.value(2).isNull() && states.value(2).toString() > nowText;
        if (done || snoozed)
            hidden.insert(states.value(0).toString());
    }
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Reminder &r) { return hidden.contains(r.key); }),
              all.end());
    std::sort(all.begin(), all.end(),
              [](const Reminder &a, const Reminder &b) { return a.at != b.at ? a.at < b.at : a.key < b.key; });
    return all;
}

QList<Reminder> ReminderEngine::taskReminders(qint64 userId, const QDateTime &now)
{
    // Stored times are ISO UTC text of one form, so they compare as text on both dialects.
    SqlQuery q(m_db,
               QStringLiteral("SELECT t.id, t.title, t.remind_at, t.due_at, COALESCE(o.title, c.name, l.name, ''), "
                              "t.opportunity_id, t.customer_id, t.lead_id FROM followup_tasks t "
                              "LEFT JOIN opportunities o ON o.id = t.opportunity_id "
                              "LEFT JOIN customers c ON c.id = t.customer_id "
                              "LEFT JOIN leads l ON l.id = t.lead_id "
                              "WHERE t.user_id = ? AND t.done = 0 AND t.remind_at IS NOT NULL AND t.remind_at <= ?"));
    q.add(userId).add(isotime::toStored(now)).exec();
    QList<Reminder> out;
    while (q.next()) {
        Reminder r;
        r.kind = ReminderKind::Task;
        r.itemId = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.key = QStringLiteral("task:%1@%2").arg(r.itemId).arg(q.value(2).toString());
        r.at = rows::timestamp(q.value(2));
        r.dueAt = rows::timestamp(q.value(3));
        r.related = q.value(4).toString();
        r.opportunityId = rows::id(q.value(5));
        r.customerId = rows::id(q.value(6));
        r.leadId = rows::id(q.value(7));
        out.append(r);
    }
    return out;
}

QList<Reminder> ReminderEngine::instalmentReminders(qint64 userId, const QDate &today)
{
    SqlQuery role(m_db, QStringLiteral("SELECT role FROM users WHERE id = ?"));
    role.add(userId);
    const bool finance = role.scalar().toString() == QLatin1String("finance");
    // Their contracts: owned by them, or of a deal they own.
    QSet<qint64> theirs;
    if (!finance) {
        SqlQuery q(m_db, QStringLiteral("SELECT k.id FROM contracts k LEFT JOIN opportunities o ON o.id = "
                                        "k.opportunity_id WHERE k.owner_id = ? OR o.owner_id = ?"));
        q.add(userId).add(userId).exec();
        while (q.next())
            theirs.insert(q.value(0).toLongLong());
        if (theirs.isEmpty())
            return {};
    }
    const ReceivablesReport report = computeReceivables(m_db, today);
    QList<Reminder> out;
    for (const InstalmentBalance &in : report.instalments) {
        if (in.outstanding <= 0 || in.daysPastDue < -kDueSoonDays || (!finance && !theirs.contains(in.contractId)))
            continue;
        Reminder r;
        r.kind = in.daysPastDue > 0 ? ReminderKind::InstalmentOverdue : ReminderKind::InstalmentDueSoon;
        r.itemId = in.instalmentId;
        r.key = QStringLiteral("instalment:%1:%2")
                    .arg(in.instalmentId)
                    .arg(r.kind == ReminderKind::InstalmentOverdue ? QStringLiteral("overdue")
                                                                   : QStringLiteral("soon"));
        r.title = Reminders::tr("%1 · instalment %2").arg(in.contractNumber).arg(in.seq);
        r.related = in.customerName;
        r.at = QDateTime(in.due, QTime(0, 0), Qt::UTC);
        r.amountCents = in.outstanding;
        r.currency = in.currency;
        r.daysPastDue = in.daysPastDue;
        r.contractId = in.contractId;
        r.customerId = in.customerId;
        out.append(r);
    }
    return out;
}

void ReminderEngine::acknowledge(qint64 userId, const QString &key)
{
    store(userId, key, isotime::toStored(m_db.clock().now()), QString());
}

void ReminderEngine::snooze(qint64 userId, const QString &key, const QDateTime &until)
{
    store(userId, key, QString(), isotime::toStored(until.toUTC()));
}

void ReminderEngine::store(qint64 userId, const QString &key, const QString &acknowledgedAt,
                           const QString &snoozedUntil)
{
    // One row per person and reminder, replaced by the latest choice.
    SqlQuery q(m_db, QStringLiteral("INSERT INTO reminder_states (user_id, reminder_key, acknowledged_at, "
                                    "snoozed_until, updated_at) VALUES (?, ?, ?, ?, ?) "
                                    "ON CONFLICT (user_id, reminder_key) DO UPDATE SET acknowledged_at = "
                                    "excluded.acknowledged_at, snoozed_until = excluded.snoozed_until, "
                                    "updated_at = excluded.updated_at"));
    q.add(userId)
        .add(key)
        .add(nullableText(acknowledgedAt))
        .add(nullableText(snoozedUntil))
        .add(isotime::toStored(m_db.clock().now()))
        .exec();
}

} // namespace fd
