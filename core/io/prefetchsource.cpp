#include "prefetchsource.h"

namespace fd {

PrefetchSource::PrefetchSource(std::unique_ptr<RecordSource> inner, int batchRecords, int maxBatches)
    : m_inner(std::move(inner))
    , m_batchRecords(batchRecords)
    , m_maxBatches(size_t(maxBatches))
    , m_total(m_inner->total())
    , m_serialDates(m_inner->hasSerialDates())
    , m_worker([this] { work(); })
{
}

PrefetchSource::~PrefetchSource()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

void PrefetchSource::work()
{
    for (;;) {
        Batch batch;
        try {
            SourceRecord record;
            while (int(batch.records.size()) < m_batchRecords) {
                if (!m_inner->next(record)) {
                    batch.end = true;
                    break;
                }
                batch.records.push_back(std::move(record));
                record = SourceRecord();
            }
        } catch (...) {
            batch.error = std::current_exception();
            batch.end = true;
        }
        batch.position = m_inner->position();
        const bool last = batch.end;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_queue.size() < m_maxBatches; });
            if (m_stop)
                return;
            m_queue.push_back(std::move(batch));
        }
        m_changed.notify_all();
        if (last)
            return;
    }
}

bool PrefetchSource::next(SourceRecord &record)
{
    while (m_current.records.empty()) {
        if (m_current.error) {
            const std::exception_ptr error = m_current.error;
            m_current.error = nullptr;
            m_finished = true;
            std::rethrow_exception(error);
        }
        if (m_current.end || m_finished) {
            m_finished = true;
            return false;
        }
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty(); });
            m_current = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        m_position = m_current.position;
    }
    record = std::move(m_current.records.front());
    m_current.records.pop_front();
    return true;
}

} // namespace fd
