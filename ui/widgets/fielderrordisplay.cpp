#include "fielderrordisplay.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVariant>
#include <QWidget>

namespace fd {

namespace {
const char kInvalid[] = "fdInvalid";
// The frame of a refused input: the error label's red, on the input only (the selector
// keeps it off the input's children).
const QString kInvalidStyle = QStringLiteral("*[fdInvalid=\"true\"] { border: 1px solid #c0392b; }");

// "instalment[2].percent" → "instalment"; "product.quantity" → "product"; "" when plain.
QString fieldGroup(const QString &field)
{
    for (qsizetype i = 1; i < field.size(); ++i) {
        if (field.at(i) == QLatin1Char('[') || field.at(i) == QLatin1Char('.'))
            return field.left(i);
    }
    return QString();
}
// Of two inputs of one window, the one the Tab key reaches first from the window's start.
QWidget *firstInTabOrder(QWidget *a, QWidget *b)
{
    QWidget *window = a->window();
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (w == a || w == b)
            return w;
    }
    return a;
}
} // namespace

void FieldErrorDisplay::add(const QString &field, QWidget *input, QLabel *line, const QString &entity)
{
    m_slots.insert(field, Slot{input, line, entity});
}

void FieldErrorDisplay::alias(const QString &field, const QString &shownAt)
{
    Q_ASSERT(m_slots.contains(shownAt));
    m_slots.insert(field, m_slots.value(shownAt));
}

const FieldErrorDisplay::Slot *FieldErrorDisplay::find(const FieldError &e, bool *exact) const
{
    const auto matches = [&e](const Slot &s) { return s.entity.isEmpty() || s.entity == e.entity; };
    auto it = m_slots.constFind(e.field);
    if (it != m_slots.cend() && matches(*it)) {
        *exact = true;
        return &*it;
    }
    const QString group = fieldGroup(e.field);
    it = group.isEmpty() ? m_slots.cend() : m_slots.constFind(group);
    if (it != m_slots.cend() && matches(*it)) {
        *exact = false;
        return &*it;
    }
    return nullptr;
}

QList<FieldError> FieldErrorDisplay::show(const QList<FieldError> &errors)
{
    QList<FieldError> unclaimed;
    // Focus goes to the refused field first in the tab order; a second call (more errors
    // for the same save) leaves it where the first put it.
    const bool focus = m_marked.isEmpty();
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        bool exact = false;
        const Slot *slot = find(e, &exact);
        if (!slot) {
            unclaimed << e;
            continue;
        }
        const QString text = exact ? e.reason : e.message();
        if (QLabel *line = slot->line) {
            line->setText(line->isHidden() || line->text().isEmpty() ? text : line->text() + QLatin1Char('\n') + text);
            line->show();
            m_shown << line;
        }
        if (QWidget *input = slot->input) {
            mark(input, text);
            first = first ? firstInTabOrder(first, input) : input;
        }
    }
    if (first && focus) {
        raise(first);
        first->setFocus(Qt::OtherFocusReason);
    }
    return unclaimed;
}

void FieldErrorDisplay::mark(QWidget *input, const QString &reason)
{
    if (isMarked(input)) {
        // A second reason for the same input: both in the tooltip.
        input->setToolTip(input->toolTip() + QLatin1Char('\n') + reason);
        return;
    }
    m_marked << Marked{input, input->styleSheet(), input->toolTip()};
    input->setProperty(kInvalid, true);
    input->setStyleSheet(input->styleSheet().isEmpty() ? kInvalidStyle
                                                       : input->styleSheet() + QLatin1Char('\n') + kInvalidStyle);
    input->setToolTip(reason);
}

void FieldErrorDisplay::clear()
{
    for (const Marked &m : std::as_const(m_marked)) {
        if (!m.input)
            continue;
        m.input->setProperty(kInvalid, QVariant());
        m.input->setStyleSheet(m.styleSheet);
        m.input->setToolTip(m.toolTip);
    }
    m_marked.clear();
    for (const QPointer<QLabel> &line : std::as_const(m_shown)) {
        if (line) {
            line->clear();
            line->hide();
        }
    }
    m_shown.clear();
}

QString FieldErrorDisplay::text(const QString &field) const
{
    const Slot slot = m_slots.value(field);
    return slot.line && !slot.line->isHidden() ? slot.line->text() : QString();
}

bool FieldErrorDisplay::isMarked(const QWidget *input)
{
    return input && input->property(kInvalid).toBool();
}

void FieldErrorDisplay::raise(QWidget *input)
{
    // A field on a tab that is not shown: bring every enclosing page to the front.
    for (QWidget *w = input; w && w->parentWidget(); w = w->parentWidget()) {
        auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget());
        if (!stack)
            continue;
        // A tab widget's page is turned through the tab widget, so its tab bar follows.
        if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
            tabs->setCurrentWidget(w);
        else
            stack->setCurrentWidget(w);
    }
}

} // namespace fd
