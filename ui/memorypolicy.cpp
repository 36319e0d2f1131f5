#include "memorypolicy.h"

// A C library header first: it is what defines __GLIBC__ (without one, every branch below
// was left out and the policy did nothing).
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace fd::memory {

void applyDesktopPolicy()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 2);
    // Setting either value also turns off glibc's dynamic raising of the threshold.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024);
#endif
}

void releaseFreed()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

long long heapInUseKb()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    const struct mallinfo2 info = mallinfo2();
    return static_cast<long long>((info.uordblks + info.hblkhd) / 1024);
#else
    return -1;
#endif
}

} // namespace fd::memory
