/* thread.c: Java threads on platform threads, and the safepoint protocol.
 *
 * A thread is RUNNING (may touch the heap) or SAFE (parked or blocked; its registers are
 * spilled and saved_sp marks the lowest stack address holding its references). A collector
 * sets vm_gc_requested and waits until no thread is RUNNING; RUNNING threads notice the flag at
 * safepoints (calls, backward branches, allocation) and park. Leaving SAFE waits for the
 * collection to end. vm_lock guards the thread list and the counters.
 */
#include <stdlib.h>
#include <string.h>

#include "vm.h"

volatile int vm_gc_requested;
static pf_mutex *vm_lock;
static pf_cond *vm_cond;
static Thread *threads;
static int nrunning, nnondaemon, next_id = 1;
uint32_t off_Thread_eetop, off_Thread_daemon, off_Thread_name, off_Thread_threadStatus;


__attribute__((noinline)) static void record_sp(Thread *t)
{
    t->saved_sp = __builtin_frame_address(0);
}

/* Java stacks of ended threads, for reuse (linked through their first slot; vm_lock): where
 * memory is not virtual (the guest) a reservation is real memory, and never given back. */
static Slot *spare_stacks;

static Slot *stack_new(size_t bytes)
{
    pf_mutex_lock(vm_lock);
    Slot *s = spare_stacks;
    if (s)
        spare_stacks = s->l ? (Slot *)s->l : NULL;
    pf_mutex_unlock(vm_lock);
    if (s) {
        s->l = NULL;
        return s;
    }
    return pf_reserve(bytes);
}

static void stack_recycle(Slot *s, size_t bytes)
{
    pf_discard(s, bytes);
    pf_mutex_lock(vm_lock);
    s->l = (Object *)spare_stacks;
    spare_stacks = s;
    pf_mutex_unlock(vm_lock);
}

static Thread *thread_new(void)
{
    Thread *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    size_t bytes = vm_opts.stack_size;
    t->stack = stack_new(bytes);
    if (!t->stack) {
        free(t);
        return NULL;
    }
    t->stack_end = t->stack + bytes / sizeof(Slot);
    t->stack_limit = t->stack_end - (64 << 10) / sizeof(Slot);
    t->sleep_lock = pf_mutex_new();
    t->sleep_cond = pf_cond_new();
    return t;
}

/* Register t as a RUNNING thread (waits out a collection in progress). */
/* Put t on the thread list (the collector then marks its Thread object) without running it. */
static void thread_list_add(Thread *t)
{
    t->id = next_id++;
    t->next = threads;
    threads = t;
}

static void thread_register(Thread *t, bool count)
{
    pf_mutex_lock(vm_lock);
    while (vm_gc_requested)
        pf_cond_wait(vm_cond, vm_lock, 0);
    if (t->state == TS_NEW && !t->id)
        thread_list_add(t);
    t->state = TS_RUNNING;
    nrunning++;
    if (count && !t->daemon)
        nnondaemon++;
    pf_mutex_unlock(vm_lock);
}

static void thread_unregister(Thread *t)
{
    pf_mutex_lock(vm_lock);
    for (Thread **pp = &threads; *pp; pp = &(*pp)->next)
        if (*pp == t) {
            *pp = t->next;
            break;
        }
    nrunning--;
    if (!t->daemon)
        nnondaemon--;
    t->state = TS_DEAD;
    pf_cond_broadcast(vm_cond);
    pf_mutex_unlock(vm_lock);
}

Thread *thread_attach_main(void)
{
    vm_lock = pf_mutex_new();
    vm_cond = pf_cond_new();
    Thread *t = thread_new();
    if (!t)
        return NULL;
    thread_register(t, true);
    return t;
}

/* A platform thread the VM did not start (the guest's shutdown handler) becomes a RUNNING
 * Java thread; it has no java.lang.Thread yet (vm_attach_current_thread makes one). */
Thread *thread_attach(bool daemon)
{
    Thread *t = thread_new();
    if (!t)
        return NULL;
    t->daemon = daemon;
    thread_register(t, true);
    return t;
}

void thread_detach_current(Thread *t)
{
    heap_retire_tlab(t);
    thread_unregister(t);
}

void thread_set_c_stack(Thread *t, char *base, size_t stack_size)
{
    /* a quarter of the stack, at most 256 KiB, stays in reserve below the limit: for
     * constructing the StackOverflowError and for natives */
    size_t reserve = stack_size / 4 < (256u << 10) ? stack_size / 4 : (256u << 10);
    t->c_base = base;
    t->c_limit = base - stack_size + reserve;
}

__attribute__((noinline)) void thread_blocking(Thread *t, void (*fn)(void *), void *arg)
{
    __builtin_unwind_init();
    record_sp(t);
    pf_mutex_lock(vm_lock);
    t->state = TS_SAFE;
    nrunning--;
    pf_cond_broadcast(vm_cond);
    pf_mutex_unlock(vm_lock);
    if (fn)
        fn(arg);
    pf_mutex_lock(vm_lock);
    while (vm_gc_requested)
        pf_cond_wait(vm_cond, vm_lock, 0);
    t->state = TS_RUNNING;
    nrunning++;
    pf_mutex_unlock(vm_lock);
}

void thread_safepoint_slow(Thread *t) { thread_blocking(t, NULL, NULL); }

bool thread_stop_world(Thread *t)
{
    pf_mutex_lock(vm_lock);
    if (vm_gc_requested) {
        pf_mutex_unlock(vm_lock);
        thread_safepoint_slow(t);
        return false;
    }
    vm_gc_requested = 1;
    record_sp(t);
    t->state = TS_SAFE;
    nrunning--;
    while (nrunning > 0)
        pf_cond_wait(vm_cond, vm_lock, 0);
    pf_mutex_unlock(vm_lock);
    return true;
}

void thread_start_world(Thread *t)
{
    pf_mutex_lock(vm_lock);
    vm_gc_requested = 0;
    t->state = TS_RUNNING;
    nrunning++;
    pf_cond_broadcast(vm_cond);
    pf_mutex_unlock(vm_lock);
}

/* Only while the world is stopped (or under the caller's care). */
void thread_for_each(void (*fn)(Thread *t, void *arg), void *arg)
{
    for (Thread *t = threads; t; t = t->next)
        fn(t, arg);
}

void thread_set_status(Thread *t, int status)
{
    if (t->jthread && off_Thread_threadStatus)
        FIELD_AT(t->jthread, off_Thread_threadStatus, int32_t) = status;
}

Thread *thread_from_java(Object *jthread)
{
    return (Thread *)(uintptr_t)FIELD_AT(jthread, off_Thread_eetop, int64_t);
}

/* ---- starting Java threads ---- */

static void set_status(Object *jt, int s) { FIELD_AT(jt, off_Thread_threadStatus, int32_t) = s; }

static void run_java_thread(Thread *t)
{
    Object *jt = t->jthread;
    Method *run = class_find_method(jt->cls, S_run, S_V_V);
    Slot arg = { .l = jt }, ret;
    if (run && !interp_invoke(t, interp_select_virtual(jt->cls, run), &arg, &ret))
        exception_report_uncaught(t);
    t->exception = NULL;
    /* join() waits on the thread object: wake it */
    if (monitor_enter(t, jt)) {
        set_status(jt, JTS_TERMINATED);
        monitor_notify(t, jt, true);
        monitor_exit(t, jt);
    }
    t->exception = NULL;
}

static void java_thread_entry(void *arg)
{
    Thread *t = arg;
    thread_set_c_stack(t, __builtin_frame_address(0), vm_opts.stack_size);
    thread_register(t, false);   /* counted by thread_start_java */
    run_java_thread(t);
    FIELD_AT(t->jthread, off_Thread_eetop, int64_t) = 0;
    heap_retire_tlab(t);
    thread_unregister(t);
    /* the Java stack's pages go back and its range is reused; the small Thread record stays */
    stack_recycle(t->stack, (size_t)((char *)t->stack_end - (char *)t->stack));
}

bool thread_start_java(Thread *t, Object *jthread)
{
    if (FIELD_AT(jthread, off_Thread_threadStatus, int32_t) != JTS_NEW) {
        throw_new(t, "java/lang/IllegalThreadStateException", NULL);
        return false;
    }
    Thread *nt = thread_new();
    if (!nt) {
        throw_new(t, "java/lang/OutOfMemoryError", "unable to create native thread");
        return false;
    }
    nt->jthread = jthread;
    nt->daemon = FIELD_AT(jthread, off_Thread_daemon, int8_t) != 0;
    FIELD_AT(jthread, off_Thread_eetop, int64_t) = (int64_t)(uintptr_t)nt;
    set_status(jthread, JTS_RUNNABLE);
    /* count it now, so the VM cannot exit before the new thread registers, and list it, so
     * its Thread object stays alive even if the starter drops it at once */
    pf_mutex_lock(vm_lock);
    if (!nt->daemon)
        nnondaemon++;
    thread_list_add(nt);
    pf_mutex_unlock(vm_lock);
    if (!pf_thread_start(java_thread_entry, nt, vm_opts.stack_size)) {
        pf_mutex_lock(vm_lock);
        if (!nt->daemon)
            nnondaemon--;
        for (Thread **pp = &threads; *pp; pp = &(*pp)->next)
            if (*pp == nt) {
                *pp = nt->next;
                break;
            }
        pf_mutex_unlock(vm_lock);
        set_status(jthread, JTS_NEW);
        FIELD_AT(jthread, off_Thread_eetop, int64_t) = 0;
        throw_new(t, "java/lang/OutOfMemoryError", "unable to create native thread");
        return false;
    }
    return true;
}

/* ---- sleeping, interrupts, waiting for the end ---- */

struct sleep_arg { Thread *t; uint64_t ns; };

static void do_sleep(void *p)
{
    struct sleep_arg *a = p;
    uint64_t deadline = pf_nanotime() + a->ns;
    pf_mutex_lock(a->t->sleep_lock);
    while (!a->t->interrupted) {
        uint64_t now = pf_nanotime();
        if (now >= deadline)
            break;
        pf_cond_wait(a->t->sleep_cond, a->t->sleep_lock, deadline - now);
    }
    pf_mutex_unlock(a->t->sleep_lock);
}

void thread_sleep(Thread *t, int64_t ms, int32_t nanos)
{
    if (ms < 0) {
        throw_new(t, "java/lang/IllegalArgumentException", "timeout value is negative");
        return;
    }
    struct sleep_arg a = { t, (uint64_t)ms * 1000000u + (uint64_t)nanos };
    if (a.ns) {
        thread_set_status(t, JTS_TIMED_WAITING);
        thread_blocking(t, do_sleep, &a);
        thread_set_status(t, JTS_RUNNABLE);
    }
    else
        pf_thread_yield();
    if (t->interrupted) {
        t->interrupted = 0;
        throw_new(t, "java/lang/InterruptedException", "sleep interrupted");
    }
}

void monitor_interrupt_waiter(Thread *target);

void thread_interrupt(Thread *t, Object *jthread)
{
    Thread *target = thread_from_java(jthread);
    if (!target)
        return;
    target->interrupted = 1;
    pf_mutex_lock(target->sleep_lock);
    pf_cond_broadcast(target->sleep_cond);
    pf_mutex_unlock(target->sleep_lock);
    monitor_interrupt_waiter(target);
}

static void wait_non_daemons(void *arg)
{
    Thread *t = arg;
    pf_mutex_lock(vm_lock);
    while (nnondaemon > (t->daemon ? 0 : 1))
        pf_cond_wait(vm_cond, vm_lock, 0);
    pf_mutex_unlock(vm_lock);
}

/* The calling thread (a non-daemon) waits until it is the last non-daemon thread. */
void thread_wait_for_non_daemons(Thread *t)
{
    thread_blocking(t, wait_non_daemons, t);
}
