#include "lostreasondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fd {

LostReasonDialog::LostReasonDialog(const QList<LostReason> &reasons, int dealCount, QWidget *parent)
    : QDialog(parent)
    , m_reasons(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Mark as lost"));
    m_reasons->addItem(tr("(other — describe below)"));
    for (const LostReason &r : reasons)
        m_reasons->addItem(r.name);
    if (!reasons.isEmpty())
        m_reasons->setCurrentIndex(1);
    m_text->setMaxLength(400);
    m_text->setPlaceholderText(tr("Details (optional when a reason is chosen)"));
    m_error->setStyleSheet(QStringLiteral("color: #d93f3f"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("Why was this lost? (%n deal(s))", nullptr, dealCount), this));
    form->addRow(tr("Reason:"), m_reasons);
    form->addRow(tr("Details:"), m_text);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LostReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LostReasonDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString LostReasonDialog::reason() const
{
    const QString chosen = m_reasons->currentIndex() > 0 ? m_reasons->currentText() : QString();
    const QString text = m_text->text().trimmed();
    if (chosen.isEmpty())
        return text;
    return text.isEmpty() ? chosen : chosen + QStringLiteral(": ") + text;
}

void LostReasonDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->setText(tr("Choose a reason or describe it."));
        m_error->show();
        m_text->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace fd
