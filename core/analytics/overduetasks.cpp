#include "overduetasks.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "storage/database.h"
#include "storage/scopefilter.h"
#include "storage/sqlquery.h"

namespace fd {

QList<OverdueTask> overdueTasks(Database &db)
{
    // One query with the names joined in: the dashboard and the notifier show them, and
    // a task per row lookup would be slow on offices with thousands of tasks.
    const SqlCondition visible = ScopeFilter::visibleTo(db).records(RecordType::Task, QStringLiteral("t"));
    SqlQuery q(db,
               QStringLiteral("SELECT t.id, t.title, t.due_at, COALESCE(o.title, c.name, l.name, ''), u.display_name"
                              " FROM followup_tasks t"
                              " JOIN users u ON u.id = t.user_id"
                              " LEFT JOIN opportunities o ON o.id = t.opportunity_id"
                              " LEFT JOIN customers c ON c.id = t.customer_id"
                              " LEFT JOIN leads l ON l.id = t.lead_id"
                              " WHERE t.done = 0 AND t.due_at < ?")
                   + visible.andAlso() + QStringLiteral(" ORDER BY t.due_at, t.id"));
    q.add(isotime::toStored(db.clock().now()));
    for (const QVariant &b : visible.binds)
        q.add(b);
    q.exec();
    QList<OverdueTask> list;
    while (q.next()) {
        OverdueTask t;
        t.id = q.value(0).toLongLong();
        t.title = q.value(1).toString();
        t.dueAt = isotime::parseTimestamp(q.value(2).toString()).value_or(QDateTime());
        t.relatedName = q.value(3).toString();
        t.ownerName = q.value(4).toString();
        list.append(t);
    }
    return list;
}

} // namespace fd
