#include "approvalpanel.h"

#include "approval/approvaltitles.h"
#include "approval/contractapproval.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/organizationrepository.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

ApprovalPanel::ApprovalPanel(Database &db, qint64 contractId, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_contractId(contractId)
    , m_status(new QLabel(this))
    , m_submit(new QPushButton(tr("Submit for approval"), this))
    , m_approve(new QPushButton(tr("Approve"), this))
    , m_reject(new QPushButton(tr("Reject…"), this))
    , m_error(new QLabel(this))
    , m_history(new QListWidget(this))
{
    m_status->setObjectName(QStringLiteral("approvalStatus"));
    m_submit->setObjectName(QStringLiteral("submitApproval"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_history->setObjectName(QStringLiteral("approvalHistory"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_history->setMaximumHeight(90);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_history);
    connect(m_submit, &QPushButton::clicked, this, &ApprovalPanel::submit);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalPanel::approve);
    connect(m_reject, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString comment = QInputDialog::getMultiLineText(this, tr("Reject contract"), tr("Why is it rejected?"),
                                                               QString(), &ok);
        if (ok)
            reject(comment);
    });
    refresh();
}

void ApprovalPanel::refresh()
{
    ContractApproval approval(m_db);
    const Contract c = ContractRepository(m_db).get(m_contractId);
    QString status = approvalStatusTitle(c.approvalStatus);
    if (c.approvalStatus == ApprovalStatus::Pending)
        status = tr("%1 (%2)").arg(status, approval.awaitedLevel(c.id) == ApprovalLevel::Admin
                                               ? tr("waits for an administrator")
                                               : tr("waits for the manager"));
    m_status->setText(QStringLiteral("<b>%1</b>").arg(status.toHtmlEscaped()));
    const std::pair<QPushButton *, ContractApproval::Action> actions[] = {
        {m_submit, ContractApproval::Action::Submit},
        {m_approve, ContractApproval::Action::Approve},
        {m_reject, ContractApproval::Action::Reject}};
    for (const auto &[button, action] : actions) {
        const QString why = approval.whyNot(c.id, action);
        button->setEnabled(why.isEmpty());
        button->setToolTip(why);
    }
    m_history->clear();
    OrganizationRepository org(m_db);
    const QLocale locale;
    for (const ApprovalStep &s : approval.history(c.id)) {
        QString who;
        if (s.actedBy) {
            try {
                who = org.user(s.actedBy).displayName;
            } catch (const NotFoundError &) {
            }
        }
        QString line = tr("%1  %2").arg(locale.toString(s.actedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                                        approvalStepTitle(s.kind));
        if (s.level != ApprovalLevel::None)
            line += tr(" (%1)").arg(approvalLevelTitle(s.level));
        if (!who.isEmpty())
            line += QStringLiteral("  ") + who;
        if (!s.comment.isEmpty())
            line += tr(": %1").arg(s.comment);
        m_history->addItem(line);
    }
    if (m_history->count() == 0)
        m_history->addItem(tr("Not submitted yet"));
}

template<typename F>
void ApprovalPanel::take(F step)
{
    try {
        ContractApproval approval(m_db);
        step(approval);
        m_error->hide();
    } catch (const ValidationError &e) {
        m_error->setText(e.errors().isEmpty() ? e.message() : e.errors().first().reason);
        m_error->show();
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
    }
    refresh();
    emit changed();
}

void ApprovalPanel::submit()
{
    take([this](ContractApproval &a) { a.submit(m_contractId); });
}

void ApprovalPanel::approve()
{
    take([this](ContractApproval &a) { a.approve(m_contractId); });
}

void ApprovalPanel::reject(const QString &comment)
{
    take([this, &comment](ContractApproval &a) { a.reject(m_contractId, comment); });
}

} // namespace fd
