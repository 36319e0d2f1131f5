#pragma once

#include "report/funnelpainter.h"

#include <QWidget>

namespace fd {

// The funnel on screen: FunnelPainter in a widget; a click on a trapezoid selects its stage.
class FunnelWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit FunnelWidget(QWidget *parent = nullptr);

    // The stages to draw, top first (clears the selection when their number changes).
    void setStages(std::vector<report::FunnelPainterStage> stages, const QString &currency);
    // The selected stage (-1 = none); emits nothing.
    void setSelectedStage(int index);
    int selectedStage() const { return m_painter.selectedStage(); }
    // The stages drawn.
    const std::vector<report::FunnelPainterStage> &stages() const { return m_painter.stages(); }
    // Where stage `index`'s trapezoid is centred, in widget coordinates (for tests and tooltips).
    QPointF stageCentre(int index) const;
    QSize sizeHint() const override { return {520, 360}; }

signals:
    // The user clicked the trapezoid of stage `index`.
    void stageClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF funnelBounds() const;

    report::FunnelPainter m_painter;
};

} // namespace fd
