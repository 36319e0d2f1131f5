#pragma once

#include "widgets/formdialog.h"

class QLabel;
class QLineEdit;

namespace fd {

class Database;

// The first start of a database with nobody who can sign in (a new, non-demo file):
// "create the administrator" — name, login and password (twice). Accepted = the
// administrator exists and is signed in; they then add the others in Settings → People &
// teams. "Later" leaves the database open with nobody signed in (changes record nobody).
class CreateAdministratorDialog final : public FormDialog
{
    Q_OBJECT

public:
    explicit CreateAdministratorDialog(Database &db, QWidget *parent = nullptr);

protected:
    void save() override;

private:
    Database &m_db;
    QLineEdit *m_name;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
};

} // namespace fd
