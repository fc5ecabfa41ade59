/* Per-thread data of the C library layer (runtime/libc).
 *
 * The kernel gives each thread one pointer (sd_thread_local). runtime/libc owns it: it points
 * to the thread's newlib state (struct _reent: errno, strtok, rand, ...). Layers above must not
 * call sd_thread_set_local themselves; they get their own pointer here instead.
 *
 * A thread's newlib state is made the first time the thread calls into newlib (or these
 * functions). The kernel has no thread-exit hook, so a thread started with sd_thread_create
 * that used the C library should call sdc_thread_release() just before it ends; otherwise its
 * state (about 1.3 KB) stays allocated. Context of every call: thread. */
#ifndef SDC_THREAD_H
#define SDC_THREAD_H

/* The calling thread's pointer for the layer above libc (the VM's thread); NULL until set. */
void *sdc_thread_user(void);
/* Set it. Returns 0, or -1 with errno ENOMEM when the thread's state could not be made. */
int sdc_thread_set_user(void *p);

/* Free the calling thread's C library state (its pthread key values' destructors run first);
 * the thread must not call into the C library afterwards (a later call would make fresh
 * state). No effect on the main thread, whose state is newlib's global one. */
void sdc_thread_release(void);

#endif
