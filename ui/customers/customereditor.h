#pragma once

#include "domain/customer.h"
#include "domain/errors.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace fd {

class Database;

// Creates or edits a customer with its contacts. Refused input is shown next to the
// field it concerns (contact problems above the contact table); nothing is stored then.
// A save over someone else's newer version is refused with a clear message.
class CustomerEditor final : public QDialog
{
    Q_OBJECT

public:
    // customerId 0 = a new customer.
    CustomerEditor(Database &db, qint64 customerId, QWidget *parent = nullptr);

    // Saves through CustomerRepository; on errors the dialog stays open and shows them.
    void accept() override;
    // The saved customer's id (0 until a new customer is saved).
    qint64 customerId() const { return m_loaded.id; }
    // The error text shown for a customer field ("name", "email", …) or "contacts"/"general".
    QString errorText(const QString &field) const;
    // Appends an empty contact row (the Add contact button).
    void addContactRow();

private:
    void setContactRow(int row, const Contact &c);
    QList<Contact> collectContacts() const;
    void clearErrors();
    void showErrors(const QList<FieldError> &errors);
    void save(Customer &c, const QList<Contact> &contacts);

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
    QLabel *m_contactError;
    QLabel *m_generalError;
    QHash<QString, QLabel *> m_errors;
};

} // namespace fd
