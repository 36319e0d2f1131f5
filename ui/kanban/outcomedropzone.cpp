#include "outcomedropzone.h"

#include "dealboardmodel.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>

namespace fd {

OutcomeDropZone::OutcomeDropZone(OpportunityStatus outcome, QWidget *parent)
    : QLabel(parent)
    , m_outcome(outcome)
{
    setAcceptDrops(true);
    setAlignment(Qt::AlignCenter);
    setMinimumHeight(44);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setHighlighted(false);
    retranslateUi();
}

QString OutcomeDropZone::outcomeName(OpportunityStatus outcome)
{
    switch (outcome) {
    case OpportunityStatus::Won:
        return tr("Won");
    case OpportunityStatus::Lost:
        return tr("Lost");
    case OpportunityStatus::OnHold:
        return tr("On hold");
    case OpportunityStatus::Open:
        break;
    }
    return tr("Open");
}

void OutcomeDropZone::retranslateUi()
{
    setText(tr("Drop here: %1").arg(outcomeName(m_outcome)));
}

void OutcomeDropZone::setHighlighted(bool on)
{
    QColor color = m_outcome == OpportunityStatus::Won    ? QColor(0x2e, 0x9d, 0x5b)
                   : m_outcome == OpportunityStatus::Lost ? QColor(0xd9, 0x3f, 0x3f)
                                                          : QColor(0x6b, 0x5b, 0xb5);
    QPalette pal = palette();
    // At rest a faint tint of the outcome colour over the window; strong while a drag hovers.
    const QColor base = QApplication::palette().color(QPalette::Window);
    const auto mix = [&](double a) {
        return QColor::fromRgbF(base.redF() * (1 - a) + color.redF() * a, base.greenF() * (1 - a) + color.greenF() * a,
                                base.blueF() * (1 - a) + color.blueF() * a);
    };
    pal.setColor(QPalette::Window, on ? color : mix(0.18));
    pal.setColor(QPalette::WindowText, on ? QColor(Qt::white) : color.darker(140));
    setPalette(pal);
}

bool OutcomeDropZone::dropData(const QMimeData *mime)
{
    const QList<qint64> ids = DealBoardModel::idsFromMime(mime);
    if (ids.isEmpty())
        return false;
    emit outcomeRequested(ids, m_outcome);
    return true;
}

void OutcomeDropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(DealBoardModel::mimeType())) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        setHighlighted(true);
    }
}

void OutcomeDropZone::dragLeaveEvent(QDragLeaveEvent *)
{
    setHighlighted(false);
}

void OutcomeDropZone::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    // Copy, not move: the dragging view must not remove rows; the model updates itself.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    dropData(event->mimeData());
}

void OutcomeDropZone::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

} // namespace fd
