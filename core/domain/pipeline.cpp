#include "pipeline.h"

namespace fd {

const Stage *Pipeline::stage(qint64 stageId) const
{
    const int i = indexOf(stageId);
    return i < 0 ? nullptr : &stages[i];
}

int Pipeline::indexOf(qint64 stageId) const
{
    for (int i = 0; i < stages.size(); ++i) {
        if (stages[i].id == stageId)
            return i;
    }
    return -1;
}

} // namespace fd
