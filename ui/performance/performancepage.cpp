#include "performancepage.h"

#include "backup/backgroundwork.h"
#include "rolepolicy.h"
#include "session.h"

#include "analytics/statementbook.h"
#include "analytics/statementtext.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "domain/splitcredit.h"
#include "io/statementworkbook.h"
#include "report/reportrenderer.h"
#include "report/statementreport.h"
#include "storage/database.h"
#include "storage/repositories/payplanrepository.h"
#include "storage/repositories/settingsrepository.h"
#include "storage/repositories/statementrepository.h"
#include "storage/viewer.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

using analytics::Statement;
using analytics::StatementComponent;

namespace {

constexpr int kMonths = 24; // months offered, newest first
constexpr int kUserRole = Qt::UserRole + 1;

QTableView *table(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QStandardItem *moneyItem(qint64 cents, const QString &currency)
{
    auto *item = new QStandardItem(money::format(cents, currency));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QList<QStandardItem *> row(const QStringList &texts)
{
    QList<QStandardItem *> items;
    for (const QString &t : texts)
        items << new QStandardItem(t);
    return items;
}

} // namespace

PerformancePage::PerformancePage(PageContext &context, QWidget *parent)
    : LivePage(parent)
    , m_session(context.session)
{
    m_monthLabel = new QLabel(this);
    m_month = new QComboBox(this);
    m_review = new QPushButton(this);
    m_close = new QPushButton(this);
    m_print = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_xlsx = new QPushButton(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_monthLabel);
    bar->addWidget(m_month);
    bar->addStretch(1);
    for (QPushButton *b : {m_review, m_close, m_print, m_pdf, m_xlsx})
        bar->addWidget(b);

    m_people = new QStandardItemModel(this);
    m_components = new QStandardItemModel(this);
    m_lines = new QStandardItemModel(this);
    m_peopleView = table(m_people, this);
    m_componentsView = table(m_components, this);
    m_linesView = table(m_lines, this);
    m_componentsView->horizontalHeader()->setStretchLastSection(false);
    m_linesView->horizontalHeader()->setStretchLastSection(false);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_closedNote = new QLabel(this);
    m_closedNote->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_status);
    rightLayout->addLayout(headerRow);
    rightLayout->addWidget(m_componentsView, 3);
    rightLayout->addWidget(m_linesView, 2);
    rightLayout->addWidget(m_closedNote);
    auto *split = new QSplitter(this);
    split->addWidget(m_peopleView);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({260, 900});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_month, &QComboBox::currentIndexChanged, this, [this] { markStale(); });
    connect(m_peopleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
    connect(m_review, &QPushButton::clicked, this, &PerformancePage::reviewClicked);
    connect(m_close, &QPushButton::clicked, this, &PerformancePage::closeClicked);
    connect(m_print, &QPushButton::clicked, this, &PerformancePage::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &PerformancePage::savePdf);
    connect(m_xlsx, &QPushButton::clicked, this, &PerformancePage::exportXlsx);
    watchSession(m_session);
    connect(&m_session, &Session::userChanged, this, [this] { markStale(); });
    retranslateUi();
}

QString PerformancePage::month() const
{
    return m_month->currentData().toString();
}

void PerformancePage::showMonth(const QString &value)
{
    if (m_month->count() == 0)
        fillMonths();
    int i = m_month->findData(value);
    if (i < 0) {
        m_month->addItem(value, value);
        i = m_month->count() - 1;
    }
    m_month->setCurrentIndex(i);
    refresh();
}

void PerformancePage::fillMonths()
{
    const QSignalBlocker block(m_month);
    const QString current = m_month->currentData().toString();
    m_month->clear();
    Database *db = m_session.database();
    const QDate today = db ? db->clock().now().date() : QDate::currentDate();
    QDate first(today.year(), today.month(), 1);
    for (int i = 0; i < kMonths; ++i) {
        const QString m = first.addMonths(-i).toString(QStringLiteral("yyyy-MM"));
        m_month->addItem(m, m);
    }
    int keep = m_month->findData(current);
    if (keep < 0 && db) {
        // First shown: last month while it is still to be paid (not closed) — what finance closes
        // and a rep looks up at the start of a month — else the month under way.
        const QString last = first.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        try {
            const QString closed = StatementRepository(*db).lastClosed();
            keep = closed.isEmpty() || closed < last ? 1 : 0;
        } catch (const Error &) {
            keep = 0; // unreadable: the month under way
        }
    }
    m_month->setCurrentIndex(std::max(keep, 0));
}

bool PerformancePage::selectPerson(qint64 userId)
{
    for (int r = 0; r < m_people->rowCount(); ++r) {
        if (m_people->item(r, 0)->data(kUserRole).toLongLong() == userId) {
            m_peopleView->selectRow(r);
            showSelected();
            return true;
        }
    }
    return false;
}

const Statement *PerformancePage::selected() const
{
    const QModelIndex current = m_peopleView->currentIndex();
    if (!current.isValid() || current.row() >= m_statements.size())
        return nullptr;
    return &m_statements[current.row()];
}

void PerformancePage::reload()
{
    if (m_month->count() == 0)
        fillMonths();
    const qint64 keep = selected() ? selected()->userId : 0;
    m_statements.clear();
    m_people->removeRows(0, m_people->rowCount());
    Database *db = m_session.database();
    m_closed = false;
    if (db) {
        try {
            m_plans = PayPlanRepository(*db).all();
            analytics::StatementBook book(*db, m_plans);
            m_statements = book.statements(month());
            m_closed = book.isClosed(month());
        } catch (const Error &e) {
            m_header->setText(e.message());
        }
    }
    for (const Statement &s : std::as_const(m_statements)) {
        QList<QStandardItem *> items{new QStandardItem(s.userName), new QStandardItem(analytics::statusTitle(s.status)),
                                     moneyItem(s.totalCents, m_session.currency())};
        items[0]->setData(s.userId, kUserRole);
        m_people->appendRow(items);
    }
    m_peopleView->resizeColumnsToContents();
    if (!(keep && selectPerson(keep)) && !m_statements.isEmpty())
        m_peopleView->selectRow(0);
    showSelected();
}

void PerformancePage::showSelected()
{
    m_components->removeRows(0, m_components->rowCount());
    m_lines->removeRows(0, m_lines->rowCount());
    const Statement *s = selected();
    Database *db = m_session.database();
    const Viewer viewer = db ? Viewer::of(*db) : Viewer::everyone();
    const QString closedWhy = tr("%1 is closed; a closed period is never reopened.").arg(month());
    rolepolicy::gate(m_close, !db || m_statements.isEmpty() ? tr("No statement to close.")
                              : m_closed                    ? closedWhy
                              : !viewer.mayClosePay()       ? tr("Only finance or an administrator closes a period.")
                                                            : QString());
    m_xlsx->setEnabled(!m_statements.isEmpty());
    m_closedNote->setText(m_closed ? tr("%1 is closed: its statements read back as they were closed. A closed period "
                                        "is never reopened; later changes are paid as adjustments on the first "
                                        "open month.")
                                         .arg(month())
                                   : QString());
    m_print->setEnabled(s);
    m_pdf->setEnabled(s);
    rolepolicy::gate(m_review, !s || !db  ? tr("Select a statement.")
                               : m_closed ? closedWhy
                               : !viewer.mayReviewStatement(*db, s->userId)
                                   ? tr("Only the person's manager or an administrator reviews a statement.")
                                   : QString());
    if (!s) {
        m_header->setText(m_statements.isEmpty() ? tr("No statement for %1 that you may see.").arg(month())
                                                 : QString());
        m_status->clear();
        return;
    }
    const QString &currency = m_session.currency();
    QStringList header;
    header
        << QStringLiteral("<b>%1</b> (%2) · %3").arg(s->userName.toHtmlEscaped(), s->login.toHtmlEscaped(), s->month);
    header << (s->planName.isEmpty()
                   ? tr("No pay plan")
                   : tr("Plan %1, terms from %2, commission on %3")
                         .arg(s->planName.toHtmlEscaped(), s->versionFrom.toString(Qt::ISODate), s->planPeriodLabel));
    header << tr("Target %1 · credited won %2 · completion %3")
                  .arg(s->target ? money::format(*s->target, currency) : tr("none"),
                       money::format(s->creditedWon, currency), analytics::completionText(s->completionPermille));
    m_header->setText(header.join(QStringLiteral("<br>")));
    QString status = analytics::statusTitle(s->status);
    if (!s->reviewedByName.isEmpty())
        status += QStringLiteral("\n") + tr("reviewed by %1").arg(s->reviewedByName);
    m_status->setText(status);

    for (const StatementComponent &c : s->components) {
        QList<QStandardItem *> items{
            new QStandardItem(c.counted ? analytics::componentTitle(c)
                                        : QStringLiteral("    ") + analytics::componentTitle(c)),
            new QStandardItem(analytics::componentDetail(*s, c, currency)), moneyItem(c.amountCents, currency)};
        if (!c.counted)
            for (QStandardItem *i : items)
                i->setForeground(QColor(0x80, 0x80, 0x80));
        m_components->appendRow(items);
    }
    QList<QStandardItem *> total{new QStandardItem(tr("Total")), new QStandardItem(),
                                 moneyItem(s->totalCents, currency)};
    QFont bold = total[0]->font();
    bold.setBold(true);
    for (QStandardItem *i : total)
        i->setFont(bold);
    m_components->appendRow(total);

    for (const analytics::StatementDeal &d : s->deals) {
        QList<QStandardItem *> items = row(
            {tr("Credited deal"), d.title,
             QStringLiteral("%1 · %2 · %3")
                 .arg(d.customer, splits::title(d.form), analytics::shareText(d.creditCents, d.amountCents)),
             d.wonOn.toString(Qt::ISODate)});
        items << moneyItem(d.amountCents, currency) << moneyItem(d.creditCents, currency);
        m_lines->appendRow(items);
    }
    for (const analytics::StatementReceipt &r : s->receipts) {
        QList<QStandardItem *> items = row(
            {tr("Receipt"), r.contractNumber,
             QStringLiteral("%1 · %2").arg(r.customer, analytics::shareText(r.creditCents, r.amountCents)),
             r.receivedOn.toString(Qt::ISODate)});
        items << moneyItem(r.amountCents, currency) << moneyItem(r.creditCents, currency);
        m_lines->appendRow(items);
    }
    for (const analytics::StatementWriteOff &w : s->writeOffs) {
        QList<QStandardItem *> items = row({tr("Write-off"), w.contractNumber,
                                            tr("deal won on %1").arg(w.dealWonOn.toString(Qt::ISODate)),
                                            w.writtenOffOn.toString(Qt::ISODate)});
        items << moneyItem(w.amountCents, currency) << moneyItem(w.creditCents, currency);
        m_lines->appendRow(items);
    }
    m_componentsView->resizeColumnsToContents();
    m_linesView->resizeColumnsToContents();
    // What each line was computed from takes the room left.
    m_componentsView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_linesView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

void PerformancePage::retranslateUi()
{
    m_monthLabel->setText(tr("Month:"));
    m_review->setText(tr("Review…"));
    m_close->setText(tr("Close period…"));
    m_print->setText(tr("Print…"));
    m_pdf->setText(tr("Save PDF…"));
    m_xlsx->setText(tr("Export XLSX…"));
    m_people->setHorizontalHeaderLabels({tr("Person"), tr("Status"), tr("Total")});
    m_components->setHorizontalHeaderLabels({tr("Component"), tr("Computed from"), tr("Amount")});
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Item"), tr("Detail"), tr("Date"), tr("Amount"), tr("Credit")});
}

bool PerformancePage::review(const QString &note, QString *error)
{
    const Statement *s = selected();
    Database *db = m_session.database();
    if (!s || !db)
        return false;
    try {
        StatementRepository(*db).saveReview(s->userId, s->month, note);
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    refresh();
    return true;
}

void PerformancePage::reviewClicked()
{
    const Statement *s = selected();
    if (!s)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Review statement"),
        tr("Review of %1's statement for %2. Note (optional):").arg(s->userName, s->month), s->reviewNote, &ok);
    QString error;
    if (ok && !review(note, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Review statement"), error);
}

QString PerformancePage::closeQuestion() const
{
    return tr("Close %1 and freeze %n statement(s) for payroll?\n\nA closed period cannot be reopened: its statements "
              "will always read back as they are now. Changes that touch %1 later are paid as adjustments on the "
              "next month's statements.",
              nullptr, int(m_statements.size()))
        .arg(month());
}

bool PerformancePage::closeMonth(QString *error)
{
    Database *db = m_session.database();
    if (!db)
        return false;
    const auto connect = db->connector();
    const QList<PayPlan> plans = m_plans;
    const QString closing = month();
    const QString failed = runInBackground(
        this, tr("Close period"), tr("Freezing the statements of %1…").arg(closing), [&](const auto &progress) {
            auto worker = connect();
            analytics::StatementBook(*worker, plans).close(closing, [&](int done, int total) {
                progress(done, total);
            });
        });
    if (!failed.isEmpty()) {
        if (error)
            *error = failed;
        return false;
    }
    m_session.notifyDataChanged();
    refresh();
    return true;
}

void PerformancePage::closeClicked()
{
    if (QMessageBox::question(this, tr("Close period"), closeQuestion(), QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString error;
    if (!closeMonth(&error))
        QMessageBox::warning(this, tr("Close period"), error);
}

bool PerformancePage::writePdf(const QString &path, QString *error) const
{
    const Statement *s = selected();
    Database *db = m_session.database();
    if (!s || !db)
        return false;
    const QString company = SettingsRepository(*db).text(QStringLiteral("company_name"), QStringLiteral("FunnelDesk"));
    return report::ReportRenderer(report::statementReportDocument(*s, company, m_session.currency()))
        .writePdf(path, error);
}

bool PerformancePage::writeWorkbook(const QString &path, QString *error) const
{
    try {
        writeStatementWorkbook(path, m_statements, m_session.currency());
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

void PerformancePage::printPreview()
{
    const Statement *s = selected();
    Database *db = m_session.database();
    if (!s || !db)
        return;
    const QString company = SettingsRepository(*db).text(QStringLiteral("company_name"), QStringLiteral("FunnelDesk"));
    const report::ReportDocument doc = report::statementReportDocument(*s, company, m_session.currency());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 14, 15, 12),
                                      QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview – %1").arg(doc.title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter *p) { report::ReportRenderer(doc).render(*p); });
    dialog.resize(900, 1000);
    dialog.exec();
}

void PerformancePage::savePdf()
{
    const Statement *s = selected();
    if (!s)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save statement as PDF"),
                                                      QStringLiteral("statement-%1-%2.pdf").arg(s->month, s->login),
                                                      tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !writePdf(path, &error))
        QMessageBox::warning(this, tr("Save statement as PDF"), error);
}

void PerformancePage::exportXlsx()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export statements"), QStringLiteral("payroll-%1.xlsx").arg(month()), tr("Excel workbooks (*.xlsx)"));
    QString error;
    if (!path.isEmpty() && !writeWorkbook(path, &error))
        QMessageBox::warning(this, tr("Export statements"), error);
}

} // namespace fd
