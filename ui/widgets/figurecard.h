#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;

namespace fd {

// A dashboard card: a small title, one big figure and a line of explanation, with an
// optional progress bar (for completion rates).
class FigureCard final : public QFrame
{
    Q_OBJECT

public:
    // `id` names the card and its labels ("<id>Title", "<id>Value", "<id>Subtitle") for tests.
    explicit FigureCard(const QString &id, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // The big figure; `toolTip` can hold the exact amount when the figure is rounded.
    void setValue(const QString &value, const QString &toolTip = {});
    void setSubtitle(const QString &subtitle);
    // Shows the progress bar at `percent` (clamped to 0..100); a negative value hides it.
    void setProgress(double percent);

    QString value() const;
    QString subtitle() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_subtitle;
    QProgressBar *m_progress;
};

} // namespace fd
