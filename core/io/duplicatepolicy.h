#pragma once

#include <QString>

#include <optional>

namespace fd {

// What an import does with a lead, customer or contact that duplicates a stored record or
// an earlier row of the same file (same external id, phone, company and name…):
//   Reject  the row is an error (all or nothing, as any invalid row);
//   Skip    the row is left out and reported;
//   Keep    both are stored, the pair left for the duplicate review (查重);
//   Merge   the earlier record's empty fields are filled from the row, and what changed
//           is reported.
enum class DuplicatePolicy { Reject, Skip, Keep, Merge };

// "reject", "skip", "keep", "merge".
QString toString(DuplicatePolicy policy);
std::optional<DuplicatePolicy> parseDuplicatePolicy(const QString &text);

} // namespace fd
