#include "exportaction.h"

#include "domain/errors.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QWidget>

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

qint64 exportModel(const QAbstractItemModel &model, ExportFormat format, const QString &path, const QString &sheetName)
{
    const int rows = model.rowCount();
    const int cols = model.columnCount();
    QList<TableColumn> columns;
    for (int c = 0; c < cols; ++c) {
        // A column is typed only when every non-empty cell has that type.
        std::optional<ColumnType> type;
        for (int r = 0; r < rows; ++r) {
            const QVariant v = model.index(r, c).data(Qt::EditRole);
            if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
                continue;
            const ColumnType t = typeOf(v);
            if (type && *type != t) {
                type = ColumnType::Text;
                break;
            }
            type = t;
        }
        columns.append(
            { model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), type.value_or(ColumnType::Text) });
    }
    std::unique_ptr<TableSink> sink = openTableFile(format, path, sheetName);
    sink->begin(columns);
    for (int r = 0; r < rows; ++r) {
        QVariantList cells;
        for (int c = 0; c < cols; ++c) {
            const QModelIndex index = model.index(r, c);
            if (columns.at(c).type == ColumnType::Text) {
                const QString text = index.data(Qt::DisplayRole).toString();
                cells.append(text.isEmpty() ? QVariant() : QVariant(text));
            } else {
                const QVariant v = index.data(Qt::EditRole);
                cells.append(v.isNull() || typeOf(v) != columns.at(c).type ? QVariant() : v);
            }
        }
        sink->writeRow(cells);
    }
    sink->finish();
    return rows;
}

ExportAction::ExportAction(QAbstractItemModel *model, const QString &baseName, QObject *parent)
    : QAction(tr("Export…"), parent)
    , m_model(model)
    , m_baseName(baseName)
{
    setToolTip(tr("Export the rows shown to CSV or Excel (XLSX)"));
    connect(this, &QAction::triggered, this, &ExportAction::exportNow);
}

void ExportAction::exportNow()
{
    if (!m_model)
        return;
    QWidget *window = QApplication::activeWindow();
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString filter = xlsx;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(window, tr("Export"),
        QDir(dir).filePath(m_baseName + QStringLiteral(".xlsx")), xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    const ExportFormat format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) || filter == csv
        ? ExportFormat::Csv
        : ExportFormat::Xlsx;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const qint64 rows = exportModel(*m_model, format, path, m_baseName);
        QApplication::restoreOverrideCursor();
        QMessageBox::information(
            window, tr("Export"), tr("%1 rows written to %2.").arg(rows).arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(window, tr("Export"), tr("The file could not be written: %1").arg(e.message()));
    }
}

} // namespace fd
