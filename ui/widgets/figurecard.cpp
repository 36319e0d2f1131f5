#include "figurecard.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace fd {

FigureCard::FigureCard(const QString &id, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(id);
    m_title->setObjectName(id + QStringLiteral("Title"));
    m_value->setObjectName(id + QStringLiteral("Value"));
    m_subtitle->setObjectName(id + QStringLiteral("Subtitle"));
    setProperty("figureCard", true);
    // A rounded white card, like the chart beside it; the selector keeps the labels plain.
    setStyleSheet(QStringLiteral("QFrame#%1 { background: palette(base); border: 1px solid #dfe3ea; "
                                 "border-radius: 8px; }")
                      .arg(id));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // same height in a row

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.05);
    m_title->setFont(titleFont);
    m_title->setForegroundRole(QPalette::PlaceholderText);

    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1000);
    m_progress->setFixedHeight(6);
    m_progress->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_progress);
    layout->addWidget(m_subtitle);
    layout->addStretch();
    setMinimumHeight(112);
}

void FigureCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

void FigureCard::setValue(const QString &value, const QString &toolTip)
{
    m_value->setText(value);
    m_value->setToolTip(toolTip);
}

void FigureCard::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
}

void FigureCard::setProgress(double percent)
{
    if (percent < 0 || std::isnan(percent)) {
        m_progress->hide();
        return;
    }
    m_progress->setValue(int(std::lround(std::clamp(percent, 0.0, 100.0) * 10)));
    m_progress->show();
}

QString FigureCard::value() const
{
    return m_value->text();
}

QString FigureCard::subtitle() const
{
    return m_subtitle->text();
}

} // namespace fd
