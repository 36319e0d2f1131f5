#include "memorypolicy.h"

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

} // namespace fd::memory
