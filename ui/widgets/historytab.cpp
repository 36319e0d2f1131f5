#include "historytab.h"

#include "audittablemodel.h"

#include "audit/auditreader.h"
#include "audit/audittext.h"
#include "domain/errors.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

HistoryTab::HistoryTab(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new AuditTableModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("historyTab"));
    m_view->setObjectName(QStringLiteral("historyTable"));
    AuditTableModel::showIn(m_view, m_model);
    m_view->setMinimumHeight(140);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    m_view->setColumnHidden(AuditTableModel::Record, true);
    retranslateUi();
}

QTabWidget *HistoryTab::inOwnTabs(HistoryTab *history, QWidget *parent)
{
    auto *tabs = new QTabWidget(parent);
    tabs->setObjectName(QStringLiteral("historyTabs"));
    addAsTab(tabs, history);
    return tabs;
}

void HistoryTab::addAsTab(QTabWidget *tabs, HistoryTab *history)
{
    tabs->addTab(history, QString());
    history->retranslateUi(); // titles the tab: it knows its own name in every language
}

void HistoryTab::setRecords(const QList<QPair<QString, qint64>> &records)
{
    m_records = records;
    m_view->setColumnHidden(AuditTableModel::Record, records.size() < 2);
    m_loaded = false;
    if (isVisible())
        reload();
}

void HistoryTab::reload()
{
    m_loaded = true;
    QList<AuditEvent> events;
    try {
        AuditReader reader(m_db);
        for (const auto &[entity, id] : m_records) {
            if (id <= 0)
                continue;
            AuditFilter f;
            f.entity = entity;
            f.entityId = id;
            events += reader.list(f);
        }
    } catch (const Error &e) {
        AuditText none(m_db);
        m_model->setEvents({}, none);
        m_summary->setText(tr("The history could not be read: %1").arg(e.message()));
        return;
    }
    std::stable_sort(events.begin(), events.end(), [](const AuditEvent &a, const AuditEvent &b) {
        return a.occurredAt != b.occurredAt ? a.occurredAt > b.occurredAt : a.id > b.id;
    });
    AuditText text(m_db);
    m_model->setEvents(events, text);
    m_view->resizeColumnsToContents();
    retranslateUi();
}

void HistoryTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void HistoryTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HistoryTab::retranslateUi()
{
    // The tab widget's stack is the parent; the tab widget above it names the tab.
    if (auto *tabs = parentWidget() ? qobject_cast<QTabWidget *>(parentWidget()->parentWidget()) : nullptr) {
        const int at = tabs->indexOf(this);
        if (at >= 0)
            tabs->setTabText(at, tr("History"));
    }
    m_model->retranslate();
    if (!m_loaded)
        m_summary->clear();
    else if (m_model->eventCount() == 0)
        m_summary->setText(tr("No recorded changes you may see."));
    else
        m_summary->setText(tr("%n change(s), newest first.", nullptr, m_model->eventCount()));
}

} // namespace fd
