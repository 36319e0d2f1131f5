#pragma once

#include "domain/pipeline.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace fd {

class DealStore;

// Settings of the sales process: pipelines (create, rename, make default, delete),
// their stages (add, rename, reorder, delete — asking where the stage's deals go),
// each stage's win probability, stall-after days and checklist, and the list of
// lost reasons. Every change is saved at once through the repository.
class PipelineSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    PipelineSettingsDialog(DealStore &store, qint64 pipelineId, QWidget *parent = nullptr);

private:
    QWidget *buildPipelinesTab();
    QWidget *buildLostReasonsTab();
    void loadPipelines(qint64 select);
    void loadStages(qint64 select);
    void showStage();
    qint64 currentPipelineId() const;
    qint64 currentStageId() const;
    void newPipeline();
    void renamePipeline();
    void deletePipeline();
    void makeDefault();
    void addStage();
    void moveStage(int delta);
    void deleteStage();
    void saveStage();
    void loadLostReasons();
    // Runs a repository call; shows its error (located messages) instead of throwing.
    bool attempt(const std::function<void()> &step);

    DealStore &m_store;
    Pipeline m_pipeline;
    QListWidget *m_pipelines;
    QListWidget *m_stages;
    QLineEdit *m_stageName;
    QSpinBox *m_probability;
    QSpinBox *m_stallDays;
    QTableWidget *m_tasks;
    QLabel *m_error;
    QListWidget *m_reasons;
};

} // namespace fd
