#pragma once

#include "pageregistry.h"

#include <QWidget>

class QLabel;

namespace fd {

// Stands in for an area that a later version builds: a plain, polite note and what
// the area will be for. Shows no figures at all.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(const PageSpec &spec, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    PageSpec m_spec;
    QLabel *m_title;
    QLabel *m_note;
    QLabel *m_summary;
};

} // namespace fd
