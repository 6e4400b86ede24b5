#if canImport(Glibc)
import Glibc
#endif

/// Allocator settings for the one-shot commands (everything but `serve`), whose peak memory matters more than
/// allocation from many threads at once: `hakakses reconcile` holds the roster of a 50,000-person SK and a read of
/// 50,000 directory entries, built on different threads. With glibc's defaults each thread allocates in an arena of
/// its own and large freed blocks stay in the heap (the mmap threshold grows with them), so memory freed after one
/// phase is not reused by the next and the peak grows by tens of MiB. One arena, a fixed mmap threshold (blocks of
/// 256 KiB and more come from and go back to the kernel) and a 1 MiB trim threshold keep the peak near what is
/// alive. `mallopt(3)` is not in Swift's Glibc module, so it is looked up by name; where it is missing nothing
/// changes.
enum MemoryTuning {
    static func applyForOneShotCommand() {
        #if canImport(Glibc)
        // A null handle is RTLD_DEFAULT: the symbol as the process resolves it.
        guard let symbol = dlsym(nil, "mallopt") else { return }
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        // The parameter numbers of <malloc.h> (glibc ABI): M_TRIM_THRESHOLD, M_MMAP_THRESHOLD, M_ARENA_MAX.
        _ = mallopt(-1, 1 << 20)
        _ = mallopt(-3, 256 << 10)
        _ = mallopt(-8, 1)
        #endif
    }
}
