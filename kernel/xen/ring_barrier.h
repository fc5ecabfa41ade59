/* Memory barriers for rings shared with another domain (console, xenstore) on x86_64.
 *
 * x86 keeps loads ordered with loads and stores with stores, so the read and write barriers
 * only stop the compiler. A store followed by a load of another location can be reordered by
 * the CPU: ring_mb is a real fence, used where we read the other side's index after our
 * own writes. */
#ifndef SD_XEN_RING_BARRIER_H
#define SD_XEN_RING_BARRIER_H

#define ring_rmb() __asm__ volatile("" ::: "memory")
#define ring_wmb() __asm__ volatile("" ::: "memory")
#define ring_mb()  __asm__ volatile("mfence" ::: "memory")

#endif
