#pragma once

#include <QList>
#include <QWidget>

#include "io/exporter.h"

class QAction;
class QSortFilterProxyModel;
class QTableView;

namespace fd {

class ContentOrEmpty;
class EmptyState;
class RecordTableModel;

// A sortable, filterable table of records: a RecordTableModel (the rows, typed) behind a
// QSortFilterProxyModel that sorts by the typed values, in a view whose column widths,
// order and sort are remembered in QSettings under `settingsKey`. When the model's rows
// are replaced, the current record stays current if it is still there.
class RecordTable final : public QWidget
{
    Q_OBJECT

public:
    // `model` (its columns defined) is the page's; it must outlive the table.
    RecordTable(const QString &settingsKey, RecordTableModel *model, QWidget *parent = nullptr);
    ~RecordTable() override;

    // Shows only rows with `text` in any column.
    void setFilterText(const QString &text);
    // Id of the current row (0 = none) and of every selected row.
    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    // The model's row of the current record (-1 = none), for pages that need the record
    // itself (RecordListModel::row), not only its id.
    int currentRecord() const;
    int rowCount() const;
    QTableView *view() const { return m_view; }
    // "Export…" of the rows shown (also on the table's context menu), for a toolbar button.
    QAction *exportAction() const { return m_export; }
    // Writes the rows shown (current filter and sort; visible columns in the header's order)
    // to `path`; returns the row count. Throws Error.
    qint64 exportTo(ExportFormat format, const QString &path) const;
    // Shows `state` (taken as a child) instead of the table while the model has no rows.
    void setEmptyState(EmptyState *state);
    EmptyState *emptyState() const;
    // Whether the empty state is shown now.
    bool showsEmptyState() const;

signals:
    void currentChanged(qint64 id);
    void activated(qint64 id);

private:
    // Keeps the current record across a model reset.
    void rowsReplaced();

    QString m_key;
    RecordTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_export = nullptr;
    qint64 m_keep = 0;
    ContentOrEmpty *m_holder = nullptr;
};

} // namespace fd
