#pragma once

#include "domain/pipeline.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fd {

// Asks why a deal was lost: one of the configured reasons, or free text (or both:
// the reason then reads "价格太高: 对方预算砍半").
class LostReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    LostReasonDialog(const QList<LostReason> &reasons, int dealCount, QWidget *parent = nullptr);

    // The reason as it will be stored.
    QString reason() const;

    void accept() override;

private:
    QComboBox *m_reasons;
    QLineEdit *m_text;
    QLabel *m_error;
};

} // namespace fd
