#pragma once

#include "widgets/formdialog.h"

#include "domain/organization.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace fd {

class Database;

// Adding or editing a person on the People & teams page: name, login, role, team,
// e-mail, phone; when adding on SQLite also the first password (twice); when editing,
// whether they are active (deactivating, never deleting). Saved through PeopleService,
// so who may and the last-administrator rule hold here as in the CLI; refusals are shown
// at the field they concern.
class UserDialog final : public FormDialog
{
    Q_OBJECT

public:
    // userId 0 = add a new person.
    UserDialog(Database &db, qint64 userId, QWidget *parent = nullptr);
    // The person saved (id filled in after adding).
    const User &user() const { return m_user; }

protected:
    void save() override;

private:
    Database &m_db;
    User m_user;
    QLineEdit *m_name;
    QLineEdit *m_login;
    QComboBox *m_role;
    QComboBox *m_team;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
};

// A new password for a person (SQLite): twice, at least password::kMinLength characters.
// Their remembered desktops are signed out.
class PasswordDialog final : public FormDialog
{
    Q_OBJECT

public:
    PasswordDialog(Database &db, const User &user, QWidget *parent = nullptr);

protected:
    void save() override;

private:
    Database &m_db;
    qint64 m_userId;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
};

} // namespace fd
