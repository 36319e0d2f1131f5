#pragma once

#include "domain/opportunity.h"
#include "domain/pipeline.h"
#include "widgets/formdialog.h"

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

class LineItemsTable;

class DealStore;

// The opportunity editor: every field with its validation message next to it (FormDialog;
// the tab of the first refused field comes to the front), product lines, the deal team
// with roles and splits, the stage's checklist, the activity timeline and the stage
// history. Saving pushes undoable commands (one macro when the stage or outcome changes
// too). Opened on a deal, or on a new deal in a stage.
class OpportunityEditor final : public FormDialog
{
    Q_OBJECT

public:
    // id 0 = a new deal in pipelineId / stageId.
    OpportunityEditor(DealStore &store, QUndoStack &undoStack, qint64 id, qint64 pipelineId, qint64 stageId,
                      QWidget *parent = nullptr);

    // The saved deal's id (0 until a new deal is saved).
    qint64 opportunityId() const { return m_loaded.id; }
    // accept() validates and saves; showErrors() / errorText(field) with field names as
    // in FieldError (FormDialog).

    // Widgets by role, for tests and for focusing a field with an error.
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *customerBox() const { return m_customer; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *stageBox() const { return m_stage; }
    QListWidget *checklist() const { return m_checklist; }
    QComboBox *splitFormBox() const { return m_splitForm; }
    // The team table: member, role, share (a spin box in percent, a line edit for an amount,
    // nothing for 整额) and the credit when won.
    QTableWidget *teamTable() const { return m_team; }
    // The line items with their costs and the deal's margin under them.
    LineItemsTable *lineItems() const { return m_products; }
    // Adds a team row as "Add member" does, for tests.
    void addTeamMember(const TeamMember &m) { addTeamRow(m); }

private:
    QWidget *buildDetails();
    QWidget *buildProducts();
    QWidget *buildTeam();
    void load();
    // Read only outside the person's write scope; the owner fixed for those who may not reassign.
    void applyRole(qint64 id);
    void loadContacts();
    void loadChecklist();
    void loadTimeline();
    void statusChanged();
    void probabilityToggled();
    void addTeamRow(const TeamMember &m);
    // The share widget of row r for the form shown (m_shownForm), holding m's number.
    void setShareCell(int r, const TeamMember &m);
    // Row r's member as the table shows it (errors: a share that is not an amount).
    TeamMember teamRow(int r, QList<FieldError> *errors = nullptr) const;
    // Another form was chosen: each share is carried over (percent ↔ amount at the amount).
    void splitFormChanged();
    // The credit column and the totals under the table, from the core's credit function.
    void updateCredits();
    // Validates (the form's own checks and the repository's, so every message shows at
    // once) and saves.
    void save() override;
    // Saves an edit of a stored deal. When someone saved it after it was opened, shows who
    // and what differs (ConflictDialog): overwrite saves over their version (the undo then
    // goes back to theirs); reload or keep editing throw an Error saying nothing was saved.
    void saveEdit(Opportunity &o, const QSet<qint64> &checks);
    // Shows the stored deal again, dropping what was edited here.
    void reload();
    void collect(Opportunity &o, QList<FieldError> &errors) const;
    QSet<qint64> checkedTasks() const;

    DealStore &m_store;
    QUndoStack &m_undoStack;
    Opportunity m_loaded;
    QSet<qint64> m_loadedChecks;
    QSet<qint64> m_otherStageChecks; // ticks of other stages, kept as they are
    Pipeline m_pipeline;

    QTabWidget *m_tabs;
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
    LineItemsTable *m_products;
    QComboBox *m_splitForm;
    SplitForm m_shownForm = SplitForm::Percent;
    QLabel *m_splitHint;
    QLabel *m_creditTotal;
    QTableWidget *m_team;
    QListWidget *m_checklist;
    QTreeWidget *m_activities;
    QTreeWidget *m_history;
};

} // namespace fd
