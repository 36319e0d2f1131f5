#include "recordtable.h"

#include "emptystate.h"
#include "recordtablemodel.h"

#include "exportaction.h"

#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

RecordTable::RecordTable(const QString &settingsKey, RecordTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_key(settingsKey)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(settingsKey);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(RecordTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Remembered per table: widths, order, hidden columns and the sort.
    const QByteArray state = QSettings().value(QStringLiteral("tables/%1").arg(m_key)).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
    // Right-click → Export… writes the list as filtered and sorted.
    // Columns as the header shows them: hidden ones left out, moved ones in their place.
    m_export = new ExportAction(m_view, settingsKey.section(QLatin1Char('/'), -1), m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &) { emit currentChanged(currentId()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &) { emit activated(currentId()); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordTable::rowsReplaced);
}

void RecordTable::setEmptyState(EmptyState *state)
{
    layout()->removeWidget(m_view);
    m_holder = new ContentOrEmpty(m_view, state, this);
    layout()->addWidget(m_holder);
    m_holder->follow(m_model);
}

EmptyState *RecordTable::emptyState() const
{
    return m_holder ? m_holder->emptyState() : nullptr;
}

bool RecordTable::showsEmptyState() const
{
    return m_holder && m_holder->showsEmpty();
}

qint64 RecordTable::exportTo(ExportFormat format, const QString &path) const
{
    return exportView(*m_view, format, path, m_key.section(QLatin1Char('/'), -1));
}

RecordTable::~RecordTable()
{
    QSettings().setValue(QStringLiteral("tables/%1").arg(m_key), m_view->horizontalHeader()->saveState());
}

void RecordTable::rowsReplaced()
{
    m_view->resizeColumnsToContents();
    if (!m_keep)
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(RecordTableModel::IdRole).toLongLong() == m_keep) {
            m_view->selectRow(row);
            break;
        }
    }
}

void RecordTable::setFilterText(const QString &text)
{
    m_proxy->setFilterFixedString(text);
}

qint64 RecordTable::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(RecordTableModel::IdRole).toLongLong() : 0;
}

int RecordTable::currentRecord() const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    return index.isValid() ? index.row() : -1;
}

QList<qint64> RecordTable::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(RecordTableModel::IdRole).toLongLong();
    return ids;
}

int RecordTable::rowCount() const
{
    return m_proxy->rowCount();
}

} // namespace fd
