#pragma once

#include "domain/lead.h"
#include "widgets/formdialog.h"

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
// Refused input shows at the field it concerns and the dialog stays open (FormDialog).
class LeadEditor final : public FormDialog
{
    Q_OBJECT

public:
    LeadEditor(Database &db, const Lead &lead, QWidget *parent = nullptr);

    const Lead &lead() const { return m_lead; }
    // Runs a pending duplicate search at once (tests, and before saving).
    void flushDuplicateCheck();

private:
    // Saves through LeadRepository on OK.
    void save() override;
    void checkDuplicates();

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
