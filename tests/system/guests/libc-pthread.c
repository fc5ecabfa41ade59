/* POSIX threads (runtime/libc pthread*.c) in the guest: create/join with results, mutex
 * contention, recursive and error-checking mutexes, condition variables (signal, broadcast,
 * timedwait timing out on CLOCK_REALTIME and CLOCK_MONOTONIC), once, keys with destructors,
 * detached threads, stack size.
 *
 * Prints "ok NAME" or "FAIL NAME: detail" per check, then "VERDICT PASS" or
 * "VERDICT FAIL: n checks failed"; main returns 0 or 1. */
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static int failures;

static void check(bool ok, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void check(bool ok, const char *name, const char *fmt, ...)
{
    if (ok) {
        printf("ok %s\n", name);
        return;
    }
    failures++;
    printf("FAIL %s: ", name);
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
}

static uint64_t now_ns(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static struct timespec in_ms(clockid_t clock, unsigned ms)
{
    uint64_t t = now_ns(clock) + (uint64_t)ms * 1000000u;
    return (struct timespec){ .tv_sec = (time_t)(t / 1000000000u), .tv_nsec = (long)(t % 1000000000u) };
}

/* ---- create / join ---------------------------------------------------------------------- */

static void *square(void *arg)
{
    intptr_t v = (intptr_t)arg;
    return (void *)(v * v);
}

static void leave_early(void)
{
    pthread_exit((void *)42);
}

static void *exits_from_below(void *arg)
{
    leave_early();
    return NULL;      /* not reached */
}

static void test_create_join(void)
{
    enum { N = 8 };
    pthread_t t[N];
    int created = 0;
    for (intptr_t i = 0; i < N; i++)
        created += pthread_create(&t[i], NULL, square, (void *)i) == 0;
    bool results = created == N;
    for (intptr_t i = 0; i < created; i++) {
        void *r = NULL;
        results &= pthread_join(t[i], &r) == 0 && (intptr_t)r == i * i;
    }
    check(results, "create-join", "%d of %d created, results wrong", created, N);
    check(pthread_join(t[0], NULL) == ESRCH, "join-twice-esrch", "joined a freed thread");
    pthread_t e;
    void *r = NULL;
    check(pthread_create(&e, NULL, exits_from_below, NULL) == 0 && pthread_join(e, &r) == 0 &&
              (intptr_t)r == 42, "pthread-exit-value", "joined %ld", (long)(intptr_t)r);
    check(pthread_join(pthread_self(), NULL) == EDEADLK, "join-self-edeadlk", "no EDEADLK");
    check(pthread_equal(pthread_self(), pthread_self()) && !pthread_equal(t[0], t[1]), "equal",
          "pthread_equal wrong");
}

/* ---- mutex contention -------------------------------------------------------------------- */

enum { WORKERS = 4, INCREMENTS = 20000 };
static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;   /* static initializer */
static volatile long counter;

/* A non-atomic read-modify-write with a yield in the middle now and then: without the mutex,
 * preemption and the yields lose updates. */
static void *increment(void *arg)
{
    for (int i = 0; i < INCREMENTS; i++) {
        pthread_mutex_lock(&counter_lock);
        long v = counter;
        if (i % 512 == 0)
            sched_yield();
        counter = v + 1;
        pthread_mutex_unlock(&counter_lock);
    }
    return NULL;
}

static void test_mutex_contention(void)
{
    pthread_t t[WORKERS];
    for (int i = 0; i < WORKERS; i++)
        pthread_create(&t[i], NULL, increment, NULL);
    for (int i = 0; i < WORKERS; i++)
        pthread_join(t[i], NULL);
    check(counter == (long)WORKERS * INCREMENTS, "mutex-contention", "counter %ld, want %ld",
          counter, (long)WORKERS * INCREMENTS);
}

static void *try_from_other(void *arg)
{
    return (void *)(intptr_t)pthread_mutex_trylock(arg);
}

static void *unlock_from_other(void *arg)
{
    return (void *)(intptr_t)pthread_mutex_unlock(arg);
}

static void test_mutex_types(void)
{
    pthread_mutexattr_t a;
    pthread_mutex_t rec, chk;
    int type = -1;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutexattr_gettype(&a, &type);
    pthread_mutex_init(&rec, &a);
    bool ok = type == PTHREAD_MUTEX_RECURSIVE && pthread_mutex_lock(&rec) == 0 &&
              pthread_mutex_lock(&rec) == 0 && pthread_mutex_trylock(&rec) == 0;
    pthread_t t;
    void *r = NULL;
    pthread_create(&t, NULL, try_from_other, &rec);
    pthread_join(t, &r);
    ok = ok && (intptr_t)r == EBUSY;
    ok = ok && pthread_mutex_unlock(&rec) == 0 && pthread_mutex_unlock(&rec) == 0 &&
         pthread_mutex_destroy(&rec) == EBUSY && pthread_mutex_unlock(&rec) == 0 &&
         pthread_mutex_destroy(&rec) == 0;
    check(ok, "mutex-recursive", "type %d, other's trylock %ld", type, (long)(intptr_t)r);

    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&chk, &a);
    pthread_mutex_lock(&chk);
    int relock = pthread_mutex_lock(&chk);
    pthread_create(&t, NULL, unlock_from_other, &chk);
    pthread_join(t, &r);
    check(relock == EDEADLK && (intptr_t)r == EPERM && pthread_mutex_unlock(&chk) == 0 &&
              pthread_mutex_unlock(&chk) == EPERM, "mutex-errorcheck",
          "relock %d, other's unlock %ld", relock, (long)(intptr_t)r);
    pthread_mutex_destroy(&chk);
    pthread_mutexattr_destroy(&a);
}

/* ---- condition variables ------------------------------------------------------------------ */

static pthread_mutex_t q_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t q_cond = PTHREAD_COND_INITIALIZER;
static int queue[16], q_head, q_tail, consumed_sum;

static void *consumer(void *arg)
{
    for (int n = 0; n < 100; n++) {
        pthread_mutex_lock(&q_lock);
        while (q_head == q_tail)
            pthread_cond_wait(&q_cond, &q_lock);
        consumed_sum += queue[q_head++ % 16];
        pthread_cond_broadcast(&q_cond);
        pthread_mutex_unlock(&q_lock);
    }
    return NULL;
}

static void test_cond_signal(void)
{
    pthread_t t;
    pthread_create(&t, NULL, consumer, NULL);
    for (int i = 1; i <= 100; i++) {
        pthread_mutex_lock(&q_lock);
        while (q_tail - q_head == 16)
            pthread_cond_wait(&q_cond, &q_lock);
        queue[q_tail++ % 16] = i;
        pthread_cond_broadcast(&q_cond);
        pthread_mutex_unlock(&q_lock);
    }
    pthread_join(t, NULL);
    check(consumed_sum == 5050, "cond-producer-consumer", "sum %d", consumed_sum);
}

static void test_cond_timedwait(void)
{
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_t c = PTHREAD_COND_INITIALIZER;
    pthread_mutex_lock(&m);
    uint64_t t0 = now_ns(CLOCK_MONOTONIC);
    struct timespec deadline = in_ms(CLOCK_REALTIME, 50);
    int rc = pthread_cond_timedwait(&c, &m, &deadline);
    uint64_t waited = now_ns(CLOCK_MONOTONIC) - t0;
    check(rc == ETIMEDOUT && waited >= 45000000u && pthread_mutex_unlock(&m) == 0,
          "cond-timedwait-realtime", "rc %d after %llu ns", rc, (unsigned long long)waited);

    pthread_condattr_t ca;
    pthread_cond_t cm;
    clockid_t clock = 0;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_condattr_getclock(&ca, &clock);
    pthread_cond_init(&cm, &ca);
    pthread_mutex_lock(&m);
    t0 = now_ns(CLOCK_MONOTONIC);
    deadline = in_ms(CLOCK_MONOTONIC, 30);
    rc = pthread_cond_timedwait(&cm, &m, &deadline);
    waited = now_ns(CLOCK_MONOTONIC) - t0;
    pthread_mutex_unlock(&m);
    check(clock == CLOCK_MONOTONIC && rc == ETIMEDOUT && waited >= 30000000u,
          "cond-timedwait-monotonic", "rc %d after %llu ns", rc, (unsigned long long)waited);

    struct timespec past = { .tv_sec = 1, .tv_nsec = 0 };
    pthread_mutex_lock(&m);
    rc = pthread_cond_timedwait(&c, &m, &past);
    int bad = pthread_cond_timedwait(&c, &m, &(struct timespec){ 0, 1000000000 });
    pthread_mutex_unlock(&m);
    check(rc == ETIMEDOUT && bad == EINVAL, "cond-timedwait-past-invalid", "past %d, bad %d",
          rc, bad);
    check(pthread_cond_destroy(&cm) == 0 && pthread_condattr_destroy(&ca) == 0, "cond-destroy",
          "destroy failed");
}

/* ---- once, keys, detach, stack size ----------------------------------------------------------- */

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs;

static void init_once(void)
{
    once_runs++;
    sched_yield();      /* others arrive while it runs */
}

static void *call_once(void *arg)
{
    pthread_once(&once, init_once);
    return (void *)(intptr_t)once_runs;
}

static void test_once(void)
{
    pthread_t t[4];
    bool all_saw_one = true;
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, call_once, NULL);
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(t[i], &r);
        all_saw_one &= (intptr_t)r == 1;
    }
    check(once_runs == 1 && all_saw_one, "once", "ran %d times", once_runs);
}

static pthread_key_t key;
static int destructed[4];

static void key_destructor(void *value)
{
    destructed[*(int *)value]++;
}

static void *use_key(void *arg)
{
    int *mine = arg;
    bool was_null = pthread_getspecific(key) == NULL;
    pthread_setspecific(key, mine);
    sched_yield();
    bool kept = pthread_getspecific(key) == mine;
    return (void *)(intptr_t)(was_null && kept);
}

static void test_keys(void)
{
    static int ids[4] = { 0, 1, 2, 3 };
    bool created = pthread_key_create(&key, key_destructor) == 0;
    pthread_setspecific(key, &ids[0]);      /* main's own value: not destroyed here */
    pthread_t t[3];
    bool per_thread = true;
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, use_key, &ids[i + 1]);
    for (int i = 0; i < 3; i++) {
        void *r;
        pthread_join(t[i], &r);
        per_thread &= (intptr_t)r == 1;
    }
    check(created && per_thread && pthread_getspecific(key) == &ids[0], "keys-per-thread",
          "values mixed between threads");
    check(destructed[0] == 0 && destructed[1] == 1 && destructed[2] == 1 && destructed[3] == 1,
          "keys-destructors", "destructor counts %d %d %d %d", destructed[0], destructed[1],
          destructed[2], destructed[3]);
    pthread_key_t k2;
    check(pthread_key_delete(key) == 0 && pthread_getspecific(key) == NULL &&
              pthread_key_create(&k2, NULL) == 0 && pthread_getspecific(k2) == NULL &&
              pthread_key_delete(k2) == 0 && pthread_setspecific(k2, ids) == EINVAL,
          "keys-delete", "deleted key still has a value");
}

static pthread_mutex_t done_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done_cond = PTHREAD_COND_INITIALIZER;
static bool detached_done;

static void *big_stack(void *arg)
{
    volatile char frame[200 * 1024];     /* needs the 256 KiB stack asked for */
    memset((char *)frame, 0x5a, sizeof frame);
    pthread_mutex_lock(&done_lock);
    detached_done = frame[sizeof frame - 1] == 0x5a;
    pthread_cond_signal(&done_cond);
    pthread_mutex_unlock(&done_lock);
    return NULL;
}

static void test_detached_big_stack(void)
{
    pthread_attr_t a;
    pthread_t t;
    size_t size = 0;
    int state = -1;
    pthread_attr_init(&a);
    pthread_attr_setstacksize(&a, 256 * 1024);
    pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    pthread_attr_getstacksize(&a, &size);
    pthread_attr_getdetachstate(&a, &state);
    int rc = pthread_create(&t, &a, big_stack, NULL);
    pthread_attr_destroy(&a);
    pthread_mutex_lock(&done_lock);
    struct timespec deadline = in_ms(CLOCK_REALTIME, 10000);
    int w = 0;
    while (!detached_done && w == 0)
        w = pthread_cond_timedwait(&done_cond, &done_lock, &deadline);
    pthread_mutex_unlock(&done_lock);
    check(rc == 0 && size == 256 * 1024 && state == PTHREAD_CREATE_DETACHED && detached_done,
          "detached-stacksize", "rc %d size %zu state %d done %d", rc, size, state,
          detached_done);
    check(pthread_join(t, NULL) != 0, "join-detached-fails", "joined a detached thread");
}

int main(void)
{
    test_create_join();
    test_mutex_contention();
    test_mutex_types();
    test_cond_signal();
    test_cond_timedwait();
    test_once();
    test_keys();
    test_detached_big_stack();
    if (failures)
        printf("VERDICT FAIL: %d checks failed\n", failures);
    else
        printf("VERDICT PASS\n");
    return failures ? 1 : 0;
}
