#include "duplicatepolicy.h"

namespace fd {

QString toString(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Reject:
        return QStringLiteral("reject");
    case DuplicatePolicy::Skip:
        return QStringLiteral("skip");
    case DuplicatePolicy::Keep:
        return QStringLiteral("keep");
    case DuplicatePolicy::Merge:
        return QStringLiteral("merge");
    }
    return {};
}

std::optional<DuplicatePolicy> parseDuplicatePolicy(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (DuplicatePolicy p :
         {DuplicatePolicy::Reject, DuplicatePolicy::Skip, DuplicatePolicy::Keep, DuplicatePolicy::Merge}) {
        if (t == toString(p))
            return p;
    }
    return std::nullopt;
}

} // namespace fd
