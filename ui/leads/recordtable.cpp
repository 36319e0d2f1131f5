#include "recordtable.h"

#include "exportaction.h"

#include <QDateTime>
#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

RecordTable::RecordTable(const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_key(settingsKey)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(settingsKey);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole + 1);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Right-click → Export… writes the list as filtered and sorted.
    // Columns as the header shows them: hidden ones left out, moved ones in their place.
    m_export = new ExportAction(m_view, settingsKey.section(QLatin1Char('/'), -1), m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &) { emit currentChanged(currentId()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &) { emit activated(currentId()); });
}

qint64 RecordTable::exportTo(ExportFormat format, const QString &path) const
{
    return exportView(*m_view, format, path, m_key.section(QLatin1Char('/'), -1));
}

RecordTable::~RecordTable()
{
    // Remembered per table: widths, order, hidden columns and the sort.
    if (m_restored)
        QSettings().setValue(QStringLiteral("tables/%1").arg(m_key), m_view->horizontalHeader()->saveState());
}

void RecordTable::setHeaders(const QStringList &headers)
{
    m_model->setColumnCount(int(headers.size()));
    m_model->setHorizontalHeaderLabels(headers);
    if (!m_restored) {
        m_restored = true;
        const QByteArray state = QSettings().value(QStringLiteral("tables/%1").arg(m_key)).toByteArray();
        if (!state.isEmpty())
            m_view->horizontalHeader()->restoreState(state);
    }
}

void RecordTable::setRows(const QList<QVariantList> &rows, const QList<qint64> &ids)
{
    const qint64 keep = currentId();
    m_model->setRowCount(0);
    for (int r = 0; r < rows.size(); ++r) {
        QList<QStandardItem *> items;
        for (const QVariant &cell : rows.at(r)) {
            auto *item = new QStandardItem;
            const bool number = cell.typeId() == QMetaType::Int || cell.typeId() == QMetaType::LongLong
                                || cell.typeId() == QMetaType::Double;
            QString text = number && cell.typeId() == QMetaType::Double ? QString::number(cell.toDouble(), 'f', 2)
                                                                        : cell.toString();
            // Whole numbers export as number cells; dates and times show briefly and export typed.
            if (number && cell.typeId() != QMetaType::Double)
                item->setData(cell, ExportValueRole);
            if (cell.typeId() == QMetaType::QDate || cell.typeId() == QMetaType::QDateTime) {
                text = cell.typeId() == QMetaType::QDate
                           ? cell.toDate().toString(QStringLiteral("yyyy-MM-dd"))
                           : cell.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                item->setData(cell, ExportValueRole);
            }
            item->setData(text, Qt::DisplayRole);
            item->setData(cell, Qt::UserRole + 1);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        if (!items.isEmpty())
            items.first()->setData(ids.value(r), Qt::UserRole);
        m_model->appendRow(items);
    }
    m_view->resizeColumnsToContents();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(Qt::UserRole).toLongLong() == keep && keep) {
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
    return index.isValid() ? index.siblingAtColumn(0).data(Qt::UserRole).toLongLong() : 0;
}

QList<qint64> RecordTable::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(Qt::UserRole).toLongLong();
    return ids;
}

void RecordTable::setRowForeground(int row, const QColor &color)
{
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (QStandardItem *item = m_model->item(row, c))
            item->setForeground(color);
    }
}

int RecordTable::rowCount() const
{
    return m_proxy->rowCount();
}

} // namespace fd
