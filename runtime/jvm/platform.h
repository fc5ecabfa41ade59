/* platform.h: everything runtime/jvm needs from the system underneath it, and nothing more.
 *
 * The VM is written against this header only (plus freestanding C: string.h, stdint.h, math.h,
 * setjmp.h). platform_posix.c implements it for Linux with pthreads; the guest implements it over
 * kernel threads. No system type appears here: handles are opaque.
 *
 * Errors: calls that can fail return NULL or -1 and MUST leave no partial state behind; the VM
 * turns failures into Java exceptions (OutOfMemoryError, InternalError) itself. Calls marked
 * "never fails" abort the process when the system breaks its promise.
 */
#ifndef JVM_PLATFORM_H
#define JVM_PLATFORM_H
#include <stddef.h>
#include <stdint.h>

typedef struct pf_thread pf_thread;
typedef struct pf_mutex pf_mutex;
typedef struct pf_cond pf_cond;

/* ---- threads ---- */
/* Start fn(arg) on a new thread with a stack of at least stack_size bytes. Returns NULL on
 * failure. The thread's resources are released when fn returns (threads are detached). */
pf_thread *pf_thread_start(void (*fn)(void *), void *arg, size_t stack_size);
/* Usable stack of the thread that entered main() (0 if unknown). */
size_t pf_main_stack_size(void);
/* Give up the processor briefly (used while spinning on a thin lock). Never fails. */
void pf_thread_yield(void);

/* ---- mutexes and condition variables (non-recursive; never fail) ---- */
pf_mutex *pf_mutex_new(void);
void pf_mutex_lock(pf_mutex *m);
void pf_mutex_unlock(pf_mutex *m);
pf_cond *pf_cond_new(void);
/* Wait on c with m held. timeout_ns 0 waits without a limit; returns 0 when signalled (or
 * spuriously), 1 when the timeout passed. */
int pf_cond_wait(pf_cond *c, pf_mutex *m, uint64_t timeout_ns);
void pf_cond_signal(pf_cond *c);
void pf_cond_broadcast(pf_cond *c);

/* ---- time ---- */
uint64_t pf_nanotime(void);           /* monotonic nanoseconds */
uint64_t pf_wallclock_ms(void);       /* milliseconds since 1970-01-01 UTC */
void pf_sleep_ns(uint64_t ns);

/* ---- memory ---- */
/* Reserve len bytes of address space, zero-filled on first touch, aligned to 4096 at least;
 * pages cost memory only once written. Returns NULL on failure. */
void *pf_reserve(size_t len);
/* pf_reserve without the zero-fill promise: the caller initialises what it uses (the heap
 * clears each object as it allocates it). Where memory is not virtual (the guest) this saves
 * clearing the whole range up front. Returns NULL on failure. */
void *pf_reserve_uninit(size_t len);
/* Tell the system that [p, p+len) (page aligned) holds nothing of value any more. */
void pf_discard(void *p, size_t len);

/* ---- input/output ---- */
/* Write/read up to n bytes on descriptor fd (0 stdin, 1 stdout, 2 stderr). Return the count,
 * 0 at end of input, -1 on error. */
long pf_write(int fd, const void *buf, size_t n);
long pf_read(int fd, void *buf, size_t n);
/* Load a whole file into memory (class files). Returns a malloc'd buffer, NULL if missing. */
uint8_t *pf_read_file(const char *path, size_t *len);
/* A read-only view of a whole file that stays valid for the life of the process and must not
 * be written or freed (zero-copy where the system keeps files in memory, as the guest's image
 * filesystem does). NULL when the file is missing or cannot be mapped: use pf_read_file. */
const uint8_t *pf_map_file(const char *path, size_t *len);
/* Open a file for reading (resources, FileInputStream): a descriptor for pf_read, or -1. */
int pf_open_read(const char *path);
/* Size of an open file in bytes, or -1. */
long pf_file_size(int fd);
int pf_close(int fd);
/* What path names: 0 nothing (or not reachable), 1 a file, 2 a directory (java.io.File). */
int pf_path_kind(const char *path);
/* The directory holding the running program (for the default boot class path); writes a
 * NUL-terminated path, returns -1 if unknown. */
int pf_executable_dir(char *buf, size_t n);
/* Bytes of memory the VM may use for heap and stacks when no -Xmx is given (0: unknown, use the
 * VM's fixed default). The guest answers from the domain's free memory. */
size_t pf_memory_available(void);
/* Number of processors available to the VM (at least 1). */
int pf_processors(void);
/* Leave the process now with this status (after the VM has run its shutdown sequence). */
_Noreturn void pf_exit(int status);

#endif
