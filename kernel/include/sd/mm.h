/* Memory: physical pages and the kernel heap.
 *
 * Pages are SD_PAGE_SIZE bytes, handed out as contiguous runs. Runs are taken from the top of
 * memory downwards, so the bottom stays free for sbrk-style growth with sd_pages_claim. */
#ifndef SD_MM_H
#define SD_MM_H
#include <stdbool.h>
#include <stddef.h>

#define SD_PAGE_SIZE 4096UL

/* A run of npages contiguous pages, page-aligned, contents undefined; NULL when no run that long
 * is free. Context: any. */
void *sd_pages_alloc(size_t npages);
/* Give back a run that sd_pages_alloc or sd_pages_claim returned (any sub-run is fine). */
void sd_pages_free(void *p, size_t npages);
/* Take exactly the run [p, p + npages pages) if every page of it is free; false otherwise,
 * and nothing taken. */
bool sd_pages_claim(void *p, size_t npages);
/* Lowest page the allocator manages, and pages free now / in all. */
void *sd_pages_base(void);
size_t sd_pages_free_count(void);
size_t sd_pages_total(void);

/* Kernel heap, for kernel objects (threads, buffers). Aligned to 16. NULL on exhaustion.
 * Context: any. */
void *sd_malloc(size_t size);
void *sd_zalloc(size_t size);
void sd_free(void *p);

#endif
