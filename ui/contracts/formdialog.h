#pragma once

#include "domain/errors.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace fd {

// A dialog of labelled fields, each with its own error line under it; refused input
// (a ValidationError) is shown next to the field it concerns, the rest above the buttons.
// Subclasses add fields in their constructor and implement save().
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(QWidget *parent = nullptr);

    // Calls save(); on an error the dialog stays open and shows it where it belongs.
    void accept() override;
    // The error text shown for `field` ("amount", "reason", …) or "general"; empty when none.
    QString errorText(const QString &field) const;

protected:
    // Adds a labelled row whose errors are those about `field`.
    void addField(const QString &label, QWidget *widget, const QString &field);
    // Adds a widget spanning the form (e.g. a table).
    void addWide(QWidget *widget, const QString &field = QString());
    // Stores the input; throws ValidationError (or another Error) to refuse it.
    virtual void save() = 0;
    // Parses a money field; a located error when it is empty, negative or not a number.
    qint64 parseMoney(QLineEdit *edit, const QString &entity, const QString &field, QList<FieldError> &errors) const;

private:
    void clearErrors();
    void showErrors(const QList<FieldError> &errors);

    QFormLayout *m_form;
    QLabel *m_general;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_errors;
};

} // namespace fd
