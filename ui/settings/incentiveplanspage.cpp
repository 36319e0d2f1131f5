#include "incentiveplanspage.h"

#include "rolepolicy.h"
#include "session.h"
#include "settings/payplandialog.h"
#include "settings/payplantext.h"
#include "settings/settingswidgets.h"
#include "tablecells.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/repositories/payplanrepository.h"
#include "storage/viewer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

namespace {

using settingswidgets::newButton;

QTableWidget *newTable(QWidget *parent, const char *name, int columns)
{
    QTableWidget *table = settingswidgets::newListTable(parent, name);
    table->setColumnCount(columns);
    table->setWordWrap(false);
    return table;
}

QString month(const QDate &day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

IncentivePlansPage::IncentivePlansPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_plans(newTable(this, "payPlans", PlanColumnCount))
    , m_historyTitle(new QLabel(this))
    , m_versions(newTable(this, "payPlanVersions", VersionColumnCount))
    , m_error(new QLabel(this))
    , m_new(newButton(this, "newPlan"))
    , m_newVersion(newButton(this, "newVersion"))
    , m_rename(newButton(this, "renamePlan"))
    , m_active(newButton(this, "togglePlanActive"))
{
    setObjectName(QStringLiteral("incentivePlansPage"));
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("payPlansError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_newVersion, m_rename, m_active})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_plans, 1);
    topLayout->addWidget(m_error);
    topLayout->addLayout(buttons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 8, 0, 0);
    bottomLayout->addWidget(m_historyTitle);
    bottomLayout->addWidget(m_versions, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_intro);
    layout->addWidget(split, 1);

    connect(m_new, &QPushButton::clicked, this, &IncentivePlansPage::newPlan);
    connect(m_newVersion, &QPushButton::clicked, this, &IncentivePlansPage::newVersion);
    connect(m_rename, &QPushButton::clicked, this, &IncentivePlansPage::renameSelected);
    connect(m_active, &QPushButton::clicked, this, &IncentivePlansPage::toggleActive);
    connect(m_plans, &QTableWidget::itemSelectionChanged, this, [this] {
        showHistory();
        updateButtons();
    });
    connect(m_plans, &QTableWidget::itemDoubleClicked, this, [this] {
        if (m_whyNot.isEmpty())
            newVersion();
    });
    for (auto signal : {&Session::databaseChanged, &Session::dataChanged, &Session::userChanged})
        connect(&m_session, signal, this, &IncentivePlansPage::reload);
    retranslateUi();
}

void IncentivePlansPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IncentivePlansPage::retranslateUi()
{
    m_intro->setText(
        tr("What turns each person's credited performance into pay: base pay plus performance pay. A plan applies to "
           "everyone of a role or to one person (a person's own plan wins). Its terms are versioned: "
           "a change applies from a month on and never rewrites the months before."));
    m_plans->setHorizontalHeaderLabels(
        {tr("Plan"), tr("Applies to"), tr("Period"), tr("Status"), tr("Terms from"), tr("Base pay"), tr("Commission")});
    m_versions->setHorizontalHeaderLabels({tr("From"), tr("Base pay"), tr("Commission"), tr("Tiers (marginal)"),
                                           tr("Cap"), tr("Forecast accuracy"), tr("Activity"), tr("Entered"),
                                           tr("Note")});
    m_new->setText(tr("&New Plan…"));
    m_newVersion->setText(tr("New &Version…"));
    m_rename->setText(tr("&Rename…"));
    reload();
}

const PayPlan *IncentivePlansPage::selected() const
{
    const int row = m_plans->currentRow();
    const QList<QTableWidgetItem *> items = m_plans->selectedItems();
    if (items.isEmpty() || row < 0 || row >= m_loaded.size())
        return nullptr;
    return &m_loaded.at(row);
}

void IncentivePlansPage::reload()
{
    const PayPlan *current = selected();
    const qint64 keep = current ? current->id : 0;
    m_plans->setRowCount(0);
    m_loaded.clear();
    Database *db = m_session.database();
    if (!db) {
        m_whyNot = tr("No database is open.");
        showHistory();
        updateButtons();
        return;
    }
    try {
        const Viewer viewer = Viewer::of(*db);
        m_whyNot = viewer.mayEditPayPlans()
                       ? QString()
                       : tr("Only finance or an administrator may create or change incentive plans.");
        m_loaded = PayPlanRepository(*db).all();
        const QHash<qint64, QString> names = payplantext::personNames(*db);
        const QString currency = m_session.currency();
        const QDate today = db->clock().now().date();
        m_plans->setRowCount(int(m_loaded.size()));
        for (int r = 0; r < m_loaded.size(); ++r) {
            const PayPlan &p = m_loaded.at(r);
            const PlanVersion *terms = payplans::versionOn(p, today);
            // Not in force yet: what it will pay from its first month.
            if (!terms && !p.versions.isEmpty())
                terms = &p.versions.first();
            const QStringList cells{
                p.name,
                payplantext::appliesTo(p, names),
                payplantext::period(p.period),
                p.active ? tr("Active") : tr("Inactive"),
                terms ? month(terms->effectiveFrom) : QString(),
                terms ? money::format(terms->basePayCents, currency) : QString(),
                terms ? payplantext::commissions(terms->commissions) : QString(),
            };
            for (int c = 0; c < cells.size(); ++c)
                m_plans->setItem(r, c, readOnlyCell(cells.at(c), c == BasePayColumn));
            if (!p.active)
                for (int c = 0; c < cells.size(); ++c)
                    m_plans->item(r, c)->setForeground(palette().color(QPalette::PlaceholderText));
        }
    } catch (const Error &e) {
        m_whyNot = e.message();
        m_error->setText(e.message());
        m_error->show();
    }
    m_plans->resizeColumnsToContents();
    m_plans->horizontalHeader()->setStretchLastSection(true);
    if (keep)
        selectPlan(keep);
    else if (!m_loaded.isEmpty())
        m_plans->selectRow(0);
    showHistory();
    updateButtons();
}

void IncentivePlansPage::selectPlan(qint64 planId)
{
    for (int r = 0; r < m_loaded.size(); ++r) {
        if (m_loaded.at(r).id == planId) {
            m_plans->selectRow(r);
            return;
        }
    }
}

void IncentivePlansPage::showHistory()
{
    m_versions->setRowCount(0);
    const PayPlan *plan = selected();
    Database *db = m_session.database();
    if (!plan || !db) {
        m_historyTitle->setText(tr("Versions"));
        return;
    }
    m_historyTitle->setText(tr("Versions of %1 (newest first; a version is never changed)").arg(plan->name));
    const QString currency = m_session.currency();
    const QHash<qint64, QString> names = payplantext::personNames(*db);
    const int count = int(plan->versions.size());
    m_versions->setRowCount(count);
    for (int i = 0; i < count; ++i) {
        const PlanVersion &v = plan->versions.at(count - 1 - i);
        const QString accuracy =
            v.accuracyBonusCents
                ? tr("%1 (± %2 %)").arg(money::format(v.accuracyBonusCents, currency)).arg(v.accuracyTolerancePercent)
                : QStringLiteral("—");
        const QString activity =
            v.activityBonusCents
                ? tr("%1 / %2 activities").arg(money::format(v.activityBonusCents, currency)).arg(v.activityNorm)
                : QStringLiteral("—");
        const QString entered = v.createdBy ? tr("%1, %2").arg(names.value(v.createdBy),
                                                               v.createdAt.toLocalTime().date().toString(Qt::ISODate))
                                            : v.createdAt.toLocalTime().date().toString(Qt::ISODate);
        const QStringList cells{month(v.effectiveFrom),
                                money::format(v.basePayCents, currency),
                                payplantext::commissions(v.commissions),
                                payplantext::tiers(v.tiers),
                                v.capCents ? money::format(*v.capCents, currency) : QStringLiteral("—"),
                                accuracy,
                                activity,
                                entered,
                                v.note};
        for (int c = 0; c < cells.size(); ++c)
            m_versions->setItem(i, c, readOnlyCell(cells.at(c), c == VersionBasePayColumn || c == CapColumn));
    }
    m_versions->resizeColumnsToContents();
    m_versions->horizontalHeader()->setStretchLastSection(true);
}

void IncentivePlansPage::updateButtons()
{
    const PayPlan *plan = selected();
    rolepolicy::gate(m_new, m_whyNot);
    for (QPushButton *b : {m_newVersion, m_rename, m_active})
        rolepolicy::gate(b, m_whyNot.isEmpty() && !plan ? tr("Select a plan first.") : m_whyNot);
    m_active->setText(plan && !plan->active ? tr("&Activate") : tr("&Deactivate"));
}

void IncentivePlansPage::changed(qint64 planId)
{
    m_error->hide();
    reload();
    selectPlan(planId);
    m_session.notifyDataChanged();
}

void IncentivePlansPage::newPlan()
{
    Database *db = m_session.database();
    if (!db)
        return;
    PayPlanDialog dialog(*db, this);
    if (dialog.exec() == QDialog::Accepted)
        changed(dialog.stored().id);
}

void IncentivePlansPage::newVersion()
{
    Database *db = m_session.database();
    const PayPlan *plan = selected();
    if (!db || !plan)
        return;
    PayPlanDialog dialog(*db, *plan, this);
    if (dialog.exec() == QDialog::Accepted)
        changed(dialog.stored().id);
}

QString IncentivePlansPage::change(qint64 planId, const std::function<void(PayPlanRepository &)> &write)
{
    Database *db = m_session.database();
    if (!db)
        return tr("No database is open.");
    try {
        PayPlanRepository plans(*db);
        write(plans);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return e.message();
    }
    changed(planId);
    return {};
}

QString IncentivePlansPage::rename(qint64 planId, const QString &name)
{
    return change(planId, [&](PayPlanRepository &plans) { plans.rename(planId, name); });
}

QString IncentivePlansPage::setActive(qint64 planId, bool active)
{
    return change(planId, [&](PayPlanRepository &plans) { plans.setActive(planId, active); });
}

void IncentivePlansPage::renameSelected()
{
    const PayPlan *plan = selected();
    if (!plan)
        return;
    const qint64 id = plan->id;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Plan"), tr("New name of %1:").arg(plan->name),
                                               QLineEdit::Normal, plan->name, &ok);
    if (ok)
        rename(id, name);
}

void IncentivePlansPage::toggleActive()
{
    const PayPlan *plan = selected();
    if (!plan)
        return;
    const qint64 id = plan->id;
    if (plan->active) {
        const auto answer = QMessageBox::question(
            this, tr("Deactivate %1").arg(plan->name),
            tr("%1 will pay nothing from now on, in periods not yet closed too; its versions stay for the record. "
               "Deactivate it?")
                .arg(plan->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    setActive(id, !plan->active);
}

} // namespace fd
