/* Wake-up latency and fairness of the scheduler, checked on an ordered trace (no wall time):
 * - a thread woken after blocking (sleep, semaphore up in an event or by a running thread)
 *   runs before the spinning threads get another slice;
 * - spinners still take turns round robin;
 * - two threads handing a semaphore back and forth (each wakes the other, then blocks) cannot
 *   starve spinners: the head start lasts one slice budget, not forever.
 *
 * Trace: every thread appends its code, with events masked, when it starts running again after
 * another entry; the event-context timer callbacks append MARK just before they wake someone. */
#include <stdbool.h>

#include "core.h"      /* white-box: a semaphore's waiters */
#include "sd/irq.h"
#include "sd/thread.h"
#include "sd/time.h"
#include "unit.h"

#define SPINNERS   3
#define ROUNDS     3
#define TRACE_MAX  512
#define MARK       100     /* a timer callback (event context) fired and woke someone */
#define WOKE       101     /* the woken thread runs */
#define UP         102     /* a spinner calls sd_sem_up */

static int trace[TRACE_MAX];
static int trace_len;
static int last_entry = -1;
static volatile bool stop;

/* Context: events masked. */
static void trace_add(int code)
{
    if (trace_len < TRACE_MAX)
        trace[trace_len++] = code;
    last_entry = code;
}

static void trace_masked(int code)
{
    unsigned long flags = sd_irq_save();
    trace_add(code);
    sd_irq_restore(flags);
}

/* Spin until stop, noting each time this thread runs again after another entry. */
static void spinner(void *arg)
{
    int me = (int)(intptr_t)arg;

    while (!stop) {
        unsigned long flags = sd_irq_save();
        if (last_entry != me)
            trace_add(me);
        sd_irq_restore(flags);
    }
}

static struct sd_thread *spinners[SPINNERS];

/* All queued before any runs (a slice ending between two creations would reorder them). */
static void start_spinners(int n, sd_thread_fn fn)
{
    unsigned long flags = sd_irq_save();
    for (int i = 0; i < n; i++)
        spinners[i] = sd_thread_create("spinner", fn, (void *)(intptr_t)i, 0);
    sd_irq_restore(flags);
}

static void stop_spinners(int n)
{
    stop = true;
    for (int i = 0; i < n; i++)
        sd_thread_join(spinners[i]);
}

/* Every `after` entry is followed at once by WOKE; there are `want` of them. */
static void assert_woken_next(int after, int want)
{
    int seen = 0;

    ck_assert_int_lt(trace_len, TRACE_MAX);
    for (int i = 0; i < trace_len; i++) {
        if (trace[i] != after)
            continue;
        seen++;
        ck_assert_msg(i + 1 < trace_len && trace[i + 1] == WOKE,
                      "entry %d (%d) is followed by %d, not the woken thread", i, after,
                      i + 1 < trace_len ? trace[i + 1] : -1);
    }
    ck_assert_int_eq(seen, want);
}

/* ---- a sleeper ---- */
static void mark(struct sd_timer *t)
{
    trace_add(MARK);
}

/* A marker timer armed first for the same deadline runs in the same event, just before the
 * sleep's own timer wakes this thread. */
static void sleeper(void *arg)
{
    struct sd_timer marker;

    for (int round = 0; round < ROUNDS; round++) {
        uint64_t deadline = sd_clock_monotonic_ns() + 25 * SD_NS_PER_MS;
        sd_timer_init(&marker, mark, NULL);
        sd_timer_arm(&marker, deadline);
        sd_thread_sleep_until(deadline);
        trace_masked(WOKE);
    }
}

START_TEST(woken_sleeper_runs_before_spinners)
{
    start_spinners(SPINNERS, spinner);
    sd_thread_join(sd_thread_create("sleeper", sleeper, NULL, 0));
    stop_spinners(SPINNERS);
    assert_woken_next(MARK, ROUNDS);
}
END_TEST

/* ---- a semaphore up from event context ---- */
static struct sd_sem sem = SD_SEM_INITIALIZER(0);

static void mark_and_up(struct sd_timer *t)
{
    trace_add(MARK);
    sd_sem_up(&sem);
}

static void sem_waiter(void *arg)
{
    struct sd_timer poster;

    for (int round = 0; round < ROUNDS; round++) {
        sd_timer_init(&poster, mark_and_up, NULL);
        sd_timer_arm(&poster, sd_clock_monotonic_ns() + 25 * SD_NS_PER_MS);
        sd_sem_down(&sem);
        trace_masked(WOKE);
    }
}

START_TEST(sem_up_in_event_wakes_before_spinners)
{
    start_spinners(SPINNERS, spinner);
    sd_thread_join(sd_thread_create("waiter", sem_waiter, NULL, 0));
    stop_spinners(SPINNERS);
    assert_woken_next(MARK, ROUNDS);
}
END_TEST

/* ---- a semaphore up by a running thread ---- */
static volatile int ups;

/* Spinner 0 also posts the semaphore whenever someone waits on it: the waiter must run when
 * this spinner's slice ends, before the other spinners. */
static void posting_spinner(void *arg)
{
    int me = (int)(intptr_t)arg;

    while (!stop) {
        unsigned long flags = sd_irq_save();
        if (last_entry != me)
            trace_add(me);
        if (me == 0 && sem.waiters.head && ups < ROUNDS) {
            ups++;
            trace_add(UP);
            last_entry = me;          /* UP is part of this run, not a new one */
            sd_sem_up(&sem);
        }
        sd_irq_restore(flags);
    }
}

static void plain_waiter(void *arg)
{
    for (int round = 0; round < ROUNDS; round++) {
        sd_sem_down(&sem);
        trace_masked(WOKE);
    }
}

START_TEST(sem_up_by_thread_wakes_before_other_spinners)
{
    struct sd_thread *w = sd_thread_create("waiter", plain_waiter, NULL, 0);

    start_spinners(SPINNERS, posting_spinner);
    sd_thread_join(w);
    stop_spinners(SPINNERS);
    assert_woken_next(UP, ROUNDS);
}
END_TEST

/* ---- round robin among spinners, with the boot thread waking often ---- */
#define RR_ROUNDS 4

/* Each spinner has a turn per round: a thread preempted by a wake-up keeps its place, one
 * whose slice ended goes behind the others. Counted, not matched entry by entry: on a loaded
 * host a whole slice can pass while the process is descheduled, before the spinner notes its
 * turn, so one turn per spinner may go unseen. */
START_TEST(spinners_take_turns_round_robin)
{
    int seen[SPINNERS] = { 0 };

    start_spinners(SPINNERS, spinner);
    while (trace_len < RR_ROUNDS * SPINNERS)
        sd_thread_sleep_ns(SD_NS_PER_MS / 2);     /* each wake-up preempts a spinner */
    stop_spinners(SPINNERS);
    for (int i = 0; i < RR_ROUNDS * SPINNERS; i++) {
        ck_assert_int_lt(trace[i], SPINNERS);
        seen[trace[i]]++;
    }
    for (int i = 0; i < SPINNERS; i++)
        ck_assert_msg(seen[i] >= RR_ROUNDS - 1, "spinner %d had %d of %d turns", i, seen[i],
                      RR_ROUNDS);
}
END_TEST

/* ---- a ping-pong pair cannot starve spinners ---- */
/* Each spinner turn costs the pair at most its two budgets (~200 000 rounds for 8 turns each
 * on the hosted test machine); a pair whose head start were renewed on every wake-up would
 * keep the CPU for good, short of an accident of timing (millions of rounds). */
#define PP_MAX_ROUNDS  5000000L
#define PP_TURNS       8           /* slices each spinner must get while the pair runs */

static struct sd_sem ping = SD_SEM_INITIALIZER(0), pong = SD_SEM_INITIALIZER(0);
static volatile bool pp_active, pp_done;
static volatile int turns[SPINNERS];
static long pp_rounds;

static void counting_spinner(void *arg)
{
    int me = (int)(intptr_t)arg;

    while (!stop) {
        unsigned long flags = sd_irq_save();
        if (last_entry != me) {
            trace_add(me);
            if (pp_active)
                turns[me]++;
        }
        sd_irq_restore(flags);
    }
}

static bool spinners_had_turns(void)
{
    for (int i = 0; i < SPINNERS; i++)
        if (turns[i] < PP_TURNS)
            return false;
    return true;
}

/* Each round wakes the partner and blocks until it answers. */
static void pinger(void *arg)
{
    pp_active = true;
    for (pp_rounds = 0; pp_rounds < PP_MAX_ROUNDS && !spinners_had_turns(); pp_rounds++) {
        sd_sem_up(&pong);
        sd_sem_down(&ping);
        last_entry = WOKE;
    }
    pp_active = false;
    pp_done = true;
    sd_sem_up(&pong);
}

static void ponger(void *arg)
{
    for (;;) {
        sd_sem_down(&pong);
        last_entry = WOKE;
        if (pp_done)
            return;
        sd_sem_up(&ping);
    }
}

START_TEST(ping_pong_pair_cannot_starve_spinners)
{
    start_spinners(SPINNERS, counting_spinner);
    struct sd_thread *a = sd_thread_create("ping", pinger, NULL, 0);
    struct sd_thread *b = sd_thread_create("pong", ponger, NULL, 0);

    sd_thread_join(a);
    sd_thread_join(b);
    stop_spinners(SPINNERS);
    ck_assert_msg(spinners_had_turns(), "spinners starved: turns %d %d %d in %ld rounds",
                  turns[0], turns[1], turns[2], pp_rounds);
}
END_TEST

Suite *suite_wakeup(void)
{
    Suite *s = suite_create("wakeup");
    TCase *tc = unit_tcase("wakeup");

    tcase_add_test(tc, woken_sleeper_runs_before_spinners);
    tcase_add_test(tc, sem_up_in_event_wakes_before_spinners);
    tcase_add_test(tc, sem_up_by_thread_wakes_before_other_spinners);
    tcase_add_test(tc, spinners_take_turns_round_robin);
    tcase_add_test(tc, ping_pong_pair_cannot_starve_spinners);
    suite_add_tcase(s, tc);
    return s;
}
