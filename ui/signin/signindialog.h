#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fd {

class Database;

// Signing in to an embedded SQLite database that has people: login, password and
// "Remember me on this desktop" (RememberedSignIn: the login and a token, never the
// password). Says plainly that the check is FunnelDesk's own and that a file on a shared
// disk is protected only by its file permissions. Accepted = signed in: the database's
// acting user is set. A wrong password keeps the dialog open with the reason.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Database &db, QWidget *parent = nullptr);

    // Prefills the login (e.g. after "Switch user", the one who signed out is not).
    void setLogin(const QString &login);
    // The reason the last attempt failed; empty when none.
    QString errorText() const;

    void accept() override;

private:
    void updateButton();

    Database &m_db;
    QLabel *m_intro;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QLabel *m_note;
    QPushButton *m_signIn;
};

} // namespace fd
