/* Private to runtime/libc: binding threads to their newlib state. */
#ifndef SDC_THREAD_REENT_H
#define SDC_THREAD_REENT_H
#include <stdbool.h>

/* Make the calling thread (the one sd_main runs on) use newlib's global struct _reent, where
 * the atexit list and the stdio streams live. Call once, first thing in sd_main. */
void sdc_thread_bind_main(void);
/* True on the thread sd_main runs on (after sdc_thread_bind_main). */
bool sdc_thread_is_main(void);

/* The calling thread's pthread state (pthread.c), NULL until set; set returns 0, or -1 with
 * errno ENOMEM when the thread's slot could not be made. */
void *sdc_thread_pthread(void);
int sdc_thread_set_pthread(void *p);

/* Called by sdc_thread_release for a thread that has pthread state p (defined in pthread.c):
 * runs its key destructors and frees p. */
void sdc_pthread_thread_ending(void *p);

#endif
