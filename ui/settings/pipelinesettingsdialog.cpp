#include "pipelinesettingsdialog.h"

#include "opportunity/dealstore.h"

#include "domain/errors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

namespace {
QPushButton *button(const QString &text, QWidget *parent, QLayout *layout)
{
    auto *b = new QPushButton(text, parent);
    layout->addWidget(b);
    return b;
}
} // namespace

PipelineSettingsDialog::PipelineSettingsDialog(DealStore &store, qint64 pipelineId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_pipelines(new QListWidget(this))
    , m_stages(new QListWidget(this))
    , m_stageName(new QLineEdit(this))
    , m_probability(new QSpinBox(this))
    , m_stallDays(new QSpinBox(this))
    , m_tasks(new QTableWidget(0, 2, this))
    , m_error(new QLabel(this))
    , m_reasons(new QListWidget(this))
{
    setObjectName(QStringLiteral("pipelineSettings"));
    setWindowTitle(tr("Pipelines and stages"));
    resize(860, 520);
    m_error->setStyleSheet(QStringLiteral("color: #d93f3f"));
    m_error->setWordWrap(true);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildPipelinesTab(), tr("Pipelines and stages"));
    tabs->addTab(buildLostReasonsTab(), tr("Lost reasons"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    loadPipelines(pipelineId);
    loadLostReasons();
}

QWidget *PipelineSettingsDialog::buildPipelinesTab()
{
    auto *page = new QWidget(this);
    auto *pipelinesBox = new QGroupBox(tr("Pipelines"), page);
    auto *pl = new QVBoxLayout(pipelinesBox);
    pl->addWidget(m_pipelines, 1);
    auto *pButtons = new QGridLayout;
    auto *row1 = new QHBoxLayout;
    auto *row2 = new QHBoxLayout;
    connect(button(tr("New…"), page, row1), &QPushButton::clicked, this, &PipelineSettingsDialog::newPipeline);
    connect(button(tr("Rename…"), page, row1), &QPushButton::clicked, this, &PipelineSettingsDialog::renamePipeline);
    connect(button(tr("Make default"), page, row2), &QPushButton::clicked, this, &PipelineSettingsDialog::makeDefault);
    connect(button(tr("Delete"), page, row2), &QPushButton::clicked, this, &PipelineSettingsDialog::deletePipeline);
    pButtons->addLayout(row1, 0, 0);
    pButtons->addLayout(row2, 1, 0);
    pl->addLayout(pButtons);

    auto *stagesBox = new QGroupBox(tr("Stages, in order"), page);
    auto *sl = new QVBoxLayout(stagesBox);
    sl->addWidget(m_stages, 1);
    auto *sButtons = new QHBoxLayout;
    connect(button(tr("Add…"), page, sButtons), &QPushButton::clicked, this, &PipelineSettingsDialog::addStage);
    connect(button(tr("Up"), page, sButtons), &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(button(tr("Down"), page, sButtons), &QPushButton::clicked, this, [this] { moveStage(1); });
    connect(button(tr("Delete…"), page, sButtons), &QPushButton::clicked, this, &PipelineSettingsDialog::deleteStage);
    sl->addLayout(sButtons);

    auto *stageBox = new QGroupBox(tr("Stage"), page);
    auto *form = new QFormLayout(stageBox);
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QStringLiteral(" %"));
    m_stallDays->setRange(0, 3650);
    m_stallDays->setSuffix(tr(" days"));
    m_tasks->setHorizontalHeaderLabels({tr("Checklist task"), tr("Required")});
    m_tasks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tasks->verticalHeader()->hide();
    form->addRow(tr("Name:"), m_stageName);
    form->addRow(tr("Win probability:"), m_probability);
    form->addRow(tr("Stalled after:"), m_stallDays);
    form->addRow(m_tasks);
    auto *tButtons = new QHBoxLayout;
    connect(button(tr("Add task"), page, tButtons), &QPushButton::clicked, this, [this] {
        const int r = m_tasks->rowCount();
        m_tasks->insertRow(r);
        m_tasks->setItem(r, 0, new QTableWidgetItem(tr("New task")));
        auto *required = new QTableWidgetItem;
        required->setCheckState(Qt::Unchecked);
        m_tasks->setItem(r, 1, required);
        m_tasks->editItem(m_tasks->item(r, 0));
    });
    connect(button(tr("Remove task"), page, tButtons), &QPushButton::clicked, this,
            [this] { m_tasks->removeRow(m_tasks->currentRow()); });
    tButtons->addStretch();
    connect(button(tr("Save stage"), page, tButtons), &QPushButton::clicked, this, &PipelineSettingsDialog::saveStage);
    form->addRow(tButtons);

    auto *layout = new QHBoxLayout(page);
    // Long names elide instead of scrolling sideways.
    for (QListWidget *list : {m_pipelines, m_stages})
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(pipelinesBox, 4);
    layout->addWidget(stagesBox, 3);
    layout->addWidget(stageBox, 4);
    connect(m_pipelines, &QListWidget::currentRowChanged, this, [this] { loadStages(0); });
    connect(m_stages, &QListWidget::currentRowChanged, this, &PipelineSettingsDialog::showStage);
    return page;
}

QWidget *PipelineSettingsDialog::buildLostReasonsTab()
{
    auto *page = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    connect(button(tr("Add…"), page, buttons), &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Lost reason"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
        if (ok && attempt([&] { m_store.pipelines().addLostReason(name); }))
            loadLostReasons();
    });
    connect(button(tr("Rename…"), page, buttons), &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_reasons->currentItem();
        if (!item)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Lost reason"), tr("Reason:"), QLineEdit::Normal,
                                                   item->text(), &ok);
        if (ok && attempt([&] { m_store.pipelines().renameLostReason(item->data(Qt::UserRole).toLongLong(), name); }))
            loadLostReasons();
    });
    connect(button(tr("Remove"), page, buttons), &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_reasons->currentItem();
        if (item && attempt([&] { m_store.pipelines().removeLostReason(item->data(Qt::UserRole).toLongLong()); }))
            loadLostReasons();
    });
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        new QLabel(tr("Reasons offered when a deal is marked lost (free text is always possible)."), page));
    layout->addWidget(m_reasons, 1);
    layout->addLayout(buttons);
    return page;
}

bool PipelineSettingsDialog::attempt(const std::function<void()> &step)
{
    try {
        step();
        m_error->clear();
        return true;
    } catch (const ValidationError &e) {
        QStringList lines;
        for (const FieldError &f : e.errors())
            lines << QStringLiteral("%1: %2").arg(f.value, f.reason);
        m_error->setText(lines.join(QLatin1Char('\n')));
    } catch (const Error &e) {
        m_error->setText(e.message());
    }
    return false;
}

void PipelineSettingsDialog::loadPipelines(qint64 select)
{
    const QSignalBlocker block(m_pipelines);
    m_pipelines->clear();
    attempt([&] {
        for (const Pipeline &p : m_store.pipelines().pipelines()) {
            auto *item = new QListWidgetItem(p.isDefault ? tr("%1 (default)").arg(p.name) : p.name, m_pipelines);
            item->setData(Qt::UserRole, p.id);
            if (p.id == select || (!select && p.isDefault))
                m_pipelines->setCurrentItem(item);
        }
    });
    if (!m_pipelines->currentItem() && m_pipelines->count())
        m_pipelines->setCurrentRow(0);
    loadStages(0);
}

qint64 PipelineSettingsDialog::currentPipelineId() const
{
    const QListWidgetItem *item = m_pipelines->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 PipelineSettingsDialog::currentStageId() const
{
    const QListWidgetItem *item = m_stages->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PipelineSettingsDialog::loadStages(qint64 select)
{
    const QSignalBlocker block(m_stages);
    m_stages->clear();
    m_pipeline = Pipeline();
    if (const qint64 id = currentPipelineId())
        attempt([&] { m_pipeline = m_store.pipelines().pipeline(id); });
    for (const Stage &s : m_pipeline.stages) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  ·  %2%").arg(s.name).arg(s.winProbability), m_stages);
        item->setData(Qt::UserRole, s.id);
        if (s.id == select)
            m_stages->setCurrentItem(item);
    }
    if (!m_stages->currentItem() && m_stages->count())
        m_stages->setCurrentRow(0);
    showStage();
}

void PipelineSettingsDialog::showStage()
{
    const Stage *s = m_pipeline.stage(currentStageId());
    m_stageName->setText(s ? s->name : QString());
    m_probability->setValue(s ? s->winProbability : 0);
    m_stallDays->setValue(s ? s->stallAfterDays : 14);
    m_tasks->setRowCount(0);
    if (!s)
        return;
    for (const StageTask &t : s->tasks) {
        const int r = m_tasks->rowCount();
        m_tasks->insertRow(r);
        auto *title = new QTableWidgetItem(t.title);
        title->setData(Qt::UserRole, t.id);
        m_tasks->setItem(r, 0, title);
        auto *required = new QTableWidgetItem;
        required->setCheckState(t.required ? Qt::Checked : Qt::Unchecked);
        m_tasks->setItem(r, 1, required);
    }
}

void PipelineSettingsDialog::saveStage()
{
    const Stage *current = m_pipeline.stage(currentStageId());
    if (!current)
        return;
    Stage s = *current;
    s.name = m_stageName->text();
    s.winProbability = m_probability->value();
    s.stallAfterDays = m_stallDays->value();
    s.tasks.clear();
    for (int r = 0; r < m_tasks->rowCount(); ++r) {
        StageTask t;
        t.id = m_tasks->item(r, 0)->data(Qt::UserRole).toLongLong();
        t.title = m_tasks->item(r, 0)->text();
        t.position = r;
        t.required = m_tasks->item(r, 1)->checkState() == Qt::Checked;
        s.tasks.append(t);
    }
    if (attempt([&] { m_store.pipelines().saveStage(s); }))
        loadStages(s.id);
}

void PipelineSettingsDialog::newPipeline()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New pipeline"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    Pipeline p;
    p.name = name;
    // A new pipeline starts with the stages of the current one; edit them afterwards.
    for (Stage s : m_pipeline.stages) {
        s.id = 0;
        for (StageTask &t : s.tasks)
            t.id = 0;
        for (StageRole &r : s.roles)
            r.id = 0;
        p.stages.append(s);
    }
    if (p.stages.isEmpty()) {
        Stage s;
        s.name = tr("Initial contact");
        s.winProbability = 10;
        p.stages.append(s);
    }
    if (attempt([&] { m_store.pipelines().create(p); }))
        loadPipelines(p.id);
}

void PipelineSettingsDialog::renamePipeline()
{
    const qint64 id = currentPipelineId();
    if (!id)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename pipeline"), tr("Name:"), QLineEdit::Normal,
                                               m_pipeline.name, &ok);
    if (ok && attempt([&] { m_store.pipelines().renamePipeline(id, name); }))
        loadPipelines(id);
}

void PipelineSettingsDialog::makeDefault()
{
    const qint64 id = currentPipelineId();
    if (id && attempt([&] { m_store.pipelines().setDefaultPipeline(id); }))
        loadPipelines(id);
}

void PipelineSettingsDialog::deletePipeline()
{
    const qint64 id = currentPipelineId();
    if (!id
        || QMessageBox::question(this, tr("Delete pipeline"), tr("Delete the pipeline \"%1\"?").arg(m_pipeline.name))
               != QMessageBox::Yes)
        return;
    if (attempt([&] { m_store.pipelines().removePipeline(id); }))
        loadPipelines(0);
}

void PipelineSettingsDialog::addStage()
{
    const qint64 id = currentPipelineId();
    if (!id)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New stage"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    Stage s;
    s.name = name;
    s.winProbability = m_pipeline.stages.isEmpty() ? 10 : m_pipeline.stages.last().winProbability;
    if (attempt([&] { m_store.pipelines().addStage(id, s); }))
        loadStages(s.id);
}

void PipelineSettingsDialog::moveStage(int delta)
{
    const int row = m_stages->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_pipeline.stages.size())
        return;
    QList<qint64> order;
    for (const Stage &s : m_pipeline.stages)
        order.append(s.id);
    order.swapItemsAt(row, to);
    const qint64 moved = order.at(to);
    if (attempt([&] { m_store.pipelines().reorderStages(m_pipeline.id, order); }))
        loadStages(moved);
}

void PipelineSettingsDialog::deleteStage()
{
    const Stage *s = m_pipeline.stage(currentStageId());
    if (!s)
        return;
    const Stage stage = *s;
    qint64 deals = 0;
    if (!attempt([&] { deals = m_store.pipelines().openDealCount(stage.id); }))
        return;
    qint64 target = 0;
    if (deals > 0) {
        QStringList names;
        QList<qint64> ids;
        for (const Stage &other : m_pipeline.stages) {
            if (other.id != stage.id) {
                names << other.name;
                ids << other.id;
            }
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Delete stage"),
            tr("\"%1\" holds %n open deal(s). Move them to:", nullptr, int(deals)).arg(stage.name), names, 0, false,
            &ok);
        if (!ok)
            return;
        target = ids.value(names.indexOf(chosen));
    } else if (QMessageBox::question(this, tr("Delete stage"), tr("Delete the stage \"%1\"?").arg(stage.name))
               != QMessageBox::Yes) {
        return;
    }
    if (attempt([&] { m_store.pipelines().retireStage(stage.id, target); }))
        loadStages(target);
}

void PipelineSettingsDialog::loadLostReasons()
{
    m_reasons->clear();
    attempt([&] {
        for (const LostReason &r : m_store.pipelines().lostReasons()) {
            auto *item = new QListWidgetItem(r.name, m_reasons);
            item->setData(Qt::UserRole, r.id);
        }
    });
}

} // namespace fd
