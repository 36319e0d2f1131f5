#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;

namespace fd {

class Session;

// Settings ▸ General ▸ Import: the office-wide import defaults stored in the open
// database (core/io/importdefaults.h) — today the reason a lost deal without one gets.
// An empty field goes back to the built-in "未注明" / "Not recorded" (the placeholder).
// Saved when editing finishes; a refused value is shown and the stored one restored.
class ImportSettingsBox final : public QGroupBox
{
    Q_OBJECT

public:
    ImportSettingsBox(Session &session, QWidget *parent = nullptr);

    // Test hook: the reason's field.
    QLineEdit *lostReasonEdit() const { return m_lostReason; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    void save();

    Session &m_session;
    QLabel *m_lostReasonLabel;
    QLineEdit *m_lostReason;
    QLabel *m_note;
};

} // namespace fd
