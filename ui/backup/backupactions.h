#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace fd {

class Session;
struct BackupFileInfo;

// File → Back up… and File → Restore… (they retranslate themselves). Back up writes a copy of
// the open database (backupservice: the SQLite backup API, or pg_dump for a team database)
// off the GUI thread with a progress dialog. Restore reads the chosen file first (refusing a
// newer schema or a file that is no FunnelDesk backup), asks, closes the database, replaces
// it (the replaced data kept as a copy), reopens it and says where the copy is.
class BackupActions final : public QObject
{
    Q_OBJECT

public:
    BackupActions(Session &session, QWidget *window);

    QAction *backUpAction() const { return m_backUp; }
    QAction *restoreAction() const { return m_restore; }

    // The question restore asks before replacing `target` with `file` (for tests too).
    static QString confirmationText(const QString &target, const QString &file, const BackupFileInfo &info);

    // Asks for a file and backs up / restores the open database (the actions' slots).
    void backUp();
    void restore();
    // Restores `file` into the open database after the confirmation, without the file dialog
    // (File → Restore… after its choice; tests call it directly). True when restored.
    bool restoreFrom(const QString &file);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    Session &m_session;
    QWidget *m_window;
    QAction *m_backUp;
    QAction *m_restore;
};

} // namespace fd
