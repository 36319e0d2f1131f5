#pragma once

#include "domain/opportunity.h"

#include <QLabel>

class QMimeData;

namespace fd {

// A drop target for an outcome (won, lost, on hold) under the board. It reads the
// dragged ids from the drag's MIME data and asks the board to set the outcome.
class OutcomeDropZone final : public QLabel
{
    Q_OBJECT

public:
    OutcomeDropZone(OpportunityStatus outcome, QWidget *parent = nullptr);

    OpportunityStatus outcome() const { return m_outcome; }
    // The translated outcome name ("Won").
    static QString outcomeName(OpportunityStatus outcome);
    // Handles a drop of `data` as if it had been dropped here; false if it carries no deal.
    bool dropData(const QMimeData *mime);

signals:
    void outcomeRequested(const QList<qint64> &ids, OpportunityStatus outcome);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setHighlighted(bool on);
    void retranslateUi();

    OpportunityStatus m_outcome;
};

} // namespace fd
