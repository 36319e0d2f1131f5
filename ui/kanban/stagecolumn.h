#pragma once

#include "boardfilter.h"

#include "domain/pipeline.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace fd {

class CardListView;
class DealBoardModel;
class StageColumnProxy;

// One stage of the board: a header with the stage name, count, amount and weighted
// amount and a "+" for a new deal, over the painted cards. Totals follow the proxy's
// row signals, so they change with every move, edit and filter.
class StageColumn final : public QFrame
{
    Q_OBJECT

public:
    StageColumn(DealBoardModel &model, const Stage &stage, QWidget *parent = nullptr);

    qint64 stageId() const { return m_stage.id; }
    StageColumnProxy *proxy() const { return m_proxy; }
    CardListView *view() const { return m_view; }
    // The header's totals text (count · amount · weighted), as shown.
    QString totalsText() const;
    // Applies a board filter, updating the header once (not per inserted range).
    void setFilter(const BoardFilter &filter);
    // The office currency the header's totals are in (office::currency).
    void setCurrency(const QString &currency);

signals:
    void addRequested(qint64 stageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeader();

    Stage m_stage;
    QString m_currency = QStringLiteral("CNY");
    bool m_batch = false; // a re-filter is under way: the header waits for its end
    StageColumnProxy *m_proxy;
    QLabel *m_name;
    QLabel *m_totals;
    QToolButton *m_add;
    CardListView *m_view;
};

} // namespace fd
