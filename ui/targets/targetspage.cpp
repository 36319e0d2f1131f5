#include "targetspage.h"

#include "rolepolicy.h"

#include "completiondelegate.h"
#include "targettreemodel.h"

#include "exportaction.h"
#include "session.h"
#include "widgets/figurecard.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "storage/database.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fd {

namespace {

TargetLevel levelOf(analytics::TargetNodeKind kind)
{
    switch (kind) {
    case analytics::TargetNodeKind::Company:
        return TargetLevel::Company;
    case analytics::TargetNodeKind::Region:
        return TargetLevel::Region;
    case analytics::TargetNodeKind::Team:
        return TargetLevel::Team;
    case analytics::TargetNodeKind::Rep:
        return TargetLevel::Rep;
    }
    return TargetLevel::Company;
}

QDate firstDay(TargetsPage::Granularity g, const QDate &day)
{
    switch (g) {
    case TargetsPage::Month:
        return QDate(day.year(), day.month(), 1);
    case TargetsPage::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    case TargetsPage::Year:
        return QDate(day.year(), 1, 1);
    }
    return day;
}

int monthsOf(TargetsPage::Granularity g)
{
    return g == TargetsPage::Month ? 1 : g == TargetsPage::Quarter ? 3 : 12;
}
} // namespace

TargetsPage::TargetsPage(PageContext &context, QWidget *parent)
    : LivePage(parent)
    , m_context(context)
    , m_granularityBox(new QComboBox(this))
    , m_previous(new QToolButton(this))
    , m_periodLabel(new QLabel(this))
    , m_next(new QToolButton(this))
    , m_current(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_job(this, m_status)
    , m_targetCard(new FigureCard(QStringLiteral("targetsTarget"), this))
    , m_achievedCard(new FigureCard(QStringLiteral("targetsAchieved"), this))
    , m_pipelineCard(new FigureCard(QStringLiteral("targetsPipeline"), this))
    , m_gapCard(new FigureCard(QStringLiteral("targetsGap"), this))
    , m_message(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_model(new TargetTreeModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_undo(m_undoStack->createUndoAction(this))
    , m_split(new QAction(this))
    , m_export(new ExportAction(m_tree, QStringLiteral("targets"), this))
    , m_undoButton(new QToolButton(this))
    , m_splitButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("targetsPage"));
    m_granularityBox->setObjectName(QStringLiteral("targetsGranularity"));
    m_granularityBox->addItems({QString(), QString(), QString()});
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_periodLabel->setObjectName(QStringLiteral("targetsPeriod"));
    m_periodLabel->setAlignment(Qt::AlignCenter);
    m_periodLabel->setMinimumWidth(130);
    QFont bold = m_periodLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_periodLabel->setFont(bold);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(QStringLiteral("targetsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);

    m_tree->setObjectName(QStringLiteral("targetsTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(
        TargetTreeModel::Completion,
        new CompletionDelegate(TargetTreeModel::CompletionRole, TargetTreeModel::TimeProgressRole, m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // Ctrl+Z / Ctrl+Shift+Z are the main window's Edit → Undo / Redo (on this same stack);
    // a second binding here would make the keys ambiguous.
    m_undoButton->setObjectName(QStringLiteral("targetsUndo"));
    m_undoButton->setDefaultAction(m_undo);
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_splitButton->setDefaultAction(m_split);
    m_splitButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportButton->setDefaultAction(m_export);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tree->insertAction(m_export, m_split); // context menu: split, then Export…

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_granularityBox);
    controls->addSpacing(8);
    controls->addWidget(m_previous);
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_next);
    controls->addWidget(m_current);
    controls->addSpacing(16);
    controls->addWidget(m_status, 1);
    controls->addWidget(m_undoButton);
    controls->addWidget(m_splitButton);
    controls->addWidget(m_exportButton);

    auto *cards = new QHBoxLayout;
    for (FigureCard *card : {m_targetCard, m_achievedCard, m_pipelineCard, m_gapCard})
        cards->addWidget(card, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(controls);
    layout->addLayout(cards);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_hint);

    connect(m_granularityBox, qOverload<int>(&QComboBox::activated), this,
            [this](int g) { showPeriod(Granularity(g), m_anchor); });
    connect(m_previous, &QToolButton::clicked, this, [this] { shiftPeriod(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { shiftPeriod(1); });
    connect(m_current, &QToolButton::clicked, this, [this] {
        if (Database *db = m_context.session.database())
            showPeriod(m_granularity, db->clock().now().toUTC().date());
    });
    connect(m_split, &QAction::triggered, this, [this] {
        const QModelIndex index = m_tree->currentIndex();
        const analytics::TargetNode *n = m_model->node(index);
        if (!n)
            return;
        if (n->target && !n->children.empty()) {
            const auto answer = QMessageBox::question(
                this, tr("Split evenly"),
                tr("Replace the targets of the %n team(s) or people under %1 with an even share of %2?", nullptr,
                   int(n->children.size()))
                    .arg(m_model->displayName(*n), money::format(*n->target, m_context.session.currency())));
            if (answer != QMessageBox::Yes)
                return;
        }
        splitEvenly(index);
    });
    connect(m_model, &TargetTreeModel::targetEdited, this,
            [this](int node, std::optional<qint64> cents) { setTarget(node, cents); });
    connect(m_model, &TargetTreeModel::editRejected, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (const analytics::TargetNode *n = m_model->node(index))
            m_selected = std::make_pair(int(n->kind), n->unassigned ? -1 : n->subjectId);
        updateActions();
    });
    connect(&m_context.session, &Session::databaseChanged, this, &TargetsPage::databaseChanged);
    connect(&m_context.session, &Session::userChanged, this, &TargetsPage::updateActions);
    watchSession(m_context.session);

    retranslateUi();
    databaseChanged();
}

void TargetsPage::databaseChanged()
{
    m_undoStack->clear(); // its commands belong to the previous database
    const Database *db = m_context.session.database();
    m_anchor = firstDay(m_granularity, db ? db->clock().now().toUTC().date() : QDate::currentDate());
    m_periodLabel->setText(periodLabel());
    showMessage({}, false);
    updateActions();
    markStale();
}

QString TargetsPage::period() const
{
    switch (m_granularity) {
    case Month:
        return m_anchor.toString(QStringLiteral("yyyy-MM"));
    case Quarter:
        return QStringLiteral("%1-Q%2").arg(m_anchor.year()).arg((m_anchor.month() - 1) / 3 + 1);
    case Year:
        return QString::number(m_anchor.year());
    }
    return {};
}

QString TargetsPage::periodLabel() const
{
    const QLocale locale;
    switch (m_granularity) {
    case Month:
        return locale.language() == QLocale::Chinese ? locale.toString(m_anchor, QStringLiteral("yyyy年M月"))
                                                     : locale.toString(m_anchor, QStringLiteral("MMMM yyyy"));
    case Quarter:
        return tr("Q%2 %1", "year and quarter").arg(m_anchor.year()).arg((m_anchor.month() - 1) / 3 + 1);
    case Year:
        return tr("Year %1").arg(m_anchor.year());
    }
    return {};
}

void TargetsPage::showPeriod(Granularity granularity, const QDate &day)
{
    m_granularity = granularity;
    {
        const QSignalBlocker blocker(m_granularityBox);
        m_granularityBox->setCurrentIndex(int(granularity));
    }
    m_anchor = firstDay(granularity, day);
    m_periodLabel->setText(periodLabel());
    showMessage({}, false);
    markStale();
}

void TargetsPage::shiftPeriod(int periods)
{
    showPeriod(m_granularity, m_anchor.addMonths(periods * monthsOf(m_granularity)));
}

void TargetsPage::retranslateUi()
{
    m_granularityBox->setItemText(Month, tr("Month"));
    m_granularityBox->setItemText(Quarter, tr("Quarter"));
    m_granularityBox->setItemText(Year, tr("Year"));
    m_granularityBox->setToolTip(tr("Period length"));
    m_previous->setToolTip(tr("Previous period"));
    m_next->setToolTip(tr("Next period"));
    m_current->setText(tr("Current"));
    m_current->setToolTip(tr("The period containing today"));
    m_periodLabel->setText(periodLabel());
    m_undo->setText(tr("Undo"));
    m_split->setText(tr("Split evenly to children…"));
    m_targetCard->setTitle(tr("Company target"));
    m_achievedCard->setTitle(tr("Achieved"));
    m_pipelineCard->setTitle(tr("Weighted pipeline"));
    m_gapCard->setTitle(tr("Gap to target"));
    updateActions(); // the hint, or why this person may not set targets
    m_model->retranslate();
    showResult();
}

QString TargetsPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void TargetsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b03a2e; font-weight: bold;")
                                   : QStringLiteral("color: #2e7d32;"));
    m_message->setVisible(!text.isEmpty());
}

void TargetsPage::updateActions()
{
    // Targets are set by managers and administrators (rolepolicy.h); others read them.
    Database *db = m_context.session.database();
    const QString why = db ? rolepolicy::whyNot(*db, rolepolicy::Action::EditTargets) : QString();
    m_tree->setEditTriggers(why.isEmpty() ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                | QAbstractItemView::SelectedClicked
                                          : QAbstractItemView::NoEditTriggers);
    m_tree->setToolTip(why);
    m_hint->setText(why.isEmpty() ? hintText() : why);
    const analytics::TargetNode *n = m_model->node(m_tree->currentIndex());
    m_split->setEnabled(why.isEmpty() && n && !n->unassigned && !n->children.empty() && n->target.has_value());
    m_split->setToolTip(why.isEmpty() ? tr("Give each child of the selected row an equal share of its target") : why);
}

QString TargetsPage::hintText() const
{
    return tr("Double-click a target to change it (120万 or 1,200,000; empty clears it). Achieved and "
              "weighted pipeline count each deal's performance split (业绩拆分); the mark on a completion "
              "bar is the time elapsed in the period.");
}

void TargetsPage::reload()
{
    Database *db = m_context.session.database();
    if (!db) {
        m_job.cancel();
        m_status->setText(tr("No database is open."));
        m_model->setProgress({});
        showResult();
        return;
    }
    const QString period = this->period();
    m_job.start(
        *db, [period](Database &worker) { return analytics::computeTargetProgress(worker, period); },
        [this](std::optional<analytics::TargetProgress> result, const QString &error) {
            if (result) {
                m_model->setCurrency(m_context.session.currency());
                m_model->setProgress(*result);
            } else {
                m_status->setText(tr("The targets could not be computed: %1").arg(error));
                m_model->setProgress({});
            }
            showResult();
            emit computed();
        },
        tr("Computing…"));
}

void TargetsPage::showResult()
{
    const analytics::TargetProgress &p = m_model->progress();
    const QLocale locale;
    const auto brief = [&](qint64 cents) { return money::formatShort(cents, m_context.session.currency(), locale); };
    const auto full = [&](qint64 cents) { return money::format(cents, m_context.session.currency(), locale); };
    const auto percent = [&](double f) { return locale.toString(f * 100.0, 'f', 1) + QStringLiteral(" %"); };
    if (p.nodes.empty()) {
        for (FigureCard *card : {m_targetCard, m_achievedCard, m_pipelineCard, m_gapCard}) {
            card->setValue(QStringLiteral("—"));
            card->setSubtitle({});
            card->setProgress(-1);
        }
        updateActions();
        return;
    }
    const analytics::TargetNode &company = p.nodes.front();
    if (company.target) {
        m_targetCard->setValue(brief(*company.target), full(*company.target));
        m_targetCard->setSubtitle(!company.unallocated ? QString()
                                  : *company.unallocated >= 0
                                      ? tr("Unallocated: %1").arg(brief(*company.unallocated))
                                      : tr("Over-allocated by %1").arg(brief(-*company.unallocated)));
    } else {
        m_targetCard->setValue(QStringLiteral("—"));
        m_targetCard->setSubtitle(company.childTargets
                                      ? tr("Not set; regions' targets add up to %1").arg(brief(company.childTargets))
                                      : tr("No target set for this period"));
    }
    m_achievedCard->setValue(brief(company.achieved), full(company.achieved));
    m_achievedCard->setSubtitle(
        company.completion
            ? tr("%1 of target · %2 of the period elapsed").arg(percent(*company.completion), percent(p.timeProgress))
            : tr("%1 of the period elapsed").arg(percent(p.timeProgress)));
    m_achievedCard->setProgress(company.completion ? *company.completion * 100.0 : -1);
    m_pipelineCard->setValue(brief(company.weightedPipeline), full(company.weightedPipeline));
    m_pipelineCard->setSubtitle(tr("Achieved + weighted: %1").arg(brief(company.achieved + company.weightedPipeline)));
    if (company.gap) {
        m_gapCard->setValue(brief(std::max<qint64>(0, *company.gap)), full(*company.gap));
        m_gapCard->setSubtitle(
            *company.gap > 0 ? (
                company.weightedPipeline >= *company.gap
                    ? tr("Weighted pipeline covers the gap")
                    : tr("Weighted pipeline leaves %1 uncovered").arg(brief(*company.gap - company.weightedPipeline)))
                             : tr("Target reached, %1 above").arg(brief(-*company.gap)));
    } else {
        m_gapCard->setValue(QStringLiteral("—"));
        m_gapCard->setSubtitle({});
    }

    m_tree->expandAll();
    for (int c = 0; c < TargetTreeModel::Columns; ++c)
        m_tree->resizeColumnToContents(c);
    m_tree->setColumnWidth(TargetTreeModel::Name, std::max(m_tree->columnWidth(TargetTreeModel::Name) + 16, 180));
    m_tree->setColumnWidth(TargetTreeModel::Completion,
                           std::max(m_tree->columnWidth(TargetTreeModel::Completion), 180));
    // Keep the row the user was on.
    int row = 0;
    if (m_selected) {
        for (size_t i = 0; i < p.nodes.size(); ++i) {
            const analytics::TargetNode &n = p.nodes[i];
            if (int(n.kind) == m_selected->first && (n.unassigned ? -1 : n.subjectId) == m_selected->second) {
                row = int(i);
                break;
            }
        }
    }
    m_tree->setCurrentIndex(m_model->indexOf(row, TargetTreeModel::Target));
    updateActions();
}

bool TargetsPage::pushChanges(const QList<TargetChange> &changes, const QString &text)
{
    auto *command = new SetTargetsCommand(m_context.session, changes, text, [this](const QString &error) {
        if (!error.isEmpty())
            showMessage(error, true);
        m_context.session.notifyDataChanged();
    });
    try {
        command->validate();
        command->apply(true);
    } catch (const Error &e) {
        delete command;
        showMessage(tr("%1 — not stored: %2").arg(text, e.message()), true);
        return false;
    }
    m_undoStack->push(command); // its first redo() is the apply above
    showMessage(tr("%1. Ctrl+Z undoes it.").arg(text), false);
    m_context.session.notifyDataChanged();
    return true;
}

bool TargetsPage::setTarget(int node, std::optional<qint64> cents)
{
    const analytics::TargetProgress &p = m_model->progress();
    if (node < 0 || size_t(node) >= p.nodes.size() || p.nodes[size_t(node)].unassigned)
        return false;
    const analytics::TargetNode &n = p.nodes[size_t(node)];
    TargetChange change;
    change.period = p.period;
    change.level = levelOf(n.kind);
    change.subjectId = n.subjectId;
    change.before = n.targetDerived ? std::nullopt : n.target;
    change.after = cents;
    const QString name = m_model->displayName(n);
    const QString text = cents ? tr("Target of %1 for %2 set to %3")
                                     .arg(name, periodLabel(), money::format(*cents, m_context.session.currency()))
                               : tr("Target of %1 for %2 cleared").arg(name, periodLabel());
    return pushChanges({change}, text);
}

bool TargetsPage::splitEvenly(const QModelIndex &index)
{
    const analytics::TargetProgress &p = m_model->progress();
    const analytics::TargetNode *n = m_model->node(index);
    if (!n)
        return false;
    const QString name = m_model->displayName(*n);
    std::vector<const analytics::TargetNode *> children;
    for (int c : n->children) {
        if (!p.nodes[size_t(c)].unassigned)
            children.push_back(&p.nodes[size_t(c)]);
    }
    if (!n->target || children.empty()) {
        showMessage(children.empty() ? tr("%1 has no teams or people to split its target among.").arg(name)
                                     : tr("Set a target for %1 first, then split it.").arg(name),
                    true);
        return false;
    }
    // Whole yuan each; the first children take the leftover yuan (and cents), so the
    // shares add up to the parent's target exactly.
    const qint64 count = qint64(children.size());
    const qint64 yuan = *n->target / 100;
    QList<TargetChange> changes;
    for (qint64 i = 0; i < count; ++i) {
        const analytics::TargetNode &c = *children[size_t(i)];
        qint64 share = (yuan / count + (i < yuan % count ? 1 : 0)) * 100;
        if (i == 0)
            share += *n->target % 100;
        TargetChange change;
        change.period = p.period;
        change.level = levelOf(c.kind);
        change.subjectId = c.subjectId;
        change.before = c.targetDerived ? std::nullopt : c.target;
        change.after = share;
        changes.append(change);
    }
    return pushChanges(changes, tr("Target of %1 split evenly among %n child row(s)", nullptr, int(count)).arg(name));
}

} // namespace fd
