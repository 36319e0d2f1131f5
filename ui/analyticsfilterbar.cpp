#include "analyticsfilterbar.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/repositories/catalogrepository.h"
#include "storage/repositories/organizationrepository.h"
#include "storage/repositories/pipelinerepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace fd {

namespace {

qint64 currentId(const QComboBox *combo)
{
    return combo->currentData().toLongLong();
}

// Replaces the items after the first ("all") one, keeping the chosen id when it is still there.
void fill(QComboBox *combo, const QList<QPair<qint64, QString>> &items)
{
    const QSignalBlocker blocker(combo);
    const qint64 chosen = currentId(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &item : items)
        combo->addItem(item.second, item.first);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

AnalyticsFilterBar::AnalyticsFilterBar(bool allPipelines, QWidget *parent)
    : QWidget(parent)
    , m_allPipelines(allPipelines)
    , m_pipelineLabel(new QLabel(this))
    , m_ownerLabel(new QLabel(this))
    , m_teamLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_productLineLabel(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](QLabel *label, QComboBox *&combo, const char *name) {
        combo = addCombo(QString::fromLatin1(name));
        combo->addItem(QString(), 0);
        label->setBuddy(combo);
        layout->addWidget(label);
        layout->addWidget(combo);
    };
    add(m_pipelineLabel, m_pipeline, "filterPipeline");
    add(m_ownerLabel, m_owner, "filterOwner");
    add(m_teamLabel, m_team, "filterTeam");
    add(m_regionLabel, m_region, "filterRegion");
    add(m_productLineLabel, m_productLine, "filterProductLine");
    layout->addStretch(1);
    retranslateUi();
}

QComboBox *AnalyticsFilterBar::addCombo(const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &AnalyticsFilterBar::changed);
    return combo;
}

void AnalyticsFilterBar::retranslateUi()
{
    m_pipelineLabel->setText(tr("Pipeline:"));
    m_ownerLabel->setText(tr("Owner:"));
    m_teamLabel->setText(tr("Team:"));
    m_regionLabel->setText(tr("Region:"));
    m_productLineLabel->setText(tr("Product line:"));
    m_pipeline->setItemText(0, m_allPipelines ? tr("All pipelines") : tr("Default pipeline"));
    m_owner->setItemText(0, tr("All owners"));
    m_team->setItemText(0, tr("All teams"));
    m_region->setItemText(0, tr("All regions"));
    m_productLine->setItemText(0, tr("All product lines"));
}

void AnalyticsFilterBar::reload(Database *db)
{
    QList<QPair<qint64, QString>> pipelines, owners, teams, regions, lines;
    if (db) {
        try {
            PipelineRepository pipelineRepo(*db);
            for (const Pipeline &p : pipelineRepo.pipelines())
                pipelines.append({p.id, p.name});
            OrganizationRepository org(*db);
            for (const User &u : org.users())
                owners.append({u.id, u.displayName});
            for (const Team &t : org.teams())
                teams.append({t.id, t.name});
            for (const Region &r : org.regions())
                regions.append({r.id, r.name});
            CatalogRepository catalog(*db);
            for (const ProductLine &l : catalog.productLines())
                lines.append({l.id, l.name});
        } catch (const Error &) {
            // An unreadable database leaves the lists empty; the page shows the error.
        }
    }
    fill(m_pipeline, pipelines);
    fill(m_owner, owners);
    fill(m_team, teams);
    fill(m_region, regions);
    fill(m_productLine, lines);
}

analytics::Scope AnalyticsFilterBar::scope() const
{
    analytics::Scope scope;
    scope.pipelineId = currentId(m_pipeline);
    scope.ownerId = currentId(m_owner);
    scope.teamId = currentId(m_team);
    scope.regionId = currentId(m_region);
    scope.productLineId = currentId(m_productLine);
    return scope;
}

QString AnalyticsFilterBar::description() const
{
    QStringList parts;
    for (const QComboBox *combo : {m_pipeline, m_owner, m_team, m_region, m_productLine}) {
        if (combo && currentId(combo) != 0 && (combo != m_pipeline || m_allPipelines))
            parts << combo->currentText();
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace fd
