#pragma once

#include "storage/database.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace fd {

// File → Open Team Database…: where the office's PostgreSQL database is and who logs in.
// Everything but the password is remembered (QSettings "teamDatabase/…") for next time.
class TeamDatabaseDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TeamDatabaseDialog(QWidget *parent = nullptr);

    // What the fields say (host, port, database, user, password, schema; trimmed).
    PostgresParams params() const;
    // Fills the fields (the password too, when given).
    void setParams(const PostgresParams &params);
    // Remembers the fields without the password; call after the database opened.
    void remember() const;
    // Empties the password field (after a refused login) and puts the cursor there.
    void clearPassword();

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    void updateOk();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_schema;
    QDialogButtonBox *m_buttons;
};

} // namespace fd
