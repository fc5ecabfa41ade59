/* Private to runtime/libc's pthreads (pthread*.c): handles and per-thread state.
 *
 * newlib's <sys/_pthreadtypes.h> makes pthread_t, pthread_mutex_t and pthread_cond_t 32-bit
 * identifiers (the static initializers are 0xFFFFFFFF, "create on first use"), so the objects
 * behind them live in a handle table: handle h (1, 2, ...) names one object of one kind. */
#ifndef SDC_PTHREAD_INTERNAL_H
#define SDC_PTHREAD_INTERNAL_H
#include <stdbool.h>
#include <stdint.h>

#include <sd/sync.h>

#define SDC_HANDLE_STATIC 0xFFFFFFFFu   /* PTHREAD_{MUTEX,COND}_INITIALIZER */
#define SDC_KEYS_MAX      64            /* pthread keys at once */

enum sdc_handle_kind { SDC_H_FREE, SDC_H_THREAD, SDC_H_MUTEX, SDC_H_COND };

/* A new handle for obj, 0 when the table is full. Context: thread. */
uint32_t sdc_handle_new(void *obj, enum sdc_handle_kind kind);
/* The object of handle h if it is of this kind, else NULL. */
void *sdc_handle_get(uint32_t h, enum sdc_handle_kind kind);
void sdc_handle_free(uint32_t h);
/* Serialises creating objects behind static initializers (and the handle table itself). */
void sdc_handles_lock(void);
void sdc_handles_unlock(void);

struct sdc_key_value {
    uint32_t gen;           /* the key's generation when set: a deleted key's values vanish */
    void *value;
};

/* One thread as pthreads sees it. Threads pthread_create did not start (main, or a kernel
 * thread of another layer) get one on first need, "adopted": not joinable. */
struct sdc_pthread {
    uint32_t id;                    /* its pthread_t */
    struct sd_thread *kt;           /* NULL when adopted */
    void *(*fn)(void *);
    void *arg;
    void *result;
    bool adopted, detached, joining, done;
    struct sdc_key_value keys[SDC_KEYS_MAX];
};

/* The calling thread's state, adopted if need be; NULL (errno ENOMEM/EAGAIN) if impossible. */
struct sdc_pthread *sdc_pthread_current(void);
/* Run the key destructors of t (PTHREAD_DESTRUCTOR_ITERATIONS rounds at most). */
void sdc_pthread_run_destructors(struct sdc_pthread *t);

#endif
