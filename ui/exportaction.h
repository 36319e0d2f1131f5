#pragma once

#include "io/exporter.h"

#include <QAction>
#include <QList>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;
class QHeaderView;

namespace fd {

// Optional roles a model may answer to make its export exact where the screen shows
// formatted text (e.g. "¥12.3万"):
// - headerData(column, Qt::Horizontal, ExportTypeRole): int(ColumnType), forces the
//   column's type (Money is never guessed: cents look like any integer);
// - data(index, ExportValueRole): the typed cell value (cents for Money, QDate, ...),
//   used instead of EditRole / DisplayRole.
constexpr int ExportTypeRole = Qt::UserRole + 0x4500;
constexpr int ExportValueRole = Qt::UserRole + 0x4501;

// The logical columns a header shows, in its visual order (moved sections followed,
// hidden ones left out).
QList<int> visibleColumns(const QHeaderView &header);

// Writes the rows a model currently shows (after any proxy's filter and sort) to CSV
// (UTF-8 with BOM) or XLSX through core/io's table sinks (a tree: every level, each row
// followed by its children). Cells take the model's
// ExportValueRole, else EditRole value: integers, dates and timestamps become typed cells,
// the rest the DisplayRole text. `columns` are the logical columns to write, in order
// (empty = all, in model order). Returns the number of rows written. Throws Error.
qint64 exportModel(const QAbstractItemModel &model, ExportFormat format, const QString &path,
                   const QString &sheetName = QStringLiteral("Sheet1"), const QList<int> &columns = {});
// The same for what a table or tree view shows: its model's rows, the header's visible
// columns in the header's order.
qint64 exportView(const QAbstractItemView &view, ExportFormat format, const QString &path,
                  const QString &sheetName = QStringLiteral("Sheet1"));

// "Export…" for any list: asks for a file (.csv or .xlsx) and exports the model as shown.
// Add it to a toolbar or menu; the model may change later (setModel).
class ExportAction final : public QAction
{
    Q_OBJECT

public:
    ExportAction(QAbstractItemModel *model, const QString &baseName, QObject *parent);
    // Exports what `view` shows when triggered (its current model, visible columns in the
    // header's order); the action is also added to the view's context menu when
    // `contextMenu` is true (the view's policy becomes Qt::ActionsContextMenu).
    ExportAction(QAbstractItemView *view, const QString &baseName, QObject *parent, bool contextMenu = true);
    void setModel(QAbstractItemModel *model) { m_model = model; }

private:
    void exportNow();

    QPointer<QAbstractItemModel> m_model;
    QPointer<QAbstractItemView> m_view;
    QString m_baseName;
};

} // namespace fd
