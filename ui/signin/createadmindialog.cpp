#include "createadmindialog.h"

#include "auth/peopleservice.h"
#include "auth/signin.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fd {

CreateAdministratorDialog::CreateAdministratorDialog(Database &db, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_login(new QLineEdit(QStringLiteral("admin"), this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
{
    setObjectName(QStringLiteral("createAdministratorDialog"));
    setWindowTitle(tr("Create the Administrator"));
    m_name->setObjectName(QStringLiteral("displayName"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);

    auto *intro = new QLabel(tr("Nobody can sign in to this database yet. Create its administrator: the person who "
                                "adds the others (Settings → People & teams), sets their roles and teams, and "
                                "resets forgotten passwords."),
                             this);
    intro->setWordWrap(true);
    addWide(intro);
    addField(tr("Name:"), m_name, QStringLiteral("display_name"));
    addField(tr("Login:"), m_login, QStringLiteral("login"));
    addField(tr("Password:"), m_password, QStringLiteral("password"));
    addField(tr("Password again:"), m_confirm, QStringLiteral("password_confirm"));
    auto *note = new QLabel(tr("The password is stored only as a salted Argon2id hash. The database file itself is "
                               "protected only by its file permissions: keep it where only the office can reach it."),
                            this);
    note->setObjectName(QStringLiteral("fileProtectionNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    addWide(note);
    if (auto *buttons = findChild<QDialogButtonBox *>()) {
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create and Sign In"));
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    }
    setMinimumWidth(460);
    m_name->setFocus();
}

void CreateAdministratorDialog::save()
{
    if (m_password->text() != m_confirm->text())
        throw ValidationError(FieldError{QStringLiteral("user"), QStringLiteral("password_confirm"), QString(),
                                         tr("does not match the password")});
    User admin;
    admin.login = m_login->text().trimmed();
    admin.displayName = m_name->text().trimmed();
    admin.role = UserRole::Admin;
    Transaction tx(m_db);
    PeopleService(m_db).addUser(admin, m_password->text());
    SignIn(m_db).signIn(admin.login, m_password->text());
    tx.commit();
}

} // namespace fd
