#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace fd {

// What a page shows where its table or chart would be empty: a heading ("还没有商机"), a
// sentence on what belongs here and buttons for the first step (新建商机… / 导入…).
// The page sets the texts (and sets them again on a language change) and decides when
// it shows, through a ContentOrEmpty holder or on its own.
class EmptyState final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(const QString &objectName, QWidget *parent = nullptr);

    // The heading, the sentence and the buttons' texts in the order they were added.
    void setTexts(const QString &heading, const QString &text, const QStringList &buttonTexts = {});
    QString heading() const;
    QString text() const;
    // Adds a button (object name `objectName`) that runs `onClick`; its text is set by the page.
    QPushButton *addButton(const QString &objectName, std::function<void()> onClick);
    QPushButton *button(const QString &objectName) const;

private:
    QLabel *m_heading;
    QLabel *m_text;
    QVBoxLayout *m_buttons;
    QList<QPushButton *> m_buttonList;
};

// A page's content (a table, a board, a chart) or its EmptyState in the same place.
class ContentOrEmpty final : public QWidget
{
    Q_OBJECT

public:
    // Takes `content` and `empty` as children; shows the content.
    ContentOrEmpty(QWidget *content, EmptyState *empty, QWidget *parent = nullptr);

    void setEmpty(bool empty);
    // Shows the empty state whenever `model` has no rows, from now on.
    void follow(QAbstractItemModel *model);
    bool showsEmpty() const;
    EmptyState *emptyState() const { return m_empty; }

private:
    QWidget *m_content;
    EmptyState *m_empty;
};

} // namespace fd
