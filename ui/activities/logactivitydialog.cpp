#include "logactivitydialog.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/repositories/activityrepository.h"
#include "storage/transaction.h"
#include "widgets/errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>

namespace fd {

LogActivityDialog::LogActivityDialog(Database &db, const Activity &link, qint64 userId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_link(link)
    , m_userId(userId)
    , m_kind(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_outcome(new QLineEdit(this))
    , m_followUp(new QCheckBox(tr("Create a follow-up task"), this))
    , m_due(new QDateEdit(this))
    , m_remind(new QCheckBox(tr("Remind me at"), this))
    , m_remindAt(new QDateTimeEdit(this))
    , m_error(newErrorLabel(this))
{
    setObjectName(QStringLiteral("logActivityDialog"));
    setWindowTitle(tr("Log activity"));
    const QList<QPair<ActivityKind, QString>> kinds{{ActivityKind::Call, tr("Call")},
                                                    {ActivityKind::Visit, tr("Visit")},
                                                    {ActivityKind::Meeting, tr("Meeting")},
                                                    {ActivityKind::Proposal, tr("Proposal")},
                                                    {ActivityKind::Email, tr("E-mail")}};
    for (const auto &k : kinds)
        m_kind->addItem(k.second, int(k.first));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(db.clock().now().toLocalTime().date().addDays(3));
    m_followUp->setChecked(true);
    connect(m_followUp, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    // A reminder on the morning of the follow-up day by default, off until asked for.
    m_remindAt->setCalendarPopup(true);
    m_remindAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_remindAt->setDateTime(QDateTime(m_due->date(), QTime(8, 30)));
    m_remindAt->setEnabled(false);
    connect(m_due, &QDateEdit::dateChanged, this,
            [this](const QDate &d) { m_remindAt->setDateTime(QDateTime(d, m_remindAt->time())); });
    const auto remindEnabled = [this] {
        m_remind->setEnabled(m_followUp->isChecked());
        m_remindAt->setEnabled(m_followUp->isChecked() && m_remind->isChecked());
    };
    connect(m_followUp, &QCheckBox::toggled, this, remindEnabled);
    connect(m_remind, &QCheckBox::toggled, this, remindEnabled);

    auto *form = new QFormLayout(this);
    form->addRow(m_error);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Subject"), m_subject);
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(m_followUp);
    form->addRow(tr("Next follow-up"), m_due);
    form->addRow(m_remind, m_remindAt);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LogActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogActivityDialog::reject);
    resize(420, 0);
}

void LogActivityDialog::setValues(ActivityKind kind, const QString &subject, const QString &outcome,
                                  const QDate &followUp)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_subject->setText(subject);
    m_outcome->setText(outcome);
    m_followUp->setChecked(followUp.isValid());
    if (followUp.isValid())
        m_due->setDate(followUp);
}

void LogActivityDialog::setReminder(const QDateTime &at)
{
    m_remind->setChecked(at.isValid());
    if (at.isValid())
        m_remindAt->setDateTime(at.toLocalTime());
}

QString LogActivityDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LogActivityDialog::accept()
{
    m_error->hide();
    Activity a = m_link;
    a.id = 0;
    a.kind = ActivityKind(m_kind->currentData().toInt());
    a.subject = m_subject->text().trimmed();
    if (a.subject.isEmpty())
        a.subject = m_kind->currentText();
    a.outcome = m_outcome->text().trimmed();
    a.occurredAt = m_db.clock().now();
    a.userId = m_userId;
    try {
        ActivityRepository repo(m_db);
        Transaction tx(m_db);
        repo.log(a);
        if (m_followUp->isChecked()) {
            FollowUpTask t;
            t.title = tr("Follow up: %1").arg(a.subject);
            // Due at 09:00 local time on the chosen day: the start of a working day.
            t.dueAt = QDateTime(m_due->date(), QTime(9, 0)).toUTC();
            if (m_remind->isChecked())
                t.remindAt = m_remindAt->dateTime().toUTC();
            t.userId = m_userId;
            t.leadId = a.leadId;
            t.customerId = a.customerId;
            t.opportunityId = a.opportunityId;
            t.activityId = a.id;
            repo.addTask(t);
        }
        tx.commit();
    } catch (const ValidationError &e) {
        QStringList lines;
        for (const FieldError &f : e.errors())
            lines << f.message();
        m_error->setText(lines.join(QLatin1Char('\n')));
        m_error->show();
        return;
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace fd
