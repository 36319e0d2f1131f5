#include "activitiespage.h"

#include "importwizard/importwizard.h"
#include "widgets/emptystate.h"

#include "exportaction.h"
#include "session.h"
#include "widgets/recordtable.h"

#include "domain/activity.h"
#include "domain/clock.h"
#include "domain/customer.h"
#include "domain/errors.h"
#include "domain/organization.h"
#include "leads/activityfunnel.h"
#include "storage/database.h"
#include "storage/repositories/activityrepository.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/organizationrepository.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace fd {

namespace {

const ActivityKind kKinds[] = {ActivityKind::Call, ActivityKind::Visit, ActivityKind::Meeting, ActivityKind::Proposal,
                               ActivityKind::Email};

QString kindText(ActivityKind k)
{
    switch (k) {
    case ActivityKind::Call:
        return ActivitiesPage::tr("Call");
    case ActivityKind::Visit:
        return ActivitiesPage::tr("Visit");
    case ActivityKind::Meeting:
        return ActivitiesPage::tr("Meeting");
    case ActivityKind::Proposal:
        return ActivitiesPage::tr("Proposal");
    case ActivityKind::Email:
        return ActivitiesPage::tr("E-mail");
    }
    return {};
}

QFont bold(QFont f)
{
    f.setBold(true);
    return f;
}

// Overdue tasks are listed in red.
const QColor kOverdue(0xc6, 0x28, 0x28);

} // namespace

// The task list's columns: what each shows and sorts by (the due time as a time).
QList<RecordListModel<ActivitiesPage::TaskRow>::Column> ActivitiesPage::taskColumns()
{
    using T = TaskRow;
    return {
        {[] { return tr("Due"); }, [](const T &t) { return QVariant(t.task.dueAt); }},
        {[] { return tr("Task"); }, [](const T &t) { return QVariant(t.task.title); }},
        {[] { return tr("Customer"); }, [](const T &t) { return QVariant(t.customer); }},
        {[] { return tr("Assignee"); }, [](const T &t) { return QVariant(t.assignee); }},
        {[] { return tr("State"); }, [](const T &t) { return QVariant(t.overdue ? tr("Overdue") : tr("Open")); }},
    };
}

ActivitiesPage::ActivitiesPage(PageContext &context, QWidget *parent)
    : LivePage(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_logLabel(new QLabel(this))
    , m_customer(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_tasksLabel(new QLabel(this))
    , m_taskRows(new RecordListModel<TaskRow>(
          taskColumns(), [](const TaskRow &t) { return t.task.id; }, this))
    , m_tasks(new RecordTable(QStringLiteral("tasks"), m_taskRows, this))
    , m_taskTitle(new QLineEdit(this))
    , m_taskDue(new QDateEdit(this))
    , m_addTask(new QPushButton(this))
    , m_done(new QPushButton(this))
    , m_exportTasks(new QToolButton(this))
    , m_exportFunnel(new QToolButton(this))
    , m_funnelLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_funnel(new QTableWidget(this))
    , m_chart(new QChartView(this))
{
    m_taskRows->setForeground([](const TaskRow &t) { return t.overdue ? kOverdue : QColor(); });
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(320);
    m_chart->setObjectName(QStringLiteral("activityFunnelChart"));
    setObjectName(QStringLiteral("activitiesPage"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    for (QLabel *l : {m_logLabel, m_tasksLabel, m_funnelLabel})
        l->setFont(bold(l->font()));
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->setMinimumContentsLength(24);
    for (QDateEdit *d : {m_taskDue, m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_funnel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_funnel->verticalHeader()->hide();
    m_funnel->setAlternatingRowColors(true);
    m_funnel->setSortingEnabled(true);
    m_funnel->setObjectName(QStringLiteral("activityFunnel"));
    // Export… on both lists: right-click, or the button next to each list's controls.
    m_exportTasks->setObjectName(QStringLiteral("exportTasks"));
    m_exportTasks->setDefaultAction(m_tasks->exportAction());
    m_exportFunnel->setObjectName(QStringLiteral("exportFunnel"));
    m_exportFunnel->setDefaultAction(new ExportAction(m_funnel, QStringLiteral("activity-funnel"), m_funnel));

    auto *log = new QHBoxLayout;
    log->addWidget(m_customer, 2);
    log->addWidget(m_subject, 2);
    for (int i = 0; i < 5; ++i) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("quickLog%1").arg(i));
        m_kinds << b;
        log->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, i] { quickLog(i); });
    }

    auto *taskBar = new QHBoxLayout;
    taskBar->addWidget(m_taskTitle, 2);
    taskBar->addWidget(m_taskDue);
    taskBar->addWidget(m_addTask);
    taskBar->addStretch(1);
    taskBar->addWidget(m_done);
    taskBar->addWidget(m_exportTasks);

    auto *funnelBar = new QHBoxLayout;
    funnelBar->addWidget(m_funnelLabel);
    funnelBar->addStretch(1);
    funnelBar->addWidget(m_from);
    funnelBar->addWidget(new QLabel(QStringLiteral("–"), this));
    funnelBar->addWidget(m_to);
    funnelBar->addWidget(m_exportFunnel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_logLabel);
    layout->addLayout(log);
    layout->addWidget(m_tasksLabel);
    layout->addLayout(taskBar);
    layout->addWidget(m_tasks, 1);
    layout->addLayout(funnelBar);
    auto *funnelRow = new QHBoxLayout;
    funnelRow->addWidget(m_funnel, 3);
    funnelRow->addWidget(m_chart, 2);
    layout->addLayout(funnelRow, 1);

    connect(m_funnel, &QTableWidget::itemSelectionChanged, this, &ActivitiesPage::updateChart);
    connect(m_addTask, &QPushButton::clicked, this, &ActivitiesPage::addTask);
    auto *empty = new EmptyState(QStringLiteral("activitiesEmpty"));
    empty->addButton(QStringLiteral("emptyLog"), [this] { m_customer->setFocus(); });
    empty->addButton(QStringLiteral("emptyImport"),
                     [this] { ImportWizard::runFor(m_context.session, this, DataKind::Activities); });
    m_tasks->setEmptyState(empty);
    connect(m_done, &QPushButton::clicked, this, &ActivitiesPage::markDone);
    connect(m_from, &QDateEdit::dateChanged, this, &ActivitiesPage::refreshFunnel);
    connect(m_to, &QDateEdit::dateChanged, this, &ActivitiesPage::refreshFunnel);
    watchSession(m_context.session);
    retranslateUi();
}

void ActivitiesPage::retranslateUi()
{
    m_heading->setText(tr("Activities"));
    m_logLabel->setText(tr("Quick log: pick a customer, then press what happened"));
    m_customer->lineEdit()->setPlaceholderText(tr("Customer"));
    m_subject->setPlaceholderText(tr("Note (optional)"));
    for (int i = 0; i < m_kinds.size(); ++i)
        m_kinds.at(i)->setText(kindText(kKinds[i]));
    m_tasksLabel->setText(tr("Open follow-up tasks (overdue in red)"));
    m_taskTitle->setPlaceholderText(tr("New follow-up task for the customer above"));
    m_addTask->setText(tr("Add task"));
    m_done->setText(tr("Mark done"));
    m_funnelLabel->setText(tr("Activity funnel per rep"));
    m_taskRows->retranslate();
    m_tasks->emptyState()->setTexts(tr("No follow-up tasks yet"),
                                    tr("Calls, visits and meetings are logged above: pick a customer, then press "
                                       "what happened. A task added here reminds its owner when it is due. Past "
                                       "activities can be imported."),
                                    {tr("Log an activity"), tr("Import activities…")});
}

qint64 ActivitiesPage::actingUser(qint64 customerId) const
{
    Database *db = m_context.session.database();
    if (db->actingUserId())
        return db->actingUserId();
    // No login yet: the customer's owner logs, else the first active user.
    if (customerId) {
        const qint64 owner = CustomerRepository(*db).get(customerId).ownerId;
        if (owner)
            return owner;
    }
    const QList<User> users = OrganizationRepository(*db).users();
    return users.isEmpty() ? 0 : users.first().id;
}

void ActivitiesPage::reload()
{
    Database *db = m_context.session.database();
    if (!db) {
        m_customer->clear();
        m_taskRows->setRows({});
        m_funnel->setRowCount(0);
        return;
    }
    try {
        const QDate today = db->clock().now().date();
        if (m_to->date() == QDate(2000, 1, 1) || !m_to->property("set").toBool()) {
            const QSignalBlocker b1(m_from);
            const QSignalBlocker b2(m_to);
            m_to->setDate(today);
            m_from->setDate(today.addDays(-89));
            m_to->setProperty("set", true);
            m_taskDue->setDate(today.addDays(3));
        }
        const qint64 keep = m_customer->currentData().toLongLong();
        m_customer->clear();
        CustomerFilter cf;
        cf.limit = 5000;
        for (const CustomerSummary &c : CustomerRepository(*db).list(cf))
            m_customer->addItem(c.name, c.id);
        m_customer->setCurrentIndex(qMax(0, m_customer->findData(keep)));

        QHash<qint64, QString> users;
        for (const User &u : OrganizationRepository(*db).users(true))
            users.insert(u.id, u.displayName);
        const QDateTime now = db->clock().now();
        ActivityFilter open;
        open.limit = 2000;
        const QList<FollowUpTask> tasks = ActivityRepository(*db).openTasks(open);
        QList<qint64> customerIds;
        for (const FollowUpTask &t : tasks)
            if (t.customerId)
                customerIds << t.customerId;
        const QHash<qint64, QString> customers = CustomerRepository(*db).names(customerIds);
        QList<TaskRow> rows;
        for (const FollowUpTask &t : tasks)
            rows << TaskRow{t, customers.value(t.customerId), users.value(t.userId), t.dueAt < now};
        m_taskRows->setRows(rows);
        refreshFunnel();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Activities"), e.message());
    }
}

void ActivitiesPage::refreshFunnel()
{
    Database *db = m_context.session.database();
    if (!db)
        return;
    const QStringList headers{tr("Rep"),
                              tr("Calls"),
                              tr("Leads"),
                              tr("Meetings and visits"),
                              tr("Proposals"),
                              tr("Wins"),
                              tr("Leads per call"),
                              tr("Meetings per lead"),
                              tr("Proposals per meeting"),
                              tr("Wins per proposal")};
    m_funnel->setSortingEnabled(false);
    m_funnel->clear();
    m_funnel->setColumnCount(int(headers.size()));
    m_funnel->setHorizontalHeaderLabels(headers);
    const QList<RepActivityFunnel> rows = activityFunnel(*db, m_from->date(), m_to->date());
    m_funnel->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const RepActivityFunnel &f = rows.at(r);
        m_funnel->setItem(r, 0, new QTableWidgetItem(f.name));
        const QList<qint64> steps = f.steps();
        for (int s = 0; s < steps.size(); ++s) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, steps.at(s));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_funnel->setItem(r, 1 + s, item);
        }
        for (int s = 1; s < 5; ++s) {
            const auto ratio = f.ratio(s);
            auto *item = new QTableWidgetItem(ratio ? QLocale().toString(*ratio, 'f', 2) : QStringLiteral("—"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_funnel->setItem(r, 5 + s, item);
        }
    }
    m_funnel->resizeColumnsToContents();
    m_funnel->setSortingEnabled(true);
    updateChart();
}

void ActivitiesPage::updateChart()
{
    // The selected rep's five steps, or the whole office's when no row is selected.
    const int row = m_funnel->currentRow();
    const bool one = row >= 0 && !m_funnel->selectedItems().isEmpty();
    QList<qint64> totals(5, 0);
    for (int r = 0; r < m_funnel->rowCount(); ++r) {
        if (one && r != row)
            continue;
        for (int s = 0; s < 5; ++s) {
            if (QTableWidgetItem *item = m_funnel->item(r, 1 + s))
                totals[s] += item->data(Qt::DisplayRole).toLongLong();
        }
    }
    auto *chart = new QChart;
    chart->setTitle(one ? m_funnel->item(row, 0)->text() : tr("All reps"));
    chart->legend()->hide();
    auto *set = new QBarSet(QString());
    QStringList categories;
    const QStringList names{tr("Calls"), tr("Leads"), tr("Meetings and visits"), tr("Proposals"), tr("Wins")};
    // Bars from the top: calls first, as a funnel reads.
    for (int s = 4; s >= 0; --s) {
        *set << double(totals.at(s));
        categories << names.at(s);
    }
    set->setColor(QColor(0x1f, 0x6f, 0xb2));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setRange(0, qMax<qint64>(1, *std::max_element(totals.cbegin(), totals.cend())) * 1.1);
    axisX->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void ActivitiesPage::quickLog(int kind)
{
    Database *db = m_context.session.database();
    const qint64 customer = m_customer->currentData().toLongLong();
    if (!db)
        return;
    if (!customer || m_customer->currentText() != m_customer->itemText(m_customer->currentIndex())) {
        QMessageBox::information(this, tr("Quick log"), tr("Pick a customer first."));
        return;
    }
    try {
        Activity a;
        a.kind = kKinds[kind];
        a.subject = m_subject->text().trimmed().isEmpty() ? kindText(a.kind) : m_subject->text().trimmed();
        a.occurredAt = db->clock().now();
        a.customerId = customer;
        a.userId = actingUser(customer);
        ActivityRepository(*db).log(a);
        m_subject->clear();
        m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Quick log"), e.message());
    }
}

void ActivitiesPage::addTask()
{
    Database *db = m_context.session.database();
    if (!db || m_taskTitle->text().trimmed().isEmpty())
        return;
    try {
        FollowUpTask t;
        t.title = m_taskTitle->text().trimmed();
        t.dueAt = QDateTime(m_taskDue->date(), QTime(9, 0)).toUTC();
        t.customerId = m_customer->currentData().toLongLong();
        t.userId = actingUser(t.customerId);
        ActivityRepository(*db).addTask(t);
        m_taskTitle->clear();
        m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Activities"), e.message());
    }
}

void ActivitiesPage::markDone()
{
    Database *db = m_context.session.database();
    if (!db)
        return;
    try {
        for (qint64 id : m_tasks->selectedIds())
            ActivityRepository(*db).setTaskDone(id);
        m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Activities"), e.message());
    }
}

} // namespace fd
