#include "stagecolumn.h"

#include "cardlistview.h"
#include "dealboardmodel.h"
#include "dealcarddelegate.h"
#include "stagecolumnproxy.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd {

StageColumn::StageColumn(DealBoardModel &model, const Stage &stage, QWidget *parent)
    : QFrame(parent)
    , m_stage(stage)
    , m_proxy(new StageColumnProxy(model, stage.id, this))
    , m_name(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_add(new QToolButton(this))
    , m_view(new CardListView(this))
{
    setObjectName(QStringLiteral("stageColumn"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(230);
    setBackgroundRole(QPalette::Window);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setText(QStringLiteral("%1  %2%").arg(stage.name).arg(stage.winProbability));
    m_totals->setForegroundRole(QPalette::PlaceholderText);
    m_add->setText(QStringLiteral("+"));
    m_add->setAutoRaise(true);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new DealCardDelegate(m_view));

    auto *title = new QHBoxLayout;
    title->addWidget(m_name, 1);
    title->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);
    layout->addLayout(title);
    layout->addWidget(m_totals);
    layout->addWidget(m_view, 1);

    connect(m_add, &QToolButton::clicked, this, [this] { emit addRequested(m_stage.id); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &StageColumn::updateHeader);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &StageColumn::updateHeader);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StageColumn::updateHeader);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &StageColumn::updateHeader);
    updateHeader();
}

QString StageColumn::totalsText() const
{
    return m_totals->text();
}

void StageColumn::setFilter(const BoardFilter &filter)
{
    m_batch = true;
    m_proxy->setFilter(filter);
    m_batch = false;
    updateHeader();
}

void StageColumn::setCurrency(const QString &currency)
{
    m_currency = currency;
    updateHeader();
}

void StageColumn::updateHeader()
{
    if (m_batch)
        return;
    const StageColumnProxy::Totals t = m_proxy->totals();
    const QString amount = DealCardDelegate::shortAmount(t.amountCents, m_currency);
    const QString weighted = DealCardDelegate::shortAmount(t.weightedCents, m_currency);
    // Two sentences rather than "%n deal(s)": English has no numerus translation file.
    m_totals->setText(t.count == 1 ? tr("1 deal · %1 · weighted %2").arg(amount, weighted)
                                   : tr("%1 deals · %2 · weighted %3").arg(t.count).arg(amount, weighted));
    m_totals->setToolTip(tr("Amount: sum of the deals' amounts. Weighted: each amount × its win probability "
                            "(the deal's own if set, else the stage's)."));
    m_add->setToolTip(tr("New opportunity in %1").arg(m_stage.name));
}

void StageColumn::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateHeader();
    QFrame::changeEvent(event);
}

} // namespace fd
