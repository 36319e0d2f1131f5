#pragma once

#include <QWidget>

namespace fd {

class Session;

// A page showing data of the open database. Reading it again is worth doing only when
// somebody looks: markStale() reloads at once when the page is visible and otherwise
// the next time it is shown. A language change retranslates the page and reloads it
// (money, dates and names follow the locale). Subclasses implement reload() and
// retranslateUi(); watchSession() ties the page to database and data changes.
class LivePage : public QWidget
{
    Q_OBJECT

public:
    explicit LivePage(QWidget *parent = nullptr);

    // Reads the data again now.
    void refresh();
    // The data changed: refresh now if visible, otherwise when next shown.
    void markStale();
    bool isStale() const { return m_stale; }

protected:
    // Marks the page stale whenever the session opens another database or its data changes.
    void watchSession(Session &session);
    // Reads and shows the data (called by refresh()).
    virtual void reload() = 0;
    // Sets every translated text of the page.
    virtual void retranslateUi() = 0;
    // After a language change: retranslateUi() and markStale(); override to do less.
    virtual void languageChanged();

    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool m_stale = true;
};

} // namespace fd
