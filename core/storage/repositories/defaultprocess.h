#pragma once

#include "domain/pipeline.h"

namespace fd {

// 004's default sales process (初步接洽 10 % → 需求确认 30 % → 报价 50 % → 拟定合同 80 %;
// won is the outcome after it) with names in the current UI language, not stored: what
// PipelineRepository::ensureDefault stores and what the setup wizard offers to edit.
Pipeline defaultSalesProcess();

} // namespace fd
