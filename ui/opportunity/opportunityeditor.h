#pragma once

#include "domain/errors.h"
#include "domain/opportunity.h"
#include "domain/pipeline.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QTreeWidget;
class QUndoStack;

namespace fd {

class DealStore;

// The opportunity editor: every field with its validation message next to it, product
// lines, the deal team with roles and splits, the stage's checklist, the activity
// timeline and the stage history. Saving pushes undoable commands (one macro when the
// stage or outcome changes too). Opened on a deal, or on a new deal in a stage.
class OpportunityEditor final : public QDialog
{
    Q_OBJECT

public:
    // id 0 = a new deal in pipelineId / stageId.
    OpportunityEditor(DealStore &store, QUndoStack &undoStack, qint64 id, qint64 pipelineId, qint64 stageId,
                      QWidget *parent = nullptr);

    // The saved deal's id (0 until a new deal is saved).
    qint64 opportunityId() const { return m_loaded.id; }
    // Validates and saves; stays open and shows the messages at the fields on errors.
    void accept() override;
    // Shows located errors next to their fields (public for tests).
    void showErrors(const QList<FieldError> &errors);
    // The message shown for a field ("" when none); field names as in FieldError.
    QString errorText(const QString &field) const;

    // Widgets by role, for tests and for focusing a field with an error.
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *customerBox() const { return m_customer; }
    QComboBox *stageBox() const { return m_stage; }
    QListWidget *checklist() const { return m_checklist; }

private:
    QWidget *buildDetails();
    QWidget *buildProducts();
    QWidget *buildTeam();
    void load();
    void loadContacts();
    void loadChecklist();
    void loadTimeline();
    void statusChanged();
    void probabilityToggled();
    void addProductRow(const OpportunityProduct &p);
    void addTeamRow(const TeamMember &m);
    bool collect(Opportunity &o, QList<FieldError> &errors) const;
    QSet<qint64> checkedTasks() const;
    QLabel *errorLabel(const QString &field);
    void clearErrors();

    DealStore &m_store;
    QUndoStack &m_undoStack;
    Opportunity m_loaded;
    QSet<qint64> m_loadedChecks;
    QSet<qint64> m_otherStageChecks; // ticks of other stages, kept as they are
    Pipeline m_pipeline;
    QHash<QString, QLabel *> m_errors;

    QTabWidget *m_tabs;
    QLabel *m_generalError;
    QLineEdit *m_title;
    QComboBox *m_customer;
    QComboBox *m_contact;
    QComboBox *m_owner;
    QComboBox *m_stage;
    QComboBox *m_status;
    QComboBox *m_lostReason;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QCheckBox *m_overrideProbability;
    QSpinBox *m_probability;
    QCheckBox *m_hasClose;
    QDateEdit *m_close;
    QLineEdit *m_source;
    QComboBox *m_campaign;
    QLineEdit *m_externalId;
    QPlainTextEdit *m_description;
    QTableWidget *m_products;
    QTableWidget *m_team;
    QListWidget *m_checklist;
    QTreeWidget *m_activities;
    QTreeWidget *m_history;
};

} // namespace fd
