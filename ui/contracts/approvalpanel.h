#pragma once

#include "domain/contract.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace fd {

class Database;

// A contract's approval in its editor: the status (read only), Submit / Approve / Reject
// enabled by what the signed-in user may do (ContractApproval::whyNot as the tooltip when
// disabled), and the history of steps with who, when and the comment. A refused step's
// message shows under the buttons. Emits changed() after each step taken.
class ApprovalPanel final : public QWidget
{
    Q_OBJECT

public:
    ApprovalPanel(Database &db, qint64 contractId, QWidget *parent = nullptr);

    QPushButton *submitButton() const { return m_submit; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QListWidget *historyList() const { return m_history; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }

    // The steps, also what the buttons do (Reject asks for the comment first).
    void submit();
    void approve();
    void reject(const QString &comment);
    // Reads the status, the history and what the user may do again.
    void refresh();

signals:
    void changed();

private:
    template<typename F>
    void take(F step);

    Database &m_db;
    qint64 m_contractId;
    QLabel *m_status;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_error;
    QListWidget *m_history;
};

} // namespace fd
