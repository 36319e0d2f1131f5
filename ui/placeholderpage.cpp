#include "placeholderpage.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace fd {

PlaceholderPage::PlaceholderPage(const PageSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("placeholder_%1").arg(spec.id));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(spec.icon).pixmap(64, 64, QIcon::Disabled));
    icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);

    m_note->setObjectName(QStringLiteral("placeholderNote"));
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addWidget(m_note);
    layout->addWidget(m_summary);
    layout->addStretch(3);
    layout->setContentsMargins(48, 24, 48, 24);
    retranslateUi();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslateUi()
{
    m_title->setText(pageTitle(m_spec));
    m_note->setText(tr("This area is not available yet in this version of FunnelDesk."));
    m_summary->setText(pageSummary(m_spec));
}

} // namespace fd
