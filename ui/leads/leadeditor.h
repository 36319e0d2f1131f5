#pragma once

#include "domain/lead.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace fd {

class Database;

// Captures or edits a lead: contact data, source and campaign, status (a reason when
// disqualified). Possible duplicates (查重) are listed live with why they matched.
class LeadEditor final : public QDialog
{
    Q_OBJECT

public:
    LeadEditor(Database &db, const Lead &lead, QWidget *parent = nullptr);

    // Saves through LeadRepository on OK; validation errors are shown, the dialog stays.
    void accept() override;
    const Lead &lead() const { return m_lead; }

private:
    void checkDuplicates();

public:
    // Runs a pending duplicate search at once (tests, and before saving).
    void flushDuplicateCheck();

private:
    Database &m_db;
    Lead m_lead;
    QLineEdit *m_name;
    QLineEdit *m_company;
    QLineEdit *m_title;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_source;
    QComboBox *m_campaign;
    QComboBox *m_status;
    QLineEdit *m_reason;
    QPlainTextEdit *m_notes;
    QLabel *m_dupLabel;
    QListWidget *m_duplicates;
    QTimer *m_debounce; // one duplicate search per pause in typing, not per key
};

} // namespace fd
