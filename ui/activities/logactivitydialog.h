#pragma once

#include "domain/activity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace fd {

class Database;

// Logs a call, visit, meeting, proposal or e-mail against a lead or an opportunity, with
// its outcome and, optionally, the next follow-up date (which becomes a follow-up task) with
// a reminder time (the task's remind_at: its assignee is reminded then, ReminderEngine).
// The activity and the task are stored together or not at all.
class LogActivityDialog final : public QDialog
{
    Q_OBJECT

public:
    // link carries leadId or opportunityId (and customerId when known); userId is who logs.
    LogActivityDialog(Database &db, const Activity &link, qint64 userId, QWidget *parent = nullptr);

    // Stores the activity (and task); on errors the dialog stays open and says why.
    void accept() override;
    // Test hooks: pick the kind, the outcome and the follow-up date (invalid = no task).
    void setValues(ActivityKind kind, const QString &subject, const QString &outcome, const QDate &followUp);
    // Test hook: the follow-up task's reminder time (invalid = no reminder).
    void setReminder(const QDateTime &at);
    // The error shown, empty when none.
    QString errorText() const;

private:
    Database &m_db;
    Activity m_link;
    qint64 m_userId;
    QComboBox *m_kind;
    QLineEdit *m_subject;
    QLineEdit *m_outcome;
    QCheckBox *m_followUp;
    QDateEdit *m_due;
    QCheckBox *m_remind;
    QDateTimeEdit *m_remindAt;
    QLabel *m_error;
};

} // namespace fd
