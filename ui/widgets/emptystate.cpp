#include "emptystate.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace fd {

EmptyState::EmptyState(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QVBoxLayout)
{
    setObjectName(objectName);
    m_heading->setObjectName(QStringLiteral("emptyHeading"));
    m_text->setObjectName(QStringLiteral("emptyText"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setFixedWidth(520);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_heading);
    layout->addSpacing(6);
    // Centred in a row of its own: a word-wrapped label gets its height for its width there.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(12);
    m_buttons->setSpacing(6);
    layout->addLayout(m_buttons);
    layout->addStretch(2);
}

void EmptyState::setTexts(const QString &heading, const QString &text, const QStringList &buttonTexts)
{
    m_heading->setText(heading);
    m_text->setText(text);
    for (int i = 0; i < buttonTexts.size() && i < m_buttonList.size(); ++i)
        m_buttonList.at(i)->setText(buttonTexts.at(i));
}

QString EmptyState::heading() const
{
    return m_heading->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

QPushButton *EmptyState::addButton(const QString &objectName, std::function<void()> onClick)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setMinimumWidth(200);
    connect(button, &QPushButton::clicked, this, [onClick = std::move(onClick)]() { onClick(); });
    m_buttons->addWidget(button, 0, Qt::AlignHCenter);
    m_buttonList.append(button);
    return button;
}

QPushButton *EmptyState::button(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

ContentOrEmpty::ContentOrEmpty(QWidget *content, EmptyState *empty, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
    , m_empty(empty)
{
    auto *stack = new QStackedLayout(this);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->addWidget(content);
    stack->addWidget(empty);
}

void ContentOrEmpty::setEmpty(bool empty)
{
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_content);
}

void ContentOrEmpty::follow(QAbstractItemModel *model)
{
    auto update = [this, model] { setEmpty(model->rowCount() == 0); };
    connect(model, &QAbstractItemModel::modelReset, this, update);
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, update);
    update();
}

bool ContentOrEmpty::showsEmpty() const
{
    return static_cast<QStackedLayout *>(layout())->currentWidget() == m_empty;
}

} // namespace fd
