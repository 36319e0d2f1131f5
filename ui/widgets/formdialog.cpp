#include "formdialog.h"

#include "errorlabel.h"

#include "domain/money.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSizePolicy>
#include <QTextEdit>
#include <QVBoxLayout>

namespace fd {

FormDialog::FormDialog(QWidget *parent, QDialogButtonBox::StandardButtons buttons)
    : QDialog(parent)
    , m_layout(new QVBoxLayout(this))
    , m_form(new QFormLayout)
    , m_general(newErrorLabel(this))
    , m_buttons(new QDialogButtonBox(buttons, this))
    , m_conflictMessage(tr("Someone else changed this record after you opened it. Nothing was saved; "
                           "close and open it again to see their changes."))
{
    m_general->setObjectName(QStringLiteral("error_general"));
    // An empty form (an editor whose fields sit on tabs) takes no room.
    m_layout->addLayout(m_form);
    m_layout->addWidget(m_general);
    m_layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
}

QLabel *FormDialog::newErrorLine(const QString &field, QWidget *input)
{
    QLabel *line = newErrorLabel(this);
    line->setObjectName(QStringLiteral("error_") + field);
    // As tall as its text: a dialog's spare height stays where it was without errors.
    line->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_fieldErrors.add(field, input, line, m_entity);
    return line;
}

void FormDialog::addField(const QString &label, QWidget *input, const QString &field)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(input);
    box->addWidget(newErrorLine(field, input));
    m_form->addRow(label, box);
}

void FormDialog::addWide(QWidget *widget, const QString &field)
{
    m_form->addRow(widget);
    if (!field.isEmpty())
        m_form->addRow(newErrorLine(field, widget));
}

void FormDialog::addBelow(QWidget *widget, int stretch)
{
    m_layout->insertWidget(m_layout->indexOf(m_general), widget, stretch);
}

void FormDialog::addBelow(QLayout *layout)
{
    m_layout->insertLayout(m_layout->indexOf(m_general), layout);
}

void FormDialog::alsoShowAt(const QString &field, const QString &shownAt)
{
    m_fieldErrors.alias(field, shownAt);
}

QString FormDialog::errorText(const QString &field) const
{
    if (field == QLatin1String("general"))
        return m_general->isHidden() ? QString() : m_general->text();
    return m_fieldErrors.text(field);
}

void FormDialog::clearErrors()
{
    m_fieldErrors.clear();
    clearUnclaimed();
    m_general->clear();
    m_general->hide();
}

void FormDialog::showGeneral(const QString &text)
{
    m_general->setText(
        m_general->isHidden() || m_general->text().isEmpty() ? text : m_general->text() + QLatin1Char('\n') + text);
    m_general->show();
}

void FormDialog::showErrors(const QList<FieldError> &errors)
{
    clearErrors();
    QStringList general;
    for (const FieldError &e : showUnclaimed(m_fieldErrors.show(errors)))
        general << e.message();
    if (!general.isEmpty())
        showGeneral(general.join(QLatin1Char('\n')));
}

qint64 FormDialog::parseMoney(QLineEdit *edit, const QString &currency, const QString &entity, const QString &field,
                              QList<FieldError> &errors) const
{
    const QString text = edit->text().trimmed();
    const std::optional<qint64> cents = money::parse(text, currency);
    if (text.isEmpty())
        errors.append({entity, field, text, tr("is required")});
    else if (!cents)
        errors.append({entity, field, text, moneyInputProblem(text, currency)});
    return cents.value_or(0);
}

QString FormDialog::moneyInputProblem(const QString &text, const QString &currency)
{
    if (money::isNegativeText(text))
        return tr("must not be negative");
    const QString written = money::writtenCurrency(text, currency);
    if (!written.isEmpty())
        return tr("is an amount in %1, but this amount is in %2").arg(written, currency);
    return tr("is not an amount (e.g. 12,500.00 or 1.25万)");
}

void FormDialog::setVisible(bool visible)
{
    // Before QDialog::setVisible, which focuses the default button when it comes first.
    if (visible && !m_tabOrderSet) {
        m_tabOrderSet = true;
        buttonsLastInTabOrder();
    }
    QDialog::setVisible(visible);
}

void FormDialog::buttonsLastInTabOrder()
{
    // The button box is made before the subclass's fields, so it would come first in the
    // tab order and QDialog would focus OK on opening. Qt appends a widget to the end of
    // its window's focus chain only when it changes windows: so it leaves and comes back.
    m_buttons->setParent(nullptr);
    m_buttons->setParent(this);
    m_layout->addWidget(m_buttons);
    m_buttons->show();
}

void FormDialog::setReadOnly(const QString &why)
{
    m_readOnly = true;
    if (!m_readOnlyBanner) {
        m_readOnlyBanner = new QLabel(this);
        m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
        m_readOnlyBanner->setWordWrap(true);
        m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; "
                                                       "border: 1px solid #e8c95a; padding: 6px; }"));
        m_layout->insertWidget(0, m_readOnlyBanner);
    }
    m_readOnlyBanner->setText(why);
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w == m_buttons || m_buttons->isAncestorOf(w))
            continue;
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers); // readable, scrollable, not editable
            continue;
        }
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractButton *>(w))
            w->setEnabled(false);
    }
    for (QAbstractButton *b : m_buttons->buttons()) {
        const QDialogButtonBox::ButtonRole role = m_buttons->buttonRole(b);
        if (role == QDialogButtonBox::RejectRole)
            b->setText(tr("Close"));
        else
            b->hide();
    }
}

void FormDialog::accept()
{
    if (m_readOnly) { // Enter on a read-only record closes it; nothing is saved
        QDialog::reject();
        return;
    }
    clearErrors();
    try {
        save();
    } catch (const ValidationError &e) {
        showErrors(e.errors());
        return;
    } catch (const ConflictError &) {
        showGeneral(m_conflictMessage);
        return;
    } catch (const Error &e) {
        showGeneral(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace fd
