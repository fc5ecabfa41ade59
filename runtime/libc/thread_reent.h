/* Private to runtime/libc: binding threads to their newlib state. */
#ifndef SDC_THREAD_REENT_H
#define SDC_THREAD_REENT_H

/* Make the calling thread (the one sd_main runs on) use newlib's global struct _reent, where
 * the atexit list and the stdio streams live. Call once, first thing in sd_main. */
void sdc_thread_bind_main(void);

#endif
