#pragma once

#include "domain/errors.h"
#include "fielderrordisplay.h"

#include <QDialog>
#include <QDialogButtonBox>

class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QVBoxLayout;

namespace fd {

// The frame of every editor: a form of labelled fields, anything else below it, a line
// for general errors and the button box. OK calls save(); when save() throws, the
// dialog stays open and says why — a ValidationError's problems at the fields they name
// (FieldErrorDisplay: the field framed red with the reason as tooltip, the reason under
// it, the first such field focused), the rest and any other Error on the general line
// above the buttons. Only a save() that returns closes the dialog (Accepted).
// Subclasses add their fields in their constructor and implement save().
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(QWidget *parent = nullptr,
                        QDialogButtonBox::StandardButtons buttons = QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    // Calls save(); on an error the dialog stays open and shows it where it belongs.
    void accept() override;
    // The error text shown for `field` ("amount", "reason", …) or "general"; empty when none.
    QString errorText(const QString &field) const;
    // Shows located errors in place of the ones shown before (public for tests and for
    // editors that check more than save() does).
    void showErrors(const QList<FieldError> &errors);
    // Removes every error shown.
    void clearErrors();
    // On first showing, puts the buttons after the fields in the tab order (see .cpp).
    void setVisible(bool visible) override;

    // Shows the record without letting it change (the person may not: rolepolicy.h): a
    // banner at the top saying `why`, every input disabled (lists and tables stay readable),
    // Save / OK and the other action buttons hidden, Cancel reading Close. Call it once the
    // fields are built and loaded.
    void setReadOnly(const QString &why);
    bool isReadOnly() const { return m_readOnly; }
    // The banner (nullptr unless read-only).
    QLabel *readOnlyBanner() const { return m_readOnlyBanner; }

    // Why money::parse refused non-empty `text` as an amount in `currency`, for a field's message
    // (also the lead conversion's amount question).
    static QString moneyInputProblem(const QString &text, const QString &currency);

protected:
    // Adds a labelled row to the dialog's form whose errors are those about `field`,
    // shown on a line under the input.
    void addField(const QString &label, QWidget *input, const QString &field);
    // Adds a widget spanning the form (e.g. a table), with an error line when `field` is set.
    void addWide(QWidget *widget, const QString &field = QString());
    // Adds a widget below the form (a table, a list of matches), stretched like QBoxLayout.
    void addBelow(QWidget *widget, int stretch = 0);
    void addBelow(QLayout *layout);
    // An error line for `field` entered in `input` (a table on a tab, say), for the
    // subclass to place itself.
    QLabel *newErrorLine(const QString &field, QWidget *input);
    // Errors about `field` show where those about `shownAt` do ("currency" at "amount").
    void alsoShowAt(const QString &field, const QString &shownAt);
    // Fields added from now on match only errors about `entity` (a customer's "name", not
    // its contact's); unset, any entity matches.
    void setFieldEntity(const QString &entity) { m_entity = entity; }
    // The text shown when save() throws ConflictError (someone saved the record meanwhile).
    void setConflictMessage(const QString &text) { m_conflictMessage = text; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    FieldErrorDisplay &fieldErrors() { return m_fieldErrors; }

    // Stores the input; throws ValidationError (or another Error) to refuse it.
    virtual void save() = 0;
    // Errors no field claimed: a subclass shows those it can locate itself (table cells)
    // and returns the rest, which go to the general line; clearUnclaimed() undoes it.
    virtual QList<FieldError> showUnclaimed(const QList<FieldError> &errors) { return errors; }
    virtual void clearUnclaimed() {}

    // Parses a money field in `currency`; a located error when it is empty, negative, written in
    // another currency or not a number.
    qint64 parseMoney(QLineEdit *edit, const QString &currency, const QString &entity, const QString &field,
                      QList<FieldError> &errors) const;

private:
    void showGeneral(const QString &text);
    void buttonsLastInTabOrder();

    QVBoxLayout *m_layout;
    QFormLayout *m_form;
    QLabel *m_general;
    QDialogButtonBox *m_buttons;
    FieldErrorDisplay m_fieldErrors;
    QString m_entity;
    QString m_conflictMessage;
    bool m_tabOrderSet = false;
    bool m_readOnly = false;
    QLabel *m_readOnlyBanner = nullptr;
};

} // namespace fd
