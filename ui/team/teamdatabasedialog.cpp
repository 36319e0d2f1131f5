#include "teamdatabasedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fd {

namespace {
const char *const kGroup = "teamDatabase";
} // namespace

TeamDatabaseDialog::TeamDatabaseDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_schema(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Team Database"));
    m_port->setRange(1, 65535);
    m_password->setEchoMode(QLineEdit::Password);
    m_host->setPlaceholderText(tr("e.g. db.office.lan or 192.168.1.10"));
    m_schema->setPlaceholderText(tr("optional"));

    auto *intro = new QLabel(tr("Everyone in the office works on one PostgreSQL database. Ask your administrator "
                                "for the server, the database name and your login. The password is not saved."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("S&chema:"), m_schema);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64); // the introduction in two or three lines
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamDatabaseDialog::updateOk);

    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    PostgresParams remembered;
    remembered.host = settings.value(QStringLiteral("host"), remembered.host).toString();
    remembered.port = settings.value(QStringLiteral("port"), remembered.port).toInt();
    remembered.database = settings.value(QStringLiteral("database")).toString();
    remembered.user = settings.value(QStringLiteral("user")).toString();
    remembered.schema = settings.value(QStringLiteral("schema")).toString();
    setParams(remembered);
    // Only the password is left to type when the rest is remembered.
    if (!remembered.database.isEmpty() && !remembered.user.isEmpty())
        m_password->setFocus();
}

PostgresParams TeamDatabaseDialog::params() const
{
    PostgresParams p;
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.password = m_password->text(); // spaces may belong to a password
    p.schema = m_schema->text().trimmed();
    return p;
}

void TeamDatabaseDialog::setParams(const PostgresParams &params)
{
    m_host->setText(params.host);
    m_port->setValue(params.port);
    m_database->setText(params.database);
    m_user->setText(params.user);
    m_password->setText(params.password);
    m_schema->setText(params.schema);
    updateOk();
}

void TeamDatabaseDialog::remember() const
{
    const PostgresParams p = params();
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    settings.setValue(QStringLiteral("host"), p.host);
    settings.setValue(QStringLiteral("port"), p.port);
    settings.setValue(QStringLiteral("database"), p.database);
    settings.setValue(QStringLiteral("user"), p.user);
    settings.setValue(QStringLiteral("schema"), p.schema);
}

void TeamDatabaseDialog::clearPassword()
{
    m_password->clear();
    m_password->setFocus();
}

void TeamDatabaseDialog::updateOk()
{
    const PostgresParams p = params();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!p.host.isEmpty() && !p.database.isEmpty() && !p.user.isEmpty());
}

} // namespace fd
