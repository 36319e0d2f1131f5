#include "nodealsstate.h"

#include "databaseopener.h"
#include "importwizard/importwizard.h"
#include "mainwindow.h"
#include "session.h"
#include "widgets/emptystate.h"

#include <QEvent>
#include <QVBoxLayout>

namespace fd {

NoDealsState::NoDealsState(Session &session, const QString &objectName, QWidget *replaces, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_replaces(replaces)
    , m_state(new EmptyState(objectName, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    m_state->addButton(QStringLiteral("emptyBoard"), [this] {
        if (auto *main = qobject_cast<MainWindow *>(window()))
            main->showPage(QStringLiteral("kanban"));
    });
    m_state->addButton(QStringLiteral("emptyImport"),
                       [this] { ImportWizard::runFor(m_session, window(), DataKind::Opportunities); });
    connect(&session, &Session::databaseChanged, this, &NoDealsState::refresh);
    connect(&session, &Session::dataChanged, this, &NoDealsState::refresh);
    retranslateUi();
    refresh();
}

void NoDealsState::refresh()
{
    Database *db = m_session.database();
    const bool none = db && !DatabaseOpener::hasOpportunities(*db);
    setVisible(none);
    if (m_replaces)
        m_replaces->setVisible(!none);
}

void NoDealsState::retranslateUi()
{
    m_state->setTexts(tr("No opportunities yet"),
                      tr("These figures are computed from your opportunities: what is open, what was won and lost, "
                         "and when. Enter the first deals on the board, or import them."),
                      {tr("New opportunity on the board…"), tr("Import opportunities…")});
}

void NoDealsState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace fd
