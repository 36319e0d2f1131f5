#include "formdialog.h"

#include "errorlabel.h"

#include "domain/money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fd {

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_general(newErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_general->setObjectName(QStringLiteral("error_general"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
}

void FormDialog::addField(const QString &label, QWidget *widget, const QString &field)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(widget);
    QLabel *err = newErrorLabel(this);
    err->setObjectName(QStringLiteral("error_") + field);
    box->addWidget(err);
    m_errors.insert(field, err);
    m_form->addRow(label, box);
}

void FormDialog::addWide(QWidget *widget, const QString &field)
{
    m_form->addRow(widget);
    if (!field.isEmpty()) {
        QLabel *err = newErrorLabel(this);
        err->setObjectName(QStringLiteral("error_") + field);
        m_form->addRow(err);
        m_errors.insert(field, err);
    }
}

QString FormDialog::errorText(const QString &field) const
{
    const QLabel *l = field == QLatin1String("general") ? m_general : m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void FormDialog::clearErrors()
{
    for (QLabel *l : std::as_const(m_errors))
        l->hide();
    m_general->hide();
}

void FormDialog::showErrors(const QList<FieldError> &errors)
{
    QStringList general;
    for (const FieldError &e : errors) {
        // "instalment[2].percent" shows at the instalments table.
        QString key = e.field;
        if (key.startsWith(QLatin1String("instalment")))
            key = m_errors.contains(key) ? key : QStringLiteral("instalments");
        QLabel *l = m_errors.value(key);
        const QString text = key == e.field ? e.reason : e.message();
        if (l) {
            l->setText(l->isHidden() ? text : l->text() + QLatin1Char('\n') + text);
            l->show();
        } else {
            general << e.message();
        }
    }
    if (!general.isEmpty()) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->show();
    }
}

qint64 FormDialog::parseMoney(QLineEdit *edit, const QString &entity, const QString &field,
                              QList<FieldError> &errors) const
{
    const QString text = edit->text().trimmed();
    const std::optional<qint64> cents = money::parse(text);
    if (text.isEmpty())
        errors.append({entity, field, text, tr("is required")});
    else if (money::isNegativeText(text))
        errors.append({entity, field, text, tr("must not be negative")});
    else if (!cents)
        errors.append({entity, field, text, tr("is not an amount (e.g. 12,500.00 or 1.25万)")});
    return cents.value_or(0);
}

void FormDialog::accept()
{
    clearErrors();
    try {
        save();
    } catch (const ValidationError &e) {
        showErrors(e.errors());
        return;
    } catch (const ConflictError &) {
        m_general->setText(tr("Someone else changed this record after you opened it. Nothing was saved; "
                              "close and open it again to see their changes."));
        m_general->show();
        return;
    } catch (const Error &e) {
        m_general->setText(e.message());
        m_general->show();
        return;
    }
    QDialog::accept();
}

} // namespace fd
