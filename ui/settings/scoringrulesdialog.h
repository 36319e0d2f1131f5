#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace fd {

class Database;

// Editor of the customer scoring rules (attribute, operator, value, points) and the
// A/B tier thresholds. Save validates the whole set (located errors shown, nothing stored)
// and can rescore every customer at once.
class ScoringRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ScoringRulesDialog(Database &db, QWidget *parent = nullptr);

    // Appends an empty rule row (industry = "", 0 points) and selects it.
    void addRule();
    // Removes the selected rule row.
    void removeRule();
    // Stores rules and thresholds (and rescores when asked); false with the error shown.
    bool save();
    // The number of customers changed by the last rescore, or -1 when none ran.
    int rescored() const { return m_rescored; }

    void accept() override;

private:
    void load();
    void appendRow(const QString &attribute, const QString &op, const QString &value, int points);

    Database &m_db;
    QTableWidget *m_table;
    QSpinBox *m_tierA;
    QSpinBox *m_tierB;
    QCheckBox *m_rescore;
    QLabel *m_error;
    int m_rescored = -1;
};

} // namespace fd
