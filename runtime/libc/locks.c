/* newlib's retargetable locks over kernel mutexes.
 *
 * newlib (configured with --enable-newlib-retargetable-locking) takes its locks through the ten
 * __retarget_lock_* functions, on lock objects it either creates (per FILE) or names statically
 * (the nine __lock___* objects below). libc.a carries do-nothing versions of all of them in one
 * object (lock.o), which the link would pull in if any one were missing here; so every one is
 * defined in this file, and build-newlib.sh deletes that object from the installed libc.a so
 * that a guest can never end up with silent no-op locks.
 *
 * The "_recursive" flavour is a recursive sd_mutex: newlib re-enters those (stdio calls itself
 * with the stream locked, malloc is called under the sfp lock). Context: thread, always (no
 * newlib function is called from event context). */
#include <sys/lock.h>

#include <sd/mm.h>
#include <sd/printk.h>
#include <sd/sync.h>

struct __lock {
    struct sd_mutex mutex;
};

struct __lock __lock___sinit_recursive_mutex  = { SD_MUTEX_RECURSIVE_INITIALIZER };
struct __lock __lock___sfp_recursive_mutex    = { SD_MUTEX_RECURSIVE_INITIALIZER };
struct __lock __lock___atexit_recursive_mutex = { SD_MUTEX_RECURSIVE_INITIALIZER };
struct __lock __lock___malloc_recursive_mutex = { SD_MUTEX_RECURSIVE_INITIALIZER };
struct __lock __lock___env_recursive_mutex    = { SD_MUTEX_RECURSIVE_INITIALIZER };
struct __lock __lock___at_quick_exit_mutex    = { SD_MUTEX_INITIALIZER };
struct __lock __lock___tz_mutex               = { SD_MUTEX_INITIALIZER };
struct __lock __lock___dd_hash_mutex          = { SD_MUTEX_INITIALIZER };
struct __lock __lock___arc4random_mutex       = { SD_MUTEX_INITIALIZER };

/* Dynamic locks come from the kernel heap, not malloc: malloc itself takes a lock. newlib has
 * no way to report a failed lock creation, so running out here is fatal. */
static struct __lock *lock_new(bool recursive)
{
    struct __lock *l = sd_malloc(sizeof *l);
    if (!l)
        panic("libc: out of kernel heap for a lock");
    sd_mutex_init(&l->mutex, recursive);
    return l;
}

void __retarget_lock_init(_LOCK_T *lock)
{
    *lock = lock_new(false);
}

void __retarget_lock_init_recursive(_LOCK_T *lock)
{
    *lock = lock_new(true);
}

void __retarget_lock_close(_LOCK_T lock)
{
    sd_free(lock);
}

void __retarget_lock_close_recursive(_LOCK_T lock)
{
    sd_free(lock);
}

void __retarget_lock_acquire(_LOCK_T lock)
{
    sd_mutex_lock(&lock->mutex);
}

void __retarget_lock_acquire_recursive(_LOCK_T lock)
{
    sd_mutex_lock(&lock->mutex);
}

/* 0 when taken, nonzero when busy: newlib passes this straight out of ftrylockfile. */
int __retarget_lock_try_acquire(_LOCK_T lock)
{
    return sd_mutex_trylock(&lock->mutex) != 0;
}

int __retarget_lock_try_acquire_recursive(_LOCK_T lock)
{
    return sd_mutex_trylock(&lock->mutex) != 0;
}

void __retarget_lock_release(_LOCK_T lock)
{
    sd_mutex_unlock(&lock->mutex);
}

void __retarget_lock_release_recursive(_LOCK_T lock)
{
    sd_mutex_unlock(&lock->mutex);
}
