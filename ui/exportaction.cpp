#include "exportaction.h"

#include <functional>

#include "domain/errors.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QWidget>

#include <functional>

namespace fd {

namespace {

ColumnType typeOf(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return ColumnType::Integer;
    case QMetaType::QDate:
        return ColumnType::Date;
    case QMetaType::QDateTime:
        return ColumnType::Timestamp;
    default:
        return ColumnType::Text;
    }
}

} // namespace

QList<int> visibleColumns(const QHeaderView &header)
{
    QList<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (logical >= 0 && !header.isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

qint64 exportModel(const QAbstractItemModel &model, ExportFormat format, const QString &path, const QString &sheetName,
                   const QList<int> &columnList)
{
    // Every row in display order: a tree model's children follow their parent (depth first),
    // so a tree exports all its levels, not only the top one.
    QList<QModelIndex> rowIndexes;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex first = model.index(r, 0, parent);
            rowIndexes.append(first);
            if (model.hasChildren(first))
                collect(first);
        }
    };
    collect(QModelIndex());
    const int rows = int(rowIndexes.size());
    QList<int> logical = columnList;
    if (logical.isEmpty()) {
        for (int c = 0; c < model.columnCount(); ++c)
            logical.append(c);
    }
    // The value a typed column takes from a cell: the model's export value, else EditRole.
    const auto typedValue = [&rowIndexes](int r, int c) {
        const QModelIndex index = rowIndexes.at(r).siblingAtColumn(c);
        const QVariant exact = index.data(ExportValueRole);
        return exact.isValid() ? exact : index.data(Qt::EditRole);
    };
    QList<TableColumn> columns;
    for (int c : logical) {
        const QVariant declared = model.headerData(c, Qt::Horizontal, ExportTypeRole);
        std::optional<ColumnType> type;
        if (declared.isValid()) {
            type = ColumnType(declared.toInt());
        } else {
            // A column is typed only when every non-empty cell has that type.
            for (int r = 0; r < rows; ++r) {
                const QVariant v = typedValue(r, c);
                if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
                    continue;
                const ColumnType t = typeOf(v);
                if (type && *type != t) {
                    type = ColumnType::Text;
                    break;
                }
                type = t;
            }
        }
        columns.append(
            {model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), type.value_or(ColumnType::Text)});
    }
    std::unique_ptr<TableSink> sink = openTableFile(format, path, sheetName);
    sink->begin(columns);
    for (int r = 0; r < rows; ++r) {
        QVariantList cells;
        for (int i = 0; i < logical.size(); ++i) {
            const int c = logical.at(i);
            const ColumnType type = columns.at(i).type;
            if (type == ColumnType::Text) {
                const QModelIndex index = rowIndexes.at(r).siblingAtColumn(c);
                const QVariant exact = index.data(ExportValueRole);
                const QString text = exact.isValid() ? exact.toString() : index.data().toString();
                cells.append(text.isEmpty() ? QVariant() : QVariant(text));
            } else {
                const QVariant v = typedValue(r, c);
                // Money is written from integer cents; other types must match exactly.
                const ColumnType want = type == ColumnType::Money ? ColumnType::Integer : type;
                cells.append(v.isNull() || typeOf(v) != want ? QVariant() : v);
            }
        }
        sink->writeRow(cells);
    }
    sink->finish();
    return rows;
}

qint64 exportView(const QAbstractItemView &view, ExportFormat format, const QString &path, const QString &sheetName)
{
    if (!view.model())
        throw Error(QCoreApplication::translate("fd::ExportAction", "The list has nothing to export."));
    const QHeaderView *header = nullptr;
    if (const auto *table = qobject_cast<const QTableView *>(&view))
        header = table->horizontalHeader();
    else if (const auto *tree = qobject_cast<const QTreeView *>(&view))
        header = tree->header();
    const QList<int> columns = header ? visibleColumns(*header) : QList<int>();
    // Every column hidden: refuse rather than write all of them (empty = all).
    if (header && columns.isEmpty() && view.model()->columnCount() > 0)
        throw Error(QCoreApplication::translate("fd::ExportAction", "Every column of the list is hidden."));
    return exportModel(*view.model(), format, path, sheetName, columns);
}

ExportAction::ExportAction(QAbstractItemModel *model, const QString &baseName, QObject *parent)
    : QAction(tr("Export…"), parent)
    , m_model(model)
    , m_baseName(baseName)
{
    setToolTip(tr("Export the rows shown to CSV or Excel (XLSX)"));
    connect(this, &QAction::triggered, this, &ExportAction::exportNow);
}

ExportAction::ExportAction(QAbstractItemView *view, const QString &baseName, QObject *parent, bool contextMenu)
    : ExportAction(view->model(), baseName, parent)
{
    m_view = view;
    if (contextMenu) {
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addAction(this);
    }
}

void ExportAction::exportNow()
{
    if (!m_model && !m_view)
        return;
    QWidget *window = QApplication::activeWindow();
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString filter = xlsx;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(window, tr("Export"),
                                                      QDir(dir).filePath(m_baseName + QStringLiteral(".xlsx")),
                                                      xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    const ExportFormat format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) || filter == csv
                                    ? ExportFormat::Csv
                                    : ExportFormat::Xlsx;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const qint64 rows = m_view ? exportView(*m_view, format, path, m_baseName)
                                   : exportModel(*m_model, format, path, m_baseName);
        QApplication::restoreOverrideCursor();
        QMessageBox::information(window, tr("Export"),
                                 tr("%1 rows written to %2.").arg(rows).arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(window, tr("Export"), tr("The file could not be written: %1").arg(e.message()));
    }
}

} // namespace fd
