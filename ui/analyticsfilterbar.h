#pragma once

#include "analytics/snapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace fd {

class Database;

// The scope filters shared by the funnel, forecast and rep views: pipeline, owner, team,
// region and product line. Emits changed() when the user picks another value.
class AnalyticsFilterBar final : public QWidget
{
    Q_OBJECT

public:
    // `allPipelines`: the pipeline list starts with "All pipelines" (forecast) instead of
    // the default pipeline (funnel, reps).
    explicit AnalyticsFilterBar(bool allPipelines, QWidget *parent = nullptr);

    // Fills the lists from `db` (nullptr empties them), keeping the current choices.
    void reload(Database *db);
    // The chosen filters.
    analytics::Scope scope() const;
    // The chosen filters as a reader names them ("华东 · 软件"); empty when nothing narrows.
    QString description() const;
    // Re-translates the labels and the "all" entries.
    void retranslateUi();

signals:
    void changed();

private:
    QComboBox *addCombo(const QString &objectName);

    bool m_allPipelines;
    QLabel *m_pipelineLabel;
    QLabel *m_ownerLabel;
    QLabel *m_teamLabel;
    QLabel *m_regionLabel;
    QLabel *m_productLineLabel;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_productLine = nullptr;
};

} // namespace fd
