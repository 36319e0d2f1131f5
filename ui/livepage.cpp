#include "livepage.h"

#include "session.h"

#include <QEvent>

namespace fd {

LivePage::LivePage(QWidget *parent)
    : QWidget(parent)
{
}

void LivePage::refresh()
{
    m_stale = false;
    reload();
}

void LivePage::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void LivePage::watchSession(Session &session)
{
    connect(&session, &Session::databaseChanged, this, &LivePage::markStale);
    connect(&session, &Session::dataChanged, this, &LivePage::markStale);
}

void LivePage::languageChanged()
{
    retranslateUi();
    markStale();
}

void LivePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        languageChanged();
    QWidget::changeEvent(event);
}

void LivePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace fd
