#pragma once

#include <QWidget>

namespace fd {

class EmptyState;
class Session;

// What the dashboard, funnel and forecast say while the database holds no opportunity at
// all: their figures need deals, which are entered on the board or imported. Hidden
// until refresh() finds none; retranslates itself.
class NoDealsState final : public QWidget
{
    Q_OBJECT

public:
    // `session` must outlive it. `replaces` (may be null) is hidden while this shows.
    NoDealsState(Session &session, const QString &objectName, QWidget *replaces, QWidget *parent);

    // Shows itself when the session's database has no opportunity, hides otherwise.
    void refresh();
    EmptyState *state() const { return m_state; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Session &m_session;
    QWidget *m_replaces;
    EmptyState *m_state;
};

} // namespace fd
