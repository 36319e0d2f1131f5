#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace fd {

class AuditTableModel;
class Database;

// The History tab of an editor: who changed what and when, from → to, for one record (or a
// record and its parts: a customer and its contacts), newest first, through AuditReader (so
// what the signed-in person may see). Loads when first shown and again on reload(). Keeps its
// own tab's title ("History") in the current language.
class HistoryTab final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryTab(Database &db, QWidget *parent = nullptr);

    // For an editor without tabs: `history` as the one tab ("History") of a new tab widget,
    // parented to `parent`, to add below the editor's form.
    static QTabWidget *inOwnTabs(HistoryTab *history, QWidget *parent);
    // For an editor with tabs: `history` added as their last tab, titled "History" at once (a tab
    // added untitled stayed blank until it was first shown).
    static void addAsTab(QTabWidget *tabs, HistoryTab *history);

    // The records whose history this shows: (kind, id) pairs as AuditFilter names them. With
    // more than one, a Record column says which. Reloads when visible.
    void setRecords(const QList<QPair<QString, qint64>> &records);
    // Reads the history again.
    void reload();
    AuditTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Database &m_db;
    QList<QPair<QString, qint64>> m_records;
    AuditTableModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    bool m_loaded = false;
};

} // namespace fd
