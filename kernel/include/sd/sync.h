/* Blocking synchronisation on kernel threads. Context of every blocking call: thread.
 * Wake-ups (wake, unlock, signal, up) may also be called from event context.
 * Initialise with the *_init functions or the static initializers. */
#ifndef SD_SYNC_H
#define SD_SYNC_H
#include <stdbool.h>
#include <stdint.h>

struct sd_thread;

/* Threads waiting for something; FIFO. */
struct sd_waitq {
    struct sd_thread *head, *tail;
};
#define SD_WAITQ_INITIALIZER { 0, 0 }
void sd_waitq_init(struct sd_waitq *q);
/* Block the calling thread on q until woken or deadline_ns (monotonic; 0 = none) passes.
 * Must be called with events masked (sd_irq_save) after checking the condition, so no wake-up
 * is lost; returns with events still masked. Returns 0 when woken, -SD_ETIMEDOUT. */
int sd_waitq_wait(struct sd_waitq *q, uint64_t deadline_ns);
/* Wake the first waiter / all waiters. Context: any. */
void sd_waitq_wake_one(struct sd_waitq *q);
void sd_waitq_wake_all(struct sd_waitq *q);

struct sd_mutex {
    struct sd_thread *owner;
    unsigned depth;          /* > 1 only for recursive mutexes */
    bool recursive;
    struct sd_waitq waiters;
};
#define SD_MUTEX_INITIALIZER           { 0, 0, false, SD_WAITQ_INITIALIZER }
#define SD_MUTEX_RECURSIVE_INITIALIZER { 0, 0, true, SD_WAITQ_INITIALIZER }
void sd_mutex_init(struct sd_mutex *m, bool recursive);
void sd_mutex_lock(struct sd_mutex *m);
int sd_mutex_trylock(struct sd_mutex *m);    /* 0, or -SD_EAGAIN */
void sd_mutex_unlock(struct sd_mutex *m);    /* only by the owner */

struct sd_cond {
    struct sd_waitq waiters;
};
#define SD_COND_INITIALIZER { SD_WAITQ_INITIALIZER }
void sd_cond_init(struct sd_cond *c);
void sd_cond_wait(struct sd_cond *c, struct sd_mutex *m);
/* 0 when signalled, -SD_ETIMEDOUT when the monotonic deadline passed; m is held again. */
int sd_cond_timedwait(struct sd_cond *c, struct sd_mutex *m, uint64_t deadline_ns);
void sd_cond_signal(struct sd_cond *c);
void sd_cond_broadcast(struct sd_cond *c);

struct sd_sem {
    long count;
    struct sd_waitq waiters;
};
#define SD_SEM_INITIALIZER(n) { (n), SD_WAITQ_INITIALIZER }
void sd_sem_init(struct sd_sem *s, long count);
void sd_sem_down(struct sd_sem *s);
int sd_sem_down_until(struct sd_sem *s, uint64_t deadline_ns);   /* 0 or -SD_ETIMEDOUT */
int sd_sem_trydown(struct sd_sem *s);                             /* 0 or -SD_EAGAIN */
void sd_sem_up(struct sd_sem *s);                                 /* context: any */

#endif
