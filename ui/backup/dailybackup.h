#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace fd {

class Session;

// The desktop's daily automatic backup: whenever the session opens a SQLite file, a worker
// thread at idle priority (its own connection) writes that day's backup to the data folder unless one was
// already made today, and prunes the oldest beyond the office's number (BackupRotation).
// Created by the application, not by the main window, so that tests opening windows on
// temporary files leave the data folder alone. A failure is only logged: it never stops work.
class DailyBackup final : public QObject
{
    Q_OBJECT

public:
    explicit DailyBackup(Session &session, QObject *parent = nullptr);
    ~DailyBackup() override;

private:
    void databaseChanged();

    Session &m_session;
    QList<QPointer<QThread>> m_threads; // backups under way
};

} // namespace fd
