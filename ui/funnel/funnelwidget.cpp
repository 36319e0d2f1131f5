#include "funnelwidget.h"

#include <QMouseEvent>
#include <QPainter>

namespace fd {

FunnelWidget::FunnelWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("funnelWidget"));
    setMouseTracking(true);
    setMinimumSize(320, 220);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FunnelWidget::setStages(std::vector<report::FunnelPainterStage> stages, const QString &currency)
{
    const bool sameShape = stages.size() == m_painter.stages().size();
    m_painter.setStages(std::move(stages), currency);
    if (!sameShape)
        m_painter.setSelectedStage(-1);
    update();
}

void FunnelWidget::setSelectedStage(int index)
{
    m_painter.setSelectedStage(index >= 0 && index < int(m_painter.stages().size()) ? index : -1);
    update();
}

QRectF FunnelWidget::funnelBounds() const
{
    return QRectF(rect()).adjusted(8, 8, -8, -8);
}

QPointF FunnelWidget::stageCentre(int index) const
{
    const auto shapes = m_painter.layout(funnelBounds());
    if (index < 0 || index >= int(shapes.size()))
        return {};
    return shapes[size_t(index)].labelAnchor;
}

void FunnelWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    m_painter.paint(painter, funnelBounds());
}

void FunnelWidget::mousePressEvent(QMouseEvent *event)
{
    const int index = m_painter.stageAt(event->position(), funnelBounds());
    if (event->button() == Qt::LeftButton && index >= 0) {
        setSelectedStage(index);
        emit stageClicked(index);
    }
    QWidget::mousePressEvent(event);
}

void FunnelWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int index = m_painter.stageAt(event->position(), funnelBounds());
    setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

} // namespace fd
