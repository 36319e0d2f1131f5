// PrefetchSource: the records of the inner source in the same order, its error rethrown
// after the records read before it, progress, and a prompt stop when dropped early.
#include "catchqt.h"

#include "io/prefetchsource.h"

#include <atomic>

using namespace fd;

namespace {

// Counts up to `count` records (< 0 = endless), then throws a ParseError at `failAt` (0 = never).
class CountingSource final : public RecordSource
{
public:
    CountingSource(qint64 count, qint64 failAt, std::atomic<qint64> &reads)
        : m_count(count)
        , m_failAt(failAt)
        , m_reads(reads)
    {
    }
    bool next(SourceRecord &record) override
    {
        if (m_count >= 0 && m_line >= m_count)
            return false;
        ++m_line;
        if (m_line == m_failAt)
            throw ParseError(m_line, 2, QStringLiteral("unterminated quote"));
        ++m_reads;
        record.fields = QStringList{QString::number(m_line), QStringLiteral("行%1").arg(m_line)};
        record.line = m_line;
        record.error = m_line % 7 == 0 ? QStringLiteral("ragged") : QString();
        record.errorColumn = m_line % 7 == 0 ? 3 : 0;
        return true;
    }
    qint64 position() const override { return m_line * 10; }
    qint64 total() const override { return m_count < 0 ? 0 : m_count * 10; }
    bool hasSerialDates() const override { return true; }

private:
    qint64 m_count;
    qint64 m_failAt;
    std::atomic<qint64> &m_reads;
    qint64 m_line = 0;
};

} // namespace

TEST_CASE("prefetching hands out every record in order with its error", "[prefetch]")
{
    std::atomic<qint64> reads{0};
    const qint64 count = GENERATE(0, 1, 255, 256, 257, 10000);
    PrefetchSource source(std::make_unique<CountingSource>(count, 0, reads), 256, 4);
    CHECK(source.hasSerialDates());
    SourceRecord r;
    qint64 n = 0;
    qint64 lastPosition = 0;
    while (source.next(r)) {
        ++n;
        REQUIRE(r.line == n);
        REQUIRE(r.fields == QStringList{QString::number(n), QStringLiteral("行%1").arg(n)});
        REQUIRE(r.ok() == (n % 7 != 0));
        REQUIRE(source.position() >= lastPosition);
        REQUIRE(source.position() >= n * 10);
        lastPosition = source.position();
    }
    CHECK(n == count);
    CHECK_FALSE(source.next(r)); // stays at the end
}

TEST_CASE("an error of the inner source comes after the records before it", "[prefetch]")
{
    std::atomic<qint64> reads{0};
    PrefetchSource source(std::make_unique<CountingSource>(5000, 1234, reads), 100, 3);
    SourceRecord r;
    qint64 n = 0;
    try {
        while (source.next(r))
            ++n;
        FAIL("no error");
    } catch (const ParseError &e) {
        CHECK(e.line() == 1234);
        CHECK(e.column() == 2);
        CHECK(e.reason() == QStringLiteral("unterminated quote"));
    }
    CHECK(n == 1233);
    CHECK_FALSE(source.next(r));
}

TEST_CASE("a prefetching source dropped early stops reading (bounded read-ahead)", "[prefetch]")
{
    std::atomic<qint64> reads{0};
    {
        // An endless source: only the bounded queue keeps the worker from reading forever.
        PrefetchSource source(std::make_unique<CountingSource>(-1, 0, reads), 50, 4);
        SourceRecord r;
        for (int i = 0; i < 120; ++i)
            REQUIRE(source.next(r));
        CHECK(r.line == 120);
    } // joins the worker
    // Consumed 120, plus at most the queue (4 batches), the current one and the one in hand.
    CHECK(reads.load() <= 120 + 6 * 50);
}
