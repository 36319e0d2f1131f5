#pragma once

#include "pageregistry.h"

#include "livepage.h"
#include "undoablepage.h"
#include "widgets/recordtablemodel.h"

#include "domain/lead.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace fd {

class RecordTable;
struct DuplicatePair;

// 线索: the lead list (sortable, filterable, remembered columns), the public pool with
// claim / assign / round-robin, the duplicate review with merge and undo, and conversion.
class LeadsPage final : public LivePage, public UndoablePage
{
    Q_OBJECT

public:
    explicit LeadsPage(PageContext &context, QWidget *parent = nullptr);

    // Merges of duplicate leads and customers, for Edit → Undo and the "Undo merge" button.
    QUndoStack *undoStack() const override { return m_undoStack; }

private:
    void retranslateUi() override;
    // Reads leads and pool again, and the duplicates when their tab is shown.
    void reload() override;
    // Pairs the duplicates again when they are stale and their tab is the current one.
    void reloadDuplicates();
    void fillUsers();
    void claim();
    void assign();
    void roundRobin();
    void returnStale();
    void mergeSelected();
    void convert();
    void editLead(bool create);
    void showError(const QString &what);

    // A lead as the list shows it: with its owner's name ("(pool)" for none).
    struct LeadRow
    {
        Lead lead;
        QString owner;
    };
    static QList<RecordListModel<LeadRow>::Column> leadColumns();
    static QList<RecordListModel<Lead>::Column> poolColumns();

    PageContext &m_context;
    QLabel *m_heading;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QTabWidget *m_tabs;
    RecordListModel<LeadRow> *m_leadRows;
    RecordListModel<Lead> *m_poolRows;
    RecordListModel<DuplicatePair> *m_duplicateRows;
    RecordTable *m_leads;
    RecordTable *m_pool;
    RecordTable *m_duplicates;
    QPushButton *m_convert;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_log;
    QPushButton *m_claim;
    QComboBox *m_assignee;
    QPushButton *m_assign;
    QComboBox *m_team;
    QPushButton *m_roundRobin;
    QPushButton *m_returnStale;
    QComboBox *m_dupKind;
    QPushButton *m_merge;
    QPushButton *m_undo;
    QLabel *m_poolNote;
    QLabel *m_dupNote;
    QUndoStack *m_undoStack;
    bool m_duplicatesStale = true;
    static constexpr int kDuplicateTab = 2;
};

} // namespace fd
