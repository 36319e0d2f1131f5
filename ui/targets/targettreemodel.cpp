#include "targettreemodel.h"

#include "exportaction.h"

#include "domain/money.h"
#include "io/tablesink.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace fd {

namespace {

bool isMoney(int column)
{
    switch (column) {
    case TargetTreeModel::Target:
    case TargetTreeModel::Allocated:
    case TargetTreeModel::Unallocated:
    case TargetTreeModel::Achieved:
    case TargetTreeModel::Weighted:
    case TargetTreeModel::Gap:
        return true;
    default:
        return false;
    }
}

} // namespace

TargetTreeModel::TargetTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void TargetTreeModel::setProgress(const analytics::TargetProgress &progress)
{
    beginResetModel();
    m_progress = progress;
    m_rowInParent.assign(m_progress.nodes.size(), 0);
    for (const analytics::TargetNode &n : m_progress.nodes) {
        for (size_t i = 0; i < n.children.size(); ++i)
            m_rowInParent[size_t(n.children[i])] = int(i);
    }
    endResetModel();
}

const analytics::TargetNode *TargetTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_progress.nodes.size())
        return nullptr;
    return &m_progress.nodes[index.internalId()];
}

QModelIndex TargetTreeModel::indexOf(int node, int column) const
{
    if (node < 0 || size_t(node) >= m_progress.nodes.size())
        return {};
    return createIndex(m_rowInParent[size_t(node)], column, quintptr(node));
}

QString TargetTreeModel::displayName(const analytics::TargetNode &n) const
{
    if (n.kind == analytics::TargetNodeKind::Company)
        return tr("Company");
    if (n.unassigned)
        return n.kind == analytics::TargetNodeKind::Region ? tr("No region") : tr("No team");
    return n.name;
}

void TargetTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, Columns - 1);
    if (m_progress.nodes.empty())
        return;
    // One dataChanged per parent (a range may not span parents): the company row, then the
    // children of every node that has any.
    emit dataChanged(indexOf(0, 0), indexOf(0, Columns - 1));
    for (const analytics::TargetNode &n : m_progress.nodes) {
        if (!n.children.empty())
            emit dataChanged(indexOf(n.children.front(), 0), indexOf(n.children.back(), Columns - 1));
    }
}

QModelIndex TargetTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= Columns || m_progress.nodes.empty())
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const analytics::TargetNode *p = node(parent);
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, quintptr(p->children[size_t(row)]));
}

QModelIndex TargetTreeModel::parent(const QModelIndex &child) const
{
    const analytics::TargetNode *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return indexOf(n->parent, 0);
}

int TargetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_progress.nodes.empty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    const analytics::TargetNode *n = node(parent);
    return n ? int(n->children.size()) : 0;
}

int TargetTreeModel::columnCount(const QModelIndex &) const
{
    return Columns;
}

QString TargetTreeModel::money(qint64 cents) const
{
    return money::formatShort(cents, m_currency, QLocale());
}

QVariant TargetTreeModel::data(const QModelIndex &index, int role) const
{
    const analytics::TargetNode *n = node(index);
    if (!n)
        return {};
    const int column = index.column();
    const QLocale locale;
    // The value of a money column, if the node has one.
    auto cents = [&]() -> std::optional<qint64> {
        switch (column) {
        case Target:
            return n->target;
        case Allocated:
            return n->children.empty() ? std::nullopt : std::optional<qint64>(n->childTargets);
        case Unallocated:
            return n->unallocated;
        case Achieved:
            return n->achieved;
        case Weighted:
            return n->weightedPipeline;
        case Gap:
            return n->gap;
        default:
            return std::nullopt;
        }
    };
    auto percent = [&](double fraction) { return locale.toString(fraction * 100.0, 'f', 1) + QStringLiteral(" %"); };
    switch (role) {
    case Qt::DisplayRole:
        if (column == Name)
            return displayName(*n);
        if (column == Level) {
            switch (n->kind) {
            case analytics::TargetNodeKind::Company:
                return tr("Company");
            case analytics::TargetNodeKind::Region:
                return tr("Region");
            case analytics::TargetNodeKind::Team:
                return tr("Team");
            case analytics::TargetNodeKind::Rep:
                return tr("Rep");
            }
        }
        if (column == Completion)
            return n->completion ? percent(*n->completion) : QStringLiteral("—");
        if (isMoney(column)) {
            if (const auto v = cents())
                return money(*v);
            return QStringLiteral("—");
        }
        return {};
    case Qt::EditRole:
        if (column == Target)
            return n->target && !n->targetDerived ? money::editTextBrief(*n->target) : QString();
        return data(index, Qt::DisplayRole);
    case ExportValueRole:
        if (isMoney(column)) {
            const auto v = cents();
            return v ? QVariant(*v) : QVariant();
        }
        if (column == Completion)
            return n->completion ? percent(*n->completion) : QString();
        return data(index, Qt::DisplayRole);
    case CompletionRole:
        return n->completion ? QVariant(*n->completion) : QVariant();
    case TimeProgressRole:
        return m_progress.timeProgress;
    case NodeRole:
        return int(index.internalId());
    case Qt::TextAlignmentRole:
        if (column == Name || column == Level)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Unallocated && n->unallocated && *n->unallocated < 0)
            return QColor(0xb0, 0x3a, 0x2e); // over-allocated
        if (column == Unallocated && n->unallocated && *n->unallocated > 0)
            return QColor(0xb2, 0x6a, 0x00); // not handed down yet: someone owns no part of it
        if (column == Gap && n->gap)
            return *n->gap > 0 ? QColor(0xb0, 0x3a, 0x2e) : QColor(0x2e, 0x7d, 0x32);
        if (column == Target && n->targetDerived)
            return QColor(0x75, 0x75, 0x75);
        if (n->unassigned && column == Name)
            return QColor(0x75, 0x75, 0x75);
        return {};
    case Qt::FontRole:
        if ((column == Target && n->targetDerived) || (column == Name && n->unassigned)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        if (n->kind == analytics::TargetNodeKind::Company) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Target && n->unassigned)
            return tr("People and teams not assigned to a region or team hold no target of their own.");
        if (column == Target && n->targetDerived)
            return tr("Sum of the targets of the period's months or quarters (%1). Type an amount to set "
                      "the period's own target.")
                .arg(money::format(*n->target, m_currency, locale));
        if (column == Target && !n->target)
            return tr("No target set. Double-click to enter one (e.g. 120万 or 1,200,000).");
        if (column == Unallocated && n->unallocated)
            return *n->unallocated < 0 ? tr("Over-allocated: the children's targets exceed this target by %1.")
                                             .arg(money::format(-*n->unallocated, m_currency, locale))
                                       : tr("Target not yet handed down to the children: %1.")
                                             .arg(money::format(*n->unallocated, m_currency, locale));
        if (column == Completion)
            return tr("Achieved ÷ target. Time elapsed in the period: %1.").arg(percent(m_progress.timeProgress));
        if (isMoney(column)) {
            if (const auto v = cents())
                return money::format(*v, m_currency, locale);
        }
        return {};
    default:
        return {};
    }
}

QVariant TargetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == ExportTypeRole && isMoney(section))
        return int(ColumnType::Money);
    if (role == Qt::TextAlignmentRole)
        return section == Name || section == Level ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Allocated:
            return tr("Sum of the children's targets");
        case Unallocated:
            return tr("Target − allocated to children (negative = over-allocated)");
        case Achieved:
            return tr("Won in the period, credited by performance splits");
        case Completion:
            return tr("Achieved ÷ target; the mark shows the time elapsed in the period");
        case Weighted:
            return tr("Open deals expected to close in the period: amount × win rate × split share");
        case Gap:
            return tr("Target − achieved");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Level:
        return tr("Level");
    case Target:
        return tr("Target");
    case Allocated:
        return tr("Allocated");
    case Unallocated:
        return tr("Unallocated");
    case Achieved:
        return tr("Achieved");
    case Completion:
        return tr("Completion");
    case Weighted:
        return tr("Weighted pipeline");
    case Gap:
        return tr("Gap");
    default:
        return {};
    }
}

Qt::ItemFlags TargetTreeModel::flags(const QModelIndex &index) const
{
    const analytics::TargetNode *n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Target && !n->unassigned)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TargetTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const analytics::TargetNode *n = node(index);
    if (!n || role != Qt::EditRole || index.column() != Target || n->unassigned)
        return false;
    const QString text = value.toString().trimmed();
    const int at = int(index.internalId());
    if (text.isEmpty()) {
        if (n->target && !n->targetDerived)
            emit targetEdited(at, std::nullopt);
        return false;
    }
    const std::optional<qint64> cents = money::parse(text, m_currency);
    if (!cents) {
        const QString written = money::writtenCurrency(text, m_currency);
        QString message;
        if (money::isNegativeText(text))
            message =
                tr("Target of %1 (%2): “%3” is negative. Enter an amount of 0 or more, such as 120万 or 1,200,000.")
                    .arg(displayName(*n), m_progress.period, text);
        else if (!written.isEmpty())
            message = tr("Target of %1 (%2): “%3” is in %4, but targets are in the office's currency, %5.")
                          .arg(displayName(*n), m_progress.period, text, written, m_currency);
        else
            message = tr("Target of %1 (%2): “%3” is not an amount. Enter an amount such as 120万 or 1,200,000.")
                          .arg(displayName(*n), m_progress.period, text);
        emit editRejected(message);
        return false;
    }
    if (!n->target || n->targetDerived || *n->target != *cents)
        emit targetEdited(at, cents);
    return false;
}

} // namespace fd
