#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace fd {

class Database;

// An open follow-up task whose due time has passed, with the names the dashboard shows.
struct OverdueTask
{
    qint64 id = 0;
    QString title;
    QDateTime dueAt;
    QString relatedName; // opportunity title, else customer name, else lead name; empty when unlinked
    QString ownerName;
};

// Open tasks with due_at before the database clock's now, oldest first (ties by id).
QList<OverdueTask> overdueTasks(Database &db);

} // namespace fd
