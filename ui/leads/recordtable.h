#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>
#include <QWidget>

#include "io/exporter.h"

class QAction;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace fd {

// A sortable, filterable table of records (QStandardItemModel behind a
// QSortFilterProxyModel) whose column widths, order and sort are remembered in
// QSettings under `settingsKey`. Row ids travel in Qt::UserRole of column 0.
class RecordTable final : public QWidget
{
    Q_OBJECT

public:
    explicit RecordTable(const QString &settingsKey, QWidget *parent = nullptr);
    ~RecordTable() override;

    // Sets the (translated) column titles; keeps rows.
    void setHeaders(const QStringList &headers);
    // Replaces the rows: each row's cells, its id; cells sort by their QVariant (numbers as numbers;
    // QDate / QDateTime cells show as yyyy-MM-dd [HH:mm local] and export as typed cells).
    void setRows(const QList<QVariantList> &rows, const QList<qint64> &ids);
    // Shows only rows with `text` in any column.
    void setFilterText(const QString &text);
    // Id of the current row (0 = none) and of every selected row.
    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    // Paints a row's text in `color` (e.g. overdue tasks in red).
    void setRowForeground(int row, const QColor &color);
    int rowCount() const;
    QTableView *view() const { return m_view; }
    // "Export…" of the rows shown (also on the table's context menu), for a toolbar button.
    QAction *exportAction() const { return m_export; }
    // Writes the rows shown (current filter and sort; visible columns in the header's order)
    // to `path`; returns the row count. Throws Error.
    qint64 exportTo(ExportFormat format, const QString &path) const;

signals:
    void currentChanged(qint64 id);
    void activated(qint64 id);

private:
    QString m_key;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_export = nullptr;
    bool m_restored = false;
};

} // namespace fd
