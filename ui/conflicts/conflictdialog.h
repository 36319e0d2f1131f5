#pragma once

#include "conflicts/saveconflict.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace fd {

// Shown when a save of a deal or a contract was refused because someone saved it after it
// was opened: "Changed by NAME at TIME", a table of the fields the two versions disagree on
// (the value when opened, theirs, yours; a changed value in bold) and the choice: reload
// their version (this edit is dropped), overwrite with mine (recorded in the audit trail),
// or go back to editing.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Choice { KeepEditing = 0, Reload = 1, Overwrite = 2 };

    explicit ConflictDialog(const SaveConflict &conflict, QWidget *parent = nullptr);

    // Modal: the person's choice (KeepEditing when the dialog is closed).
    static Choice ask(const SaveConflict &conflict, QWidget *parent);

    QLabel *headline() const { return m_headline; }
    QTableWidget *table() const { return m_table; }

private:
    QLabel *m_headline;
    QTableWidget *m_table;
};

} // namespace fd
