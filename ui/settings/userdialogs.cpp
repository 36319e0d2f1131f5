#include "userdialogs.h"

#include "auth/peopleservice.h"
#include "auth/roletitles.h"
#include "storage/database.h"
#include "storage/repositories/organizationrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace fd {

namespace {
QLineEdit *passwordEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

// Refuses two different entries of a new password before anything else is checked.
void requireSame(const QLineEdit *password, const QLineEdit *confirm)
{
    if (password->text() != confirm->text())
        throw ValidationError(FieldError{QStringLiteral("user"), QStringLiteral("password_confirm"), QString(),
                                         UserDialog::tr("does not match the password")});
}
} // namespace

UserDialog::UserDialog(Database &db, qint64 userId, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
{
    setObjectName(QStringLiteral("userDialog"));
    OrganizationRepository org(db);
    if (userId)
        m_user = org.user(userId);
    setWindowTitle(userId ? tr("Edit %1").arg(m_user.displayName) : tr("Add a Person"));
    m_name->setObjectName(QStringLiteral("displayName"));
    m_login->setObjectName(QStringLiteral("login"));
    m_role->setObjectName(QStringLiteral("role"));
    m_team->setObjectName(QStringLiteral("team"));
    m_email->setObjectName(QStringLiteral("email"));
    m_phone->setObjectName(QStringLiteral("phone"));
    for (UserRole role : {UserRole::Rep, UserRole::Manager, UserRole::Finance, UserRole::Admin})
        m_role->addItem(roleTitle(role), int(role));
    m_team->addItem(tr("(no team)"), qint64(0));
    for (const Team &t : org.teams())
        m_team->addItem(t.name, t.id);

    addField(tr("Name:"), m_name, QStringLiteral("display_name"));
    addField(tr("Login:"), m_login, QStringLiteral("login"));
    addField(tr("Role:"), m_role, QStringLiteral("role"));
    addField(tr("Team:"), m_team, QStringLiteral("team"));
    addField(tr("E-mail:"), m_email, QStringLiteral("email"));
    addField(tr("Phone:"), m_phone, QStringLiteral("phone"));
    if (userId) {
        m_active = new QCheckBox(tr("Active (can sign in and be assigned work)"), this);
        m_active->setObjectName(QStringLiteral("active"));
        addField(QString(), m_active, QStringLiteral("active"));
        m_name->setText(m_user.displayName);
        m_login->setText(m_user.login);
        m_role->setCurrentIndex(m_role->findData(int(m_user.role)));
        m_team->setCurrentIndex(std::max(0, m_team->findData(m_user.teamId)));
        m_email->setText(m_user.email);
        m_phone->setText(m_user.phone);
        m_active->setChecked(m_user.active);
    } else if (db.dialect().kind() == Dialect::Kind::Sqlite) {
        m_password = passwordEdit(this, "password");
        m_confirm = passwordEdit(this, "confirm");
        addField(tr("Password:"), m_password, QStringLiteral("password"));
        addField(tr("Password again:"), m_confirm, QStringLiteral("password_confirm"));
    } else {
        auto *note = new QLabel(tr("On a team database the person signs in with a PostgreSQL login of the same "
                                   "name; FunnelDesk stores no password."),
                                this);
        note->setWordWrap(true);
        addWide(note);
    }
    setMinimumWidth(420);
}

void UserDialog::save()
{
    if (m_password)
        requireSame(m_password, m_confirm);
    User u = m_user;
    u.displayName = m_name->text().trimmed();
    u.login = m_login->text().trimmed();
    u.role = UserRole(m_role->currentData().toInt());
    u.teamId = m_team->currentData().toLongLong();
    u.email = m_email->text().trimmed();
    u.phone = m_phone->text().trimmed();
    PeopleService people(m_db);
    if (u.id) {
        u.active = m_active->isChecked();
        people.editUser(u);
    } else {
        people.addUser(u, m_password ? m_password->text() : QString());
    }
    m_user = u;
}

PasswordDialog::PasswordDialog(Database &db, const User &user, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_userId(user.id)
    , m_password(passwordEdit(this, "password"))
    , m_confirm(passwordEdit(this, "confirm"))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("New Password for %1").arg(user.displayName));
    addField(tr("New password:"), m_password, QStringLiteral("password"));
    addField(tr("Password again:"), m_confirm, QStringLiteral("password_confirm"));
    auto *note = new QLabel(tr("Desktops that remember %1 will ask for the new password.").arg(user.displayName), this);
    note->setWordWrap(true);
    addWide(note);
}

void PasswordDialog::save()
{
    requireSame(m_password, m_confirm);
    PeopleService(m_db).setPassword(m_userId, m_password->text());
}

} // namespace fd
