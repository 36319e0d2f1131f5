#pragma once

#include "domain/customer.h"
#include "widgets/formdialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace fd {

class Database;

// Creates or edits a customer with its contacts. Refused input is shown at the field it
// concerns (FormDialog); a contact's problem marks its cell and is listed above the contact
// table; nothing is stored then. A save over someone else's newer version is refused
// with a clear message.
class CustomerEditor final : public FormDialog
{
    Q_OBJECT

public:
    // customerId 0 = a new customer.
    CustomerEditor(Database &db, qint64 customerId, QWidget *parent = nullptr);

    // The saved customer's id (0 until a new customer is saved).
    qint64 customerId() const { return m_loaded.id; }
    // errorText(field): a customer field ("name", "email", …), "contacts" or "general".
    // Appends an empty contact row (the Add contact button).
    void addContactRow();

private:
    void setContactRow(int row, const Contact &c);
    QList<Contact> collectContacts() const;
    // Validates everything first (so every problem shows at once), then stores the
    // customer and its contact changes together.
    void save() override;
    void store(Customer &c, const QList<Contact> &contacts);
    QList<FieldError> showUnclaimed(const QList<FieldError> &errors) override;
    void clearUnclaimed() override;

    Database &m_db;
    Customer m_loaded;
    QLineEdit *m_name;
    QLineEdit *m_industry;
    QComboBox *m_size;
    QComboBox *m_region;
    QComboBox *m_owner;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_address;
    QLineEdit *m_website;
    QLineEdit *m_source;
    QPlainTextEdit *m_notes;
    QTableWidget *m_contacts;
    QLabel *m_contactError = nullptr;
};

} // namespace fd
