#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace fd {

class AuditTableModel;
class ExportAction;
class Session;

// Settings → Audit log: who changed what and when in the whole database, newest first,
// filtered by person, record type, action and a date range (UTC days; the last 30 by
// default), one row per changed field (AuditTableModel). What the signed-in person may see
// (AuditReader): a rep their records' and their own rows. Export writes the rows shown to CSV
// or Excel (ExportAction); a double-click opens the record in its editor.
class AuditLogPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(Session &session, QWidget *parent = nullptr);

    // Reads the log again with the current filter (the page does so itself when shown after a
    // change or a new filter).
    void reload();
    // Filter controls (for tests): the person (user id, 0 = anyone), record kind ("" = any),
    // the days. Each reloads.
    void setPerson(qint64 userId);
    void setKind(const QString &kind);
    void setDays(const QDate &from, const QDate &to);
    AuditTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ExportAction *exportAction() const { return m_export; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void reloadWhenShown();
    void retranslateUi();
    void fillChoices();
    void openRow(const QModelIndex &index);

    Session &m_session;
    QLabel *m_personLabel;
    QComboBox *m_person;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QPushButton *m_exportButton;
    QTableView *m_view;
    AuditTableModel *m_model;
    ExportAction *m_export;
    QLabel *m_summary;
    bool m_stale = true; // the shown rows may be out of date: read again when shown
};

} // namespace fd
