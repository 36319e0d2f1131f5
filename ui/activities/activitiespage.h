#pragma once

#include "pageregistry.h"

#include "livepage.h"
#include "widgets/recordtablemodel.h"

#include "domain/activity.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QToolButton;
class QChartView;

namespace fd {

class RecordTable;

// 跟进: quick-log of a call, visit, meeting, proposal or e-mail in two clicks (pick the
// customer, press the kind), follow-up tasks with due dates (overdue in red), and the
// activity funnel per rep (calls → leads → meetings → proposals → wins with ratios).
class ActivitiesPage final : public LivePage
{
    Q_OBJECT

public:
    explicit ActivitiesPage(PageContext &context, QWidget *parent = nullptr);

private:
    void retranslateUi() override;
    // Reads customers, tasks and the activity funnel again.
    void reload() override;
    void quickLog(int kind);
    void addTask();
    void markDone();
    void refreshFunnel();
    void updateChart();
    qint64 actingUser(qint64 customerId) const;

    // An open task as the list shows it: with its customer's and assignee's names.
    struct TaskRow
    {
        FollowUpTask task;
        QString customer;
        QString assignee;
        bool overdue = false;
    };
    static QList<RecordListModel<TaskRow>::Column> taskColumns();

    PageContext &m_context;
    QLabel *m_heading;
    QLabel *m_logLabel;
    QComboBox *m_customer;
    QLineEdit *m_subject;
    QList<QPushButton *> m_kinds;
    QLabel *m_tasksLabel;
    RecordListModel<TaskRow> *m_taskRows;
    RecordTable *m_tasks;
    QLineEdit *m_taskTitle;
    QDateEdit *m_taskDue;
    QPushButton *m_addTask;
    QPushButton *m_done;
    QToolButton *m_exportTasks;
    QToolButton *m_exportFunnel;
    QLabel *m_funnelLabel;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_funnel;
    QChartView *m_chart;
};

} // namespace fd
