#pragma once

namespace fd::memory {

// The desktop's allocator policy, set first thing in main(). The analytics read a million
// history rows into vectors of tens of megabytes on short-lived worker threads; with glibc's
// defaults each worker keeps its own arena and, once one such block was freed, raises the
// mmap threshold so that the next ones stay in an arena after they are freed: a page visited
// after another kept the first one's memory resident (454 MB after every page of the
// 100,000-deal bench file, of which 233 MB were in use at the peak). Two arenas and a fixed
// mmap threshold hand big blocks back to the system when they are freed.
void applyDesktopPolicy();

// Returns freed heap memory to the system: called when a background computation is over,
// since the memory its temporaries held is not needed again soon. Cheap (a few ms).
void releaseFreed();

// Bytes of heap in use (allocated and not freed) in kB, -1 where the allocator does not say:
// beside the resident set, it tells memory held from memory freed but not handed back.
long long heapInUseKb();

} // namespace fd::memory
