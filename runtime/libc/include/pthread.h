/* POSIX threads for C code in the guest (runtime/libc pthread*.c, over kernel threads).
 *
 * newlib's own <pthread.h> declares nothing in this configuration (no _POSIX_THREADS for a
 * bare-metal target), but its <sys/types.h> does define the types (sys/_pthreadtypes.h:
 * pthread_t, pthread_mutex_t and pthread_cond_t are 32-bit handles). This header, found before
 * newlib's, declares what runtime/libc implements with those types:
 *   threads   create (attr: stack size, detach state), join, detach, exit, self, equal
 *   mutexes   normal, recursive, error-checking; lock, trylock, unlock; static initializer
 *   conds     wait, timedwait (CLOCK_REALTIME, or CLOCK_MONOTONIC via condattr), signal,
 *             broadcast; static initializer
 *   once, keys (PTHREAD_KEYS_MAX of them, destructors at thread exit), sched_yield
 * Not provided: cancellation, rwlocks, barriers, spinlocks, scheduling parameters, process-
 * shared objects, pthread_atfork. Every call returns 0 or an errno value (not -1).
 * A mutex of any type reports relocking by its owner (EDEADLK) and unlocking by another
 * thread (EPERM). pthread_exit on the main thread ends the program with exit(0) once every
 * other pthread has ended. */
#ifndef SDC_PTHREAD_H
#define SDC_PTHREAD_H
#include <sched.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PTHREAD_MUTEX_INITIALIZER _PTHREAD_MUTEX_INITIALIZER
#define PTHREAD_COND_INITIALIZER  _PTHREAD_COND_INITIALIZER
#define PTHREAD_ONCE_INIT         _PTHREAD_ONCE_INIT

#ifndef PTHREAD_MUTEX_NORMAL
#define PTHREAD_MUTEX_NORMAL     0
#define PTHREAD_MUTEX_RECURSIVE  1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT    3
#endif

#ifndef PTHREAD_KEYS_MAX
#define PTHREAD_KEYS_MAX              64
#endif
#ifndef PTHREAD_DESTRUCTOR_ITERATIONS
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#endif
#ifndef PTHREAD_STACK_MIN
#define PTHREAD_STACK_MIN             4096
#endif

int pthread_attr_init(pthread_attr_t *attr);
int pthread_attr_destroy(pthread_attr_t *attr);
int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size);
int pthread_attr_getstacksize(const pthread_attr_t *attr, size_t *size);
int pthread_attr_setdetachstate(pthread_attr_t *attr, int state);
int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *state);

int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*fn)(void *),
                   void *arg);
int pthread_join(pthread_t thread, void **result);
int pthread_detach(pthread_t thread);
_Noreturn void pthread_exit(void *result);
pthread_t pthread_self(void);
int pthread_equal(pthread_t a, pthread_t b);

int pthread_mutexattr_init(pthread_mutexattr_t *attr);
int pthread_mutexattr_destroy(pthread_mutexattr_t *attr);
int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *attr, int *type);
int pthread_mutex_init(pthread_mutex_t *mutex, const pthread_mutexattr_t *attr);
int pthread_mutex_destroy(pthread_mutex_t *mutex);
int pthread_mutex_lock(pthread_mutex_t *mutex);
int pthread_mutex_trylock(pthread_mutex_t *mutex);
int pthread_mutex_unlock(pthread_mutex_t *mutex);

int pthread_condattr_init(pthread_condattr_t *attr);
int pthread_condattr_destroy(pthread_condattr_t *attr);
int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock);
int pthread_condattr_getclock(const pthread_condattr_t *restrict attr, clockid_t *restrict clock);
int pthread_cond_init(pthread_cond_t *cond, const pthread_condattr_t *attr);
int pthread_cond_destroy(pthread_cond_t *cond);
int pthread_cond_signal(pthread_cond_t *cond);
int pthread_cond_broadcast(pthread_cond_t *cond);
int pthread_cond_wait(pthread_cond_t *cond, pthread_mutex_t *mutex);
int pthread_cond_timedwait(pthread_cond_t *cond, pthread_mutex_t *mutex,
                           const struct timespec *abstime);

int pthread_once(pthread_once_t *once, void (*init)(void));

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *));
int pthread_key_delete(pthread_key_t key);
void *pthread_getspecific(pthread_key_t key);
int pthread_setspecific(pthread_key_t key, const void *value);

/* newlib's <sched.h> does not declare it in this configuration. */
int sched_yield(void);

#ifdef __cplusplus
}
#endif
#endif
