#include "settings/scoringrulesdialog.h"

#include "domain/errors.h"
#include "leads/customerscoring.h"
#include "storage/database.h"
#include "storage/repositories/settingsrepository.h"
#include "storage/transaction.h"
#include "widgets/errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

namespace {

enum Column { AttributeColumn, OperatorColumn, ValueColumn, PointsColumn, ColumnCount };

QComboBox *combo(QTableWidget *t, int row, int column)
{
    return qobject_cast<QComboBox *>(t->cellWidget(row, column));
}

int columnOf(const QString &field)
{
    if (field == QLatin1String("attribute"))
        return AttributeColumn;
    if (field == QLatin1String("operator"))
        return OperatorColumn;
    if (field == QLatin1String("points"))
        return PointsColumn;
    return ValueColumn;
}

} // namespace

ScoringRulesDialog::ScoringRulesDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_tierA(new QSpinBox(this))
    , m_tierB(new QSpinBox(this))
    , m_rescore(new QCheckBox(tr("Rescore all customers now"), this))
    , m_error(newErrorLabel(this))
{
    setWindowTitle(tr("Scoring rules"));
    m_table->setHorizontalHeaderLabels({tr("Attribute"), tr("Operator"), tr("Value"), tr("Points")});
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(AttributeColumn, 200);
    m_table->setColumnWidth(OperatorColumn, 90);
    m_table->verticalHeader()->setVisible(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *hint = new QLabel(tr("Each matching rule adds its points (−100…100); the score is kept within 0…100. "
                               "Sizes: micro, small, medium, large, enterprise. Money in fen (cents); "
                               "days since the last activity."),
                            this);
    hint->setWordWrap(true);

    auto *add = new QPushButton(tr("Add rule"), this);
    auto *remove = new QPushButton(tr("Remove rule"), this);
    connect(add, &QPushButton::clicked, this, &ScoringRulesDialog::addRule);
    connect(remove, &QPushButton::clicked, this, &ScoringRulesDialog::removeRule);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);

    m_tierA->setRange(0, 100);
    m_tierB->setRange(0, 100);
    auto *tiers = new QFormLayout;
    tiers->addRow(tr("Tier A from score"), m_tierA);
    tiers->addRow(tr("Tier B from score"), m_tierB);
    m_rescore->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScoringRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScoringRulesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addLayout(tiers);
    layout->addWidget(m_rescore);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 520);
    load();
}

void ScoringRulesDialog::load()
{
    try {
        const QList<ScoringRule> rules = CustomerScoring(m_db).rules();
        for (const ScoringRule &r : rules)
            appendRow(r.attribute, r.op, r.value, r.points);
        SettingsRepository settings(m_db);
        m_tierA->setValue(int(settings.integer(QString::fromLatin1(CustomerScoring::kTierAKey), 60)));
        m_tierB->setValue(int(settings.integer(QString::fromLatin1(CustomerScoring::kTierBKey), 30)));
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->setVisible(true);
    }
}

void ScoringRulesDialog::appendRow(const QString &attribute, const QString &op, const QString &value, int points)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *attr = new QComboBox(m_table);
    attr->addItem(tr("Industry"), QStringLiteral("industry"));
    attr->addItem(tr("Company size"), QStringLiteral("size"));
    attr->addItem(tr("Won revenue (fen)"), QStringLiteral("won_revenue"));
    attr->addItem(tr("Open pipeline (fen)"), QStringLiteral("open_pipeline"));
    attr->addItem(tr("Days since activity"), QStringLiteral("days_since_activity"));
    attr->setCurrentIndex(qMax(0, attr->findData(attribute)));
    auto *oper = new QComboBox(m_table);
    oper->addItem(tr("equals"), QStringLiteral("eq"));
    oper->addItem(QStringLiteral("≥"), QStringLiteral("gte"));
    oper->addItem(QStringLiteral("≤"), QStringLiteral("lte"));
    oper->setCurrentIndex(qMax(0, oper->findData(op)));
    m_table->setCellWidget(row, AttributeColumn, attr);
    m_table->setCellWidget(row, OperatorColumn, oper);
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
    m_table->setItem(row, PointsColumn, new QTableWidgetItem(QString::number(points)));
}

void ScoringRulesDialog::addRule()
{
    appendRow(QStringLiteral("industry"), QStringLiteral("eq"), QString(), 0);
    m_table->selectRow(m_table->rowCount() - 1);
}

void ScoringRulesDialog::removeRule()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

bool ScoringRulesDialog::save()
{
    QList<FieldError> errors;
    QList<ScoringRule> rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ScoringRule r;
        r.attribute = combo(m_table, row, AttributeColumn)->currentData().toString();
        r.op = combo(m_table, row, OperatorColumn)->currentData().toString();
        r.value = m_table->item(row, ValueColumn) ? m_table->item(row, ValueColumn)->text().trimmed() : QString();
        const QString pointsText = m_table->item(row, PointsColumn) ? m_table->item(row, PointsColumn)->text().trimmed()
                                                                    : QString();
        bool ok = false;
        r.points = pointsText.toInt(&ok);
        if (!ok)
            errors.append({QStringLiteral("scoring_rule"), QStringLiteral("points"), pointsText,
                           tr("must be a whole number"), row + 1});
        r.position = row + 1;
        rules.append(r);
    }
    if (m_tierB->value() > m_tierA->value())
        errors.append({QStringLiteral("settings"), QString::fromLatin1(CustomerScoring::kTierBKey),
                       QString::number(m_tierB->value()), tr("must not be above the tier A threshold"), 0});
    try {
        if (!errors.isEmpty())
            throw ValidationError(errors);
        Transaction tx(m_db);
        CustomerScoring(m_db).setRules(rules);
        SettingsRepository settings(m_db);
        settings.setInteger(QString::fromLatin1(CustomerScoring::kTierAKey), m_tierA->value());
        settings.setInteger(QString::fromLatin1(CustomerScoring::kTierBKey), m_tierB->value());
        tx.commit();
    } catch (const ValidationError &e) {
        QStringList lines;
        for (const FieldError &f : e.errors()) {
            // Names the rule row and its column as the table shows them.
            if (f.row > 0)
                lines << tr("Rule %1, %2 = \"%3\": %4")
                             .arg(QString::number(f.row), m_table->horizontalHeaderItem(columnOf(f.field))->text(),
                                  f.value, f.reason);
            else
                lines << tr("%1 = \"%2\": %3").arg(tr("Tier B from score"), f.value, f.reason);
        }
        const FieldError &first = e.errors().constFirst();
        if (first.row > 0 && first.row <= m_table->rowCount()) {
            m_table->setCurrentCell(first.row - 1, columnOf(first.field));
            if (QWidget *w = m_table->cellWidget(first.row - 1, columnOf(first.field)))
                w->setFocus();
        }
        m_error->setText(lines.join(QLatin1Char('\n')));
        m_error->setVisible(true);
        return false;
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->setVisible(true);
        return false;
    }
    m_error->setVisible(false);
    if (m_rescore->isChecked()) {
        try {
            m_rescored = CustomerScoring(m_db).rescoreAll();
        } catch (const Error &e) {
            m_error->setText(e.message());
            m_error->setVisible(true);
            return false;
        }
    }
    return true;
}

void ScoringRulesDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace fd
