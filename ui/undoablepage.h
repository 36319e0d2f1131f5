#pragma once

class QUndoStack;

namespace fd {

// A page whose edits can be undone. The main window adds the page's stack to its
// QUndoGroup and makes it the active one while the page is shown, so Edit → Undo / Redo
// (Ctrl+Z, Ctrl+Shift+Z) act on the page in front.
class UndoablePage
{
public:
    // The page's stack: one object for the page's lifetime (cleared, not replaced, when
    // another database is opened, as its commands refer to the old one).
    virtual QUndoStack *undoStack() const = 0;

protected:
    ~UndoablePage() = default;
};

} // namespace fd
