#pragma once

#include "domain/errors.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace fd {

// Shows a ValidationError's located problems on a form, one way for every editor:
// a FieldError whose field is registered marks that field's input (dynamic property
// "fdInvalid" = true, a red frame, the reason as its tooltip) and writes the reason on
// the field's error line; the marked input first in the tab order takes the focus, its tab brought to the
// front. Errors no field claims are handed back for the caller's general line.
// Everything shown is undone by clear() (the input's own style sheet and tooltip return).
class FieldErrorDisplay final
{
public:
    // Registers `field` (as FieldError::field names it, e.g. "amount") as entered in
    // `input` (may be null: a line without an input) with its reasons shown on `line`.
    // Several fields may share one input and line ("amount" and "currency"). With `entity`
    // set, only errors about that entity match ("customer" name, not a contact's name).
    void add(const QString &field, QWidget *input, QLabel *line, const QString &entity = QString());
    // Shows errors about `field` where those about the registered `shownAt` show.
    void alias(const QString &field, const QString &shownAt);

    // Shows `errors` at their fields and returns those no field claims, in order.
    // "instalment[2].percent" matches "instalment[2].percent", else "instalment" — shown then
    // with its full message, since the reason alone would not say which line.
    QList<FieldError> show(const QList<FieldError> &errors);
    // Removes every mark, tooltip and message shown.
    void clear();

    // The message shown for `field` ("" when none).
    QString text(const QString &field) const;
    // Whether `input` is marked as refused.
    static bool isMarked(const QWidget *input);
    // Marks `input` (frame, property, tooltip) without a line — for cells or tables a
    // subclass locates itself; clear() removes it too.
    void mark(QWidget *input, const QString &reason);

private:
    struct Slot
    {
        QPointer<QWidget> input;
        QPointer<QLabel> line;
        QString entity;
    };
    struct Marked
    {
        QPointer<QWidget> input;
        QString styleSheet;
        QString toolTip;
    };
    const Slot *find(const FieldError &e, bool *exact) const;
    static void raise(QWidget *input);

    QHash<QString, Slot> m_slots;
    QList<Marked> m_marked;
    QList<QPointer<QLabel>> m_shown;
};

} // namespace fd
