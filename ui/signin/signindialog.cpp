#include "signindialog.h"

#include "rememberedsignin.h"
#include "widgets/errorlabel.h"

#include "auth/signin.h"
#include "domain/errors.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

SignInDialog::SignInDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_intro(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me on this desktop"), this))
    , m_error(newErrorLabel(this))
    , m_note(new QLabel(this))
    , m_signIn(nullptr)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to FunnelDesk"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("This desktop account keeps your login and a random token for 30 days, never your "
                              "password. Signing out here, a new password or a deactivation ends it."));
    m_error->setObjectName(QStringLiteral("error"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Sign in to work on\n%1").arg(QDir::toNativeSeparators(db.location())));
    m_note->setObjectName(QStringLiteral("fileProtectionNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setText(tr("Signing in records who makes each change. It is a check FunnelDesk makes on this desktop: "
                       "a database file on a shared disk is protected only by the file's permissions, and anyone "
                       "who can write the file can change it with other tools. A team database on a PostgreSQL "
                       "server enforces the rules itself."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("&Sign In"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    connect(m_login, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    updateButton();
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    if (!login.isEmpty())
        m_password->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::updateButton()
{
    m_signIn->setEnabled(!m_login->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::accept()
{
    m_error->hide();
    try {
        SignIn signIn(m_db);
        const User user = signIn.signIn(m_login->text(), m_password->text());
        if (m_remember->isChecked())
            RememberedSignIn::store(m_db, {user.login, signIn.remember(RememberedSignIn::desktopName())});
        else
            RememberedSignIn::clear(m_db);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace fd
