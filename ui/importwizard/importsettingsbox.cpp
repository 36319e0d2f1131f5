#include "importsettingsbox.h"

#include "session.h"

#include "domain/errors.h"
#include "io/importdefaults.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace fd {

ImportSettingsBox::ImportSettingsBox(Session &session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_lostReasonLabel(new QLabel(this))
    , m_lostReason(new QLineEdit(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("importSettings"));
    m_lostReason->setObjectName(QStringLiteral("defaultLostReason"));
    m_lostReason->setMaxLength(500);
    m_lostReasonLabel->setBuddy(m_lostReason);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout(this);
    form->addRow(m_lostReasonLabel, m_lostReason);
    form->addRow(m_note);
    connect(m_lostReason, &QLineEdit::editingFinished, this, &ImportSettingsBox::save);
    connect(&m_session, &Session::databaseChanged, this, &ImportSettingsBox::load);
    retranslateUi();
    load();
}

void ImportSettingsBox::load()
{
    Database *db = m_session.database();
    setEnabled(db != nullptr);
    m_lostReason->clear();
    if (!db)
        return;
    try {
        const QString reason = importdefaults::lostReason(*db);
        if (reason != importdefaults::builtInLostReason())
            m_lostReason->setText(reason);
    } catch (const Error &e) {
        m_note->setText(e.message());
    }
}

void ImportSettingsBox::save()
{
    Database *db = m_session.database();
    if (!db || !m_lostReason->isModified())
        return;
    m_lostReason->setModified(false);
    try {
        importdefaults::setLostReason(*db, m_lostReason->text());
    } catch (const Error &e) {
        QMessageBox::warning(this, title(), e.message());
        load();
    }
}

void ImportSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void ImportSettingsBox::retranslateUi()
{
    setTitle(tr("Import"));
    m_lostReasonLabel->setText(tr("&Reason for lost deals without one:"));
    m_lostReason->setPlaceholderText(importdefaults::builtInLostReason());
    m_note->setText(tr("Old CRMs seldom asked why a deal was lost. Imported lost deals without a reason get this "
                       "one (for everyone using this database), and the import report counts them."));
}

} // namespace fd
