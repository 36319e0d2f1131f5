#pragma once

#include "recordsource.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace fd {

// Reads another RecordSource ahead on a worker thread, so that decoding and parsing the
// file run alongside validation and storage on the caller's thread (on two cores an
// import then takes the longer of the two, not their sum). Records pass in batches
// through a bounded queue: memory stays bounded however large the file. An error the
// inner source throws is rethrown by next() after the records read before it, exactly
// where the unthreaded reader would have thrown it. Destroying the source stops the
// worker (a cancelled import does not read on).
class PrefetchSource final : public RecordSource
{
public:
    explicit PrefetchSource(std::unique_ptr<RecordSource> inner, int batchRecords = 256, int maxBatches = 16);
    ~PrefetchSource() override;
    PrefetchSource(const PrefetchSource &) = delete;
    PrefetchSource &operator=(const PrefetchSource &) = delete;

    bool next(SourceRecord &record) override;
    // Bytes consumed up to the batch the last record came from.
    qint64 position() const override { return m_position; }
    qint64 total() const override { return m_total; }
    bool hasSerialDates() const override { return m_serialDates; }

private:
    struct Batch
    {
        std::deque<SourceRecord> records;
        qint64 position = 0;
        bool end = false;         // the inner source has no more records
        std::exception_ptr error; // thrown by the inner source after `records`
    };

    void work();

    std::unique_ptr<RecordSource> m_inner;
    const int m_batchRecords;
    const size_t m_maxBatches;
    const qint64 m_total;
    const bool m_serialDates;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue; // guarded by m_mutex
    bool m_stop = false;       // guarded by m_mutex

    Batch m_current; // the consumer's batch (caller's thread only)
    bool m_finished = false;
    qint64 m_position = 0;
    std::thread m_worker; // last: starts once everything above is set up
};

} // namespace fd
