#pragma once

class QLabel;
class QWidget;

namespace fd {

// The label a form shows a located error in: red, word-wrapped, hidden until it has
// something to say. One look for every editor.
QLabel *newErrorLabel(QWidget *parent);

} // namespace fd
