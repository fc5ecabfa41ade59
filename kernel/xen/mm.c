/* Page tables of the PV guest: the direct map, W^X and guard pages.
 *
 * Xen hands over page tables (pt_base, nr_pt_frames) that map the bootstrap region, from
 * virtual address 0 to at least 512 KiB past the bootstrap structures, read-write and
 * executable. The guest may read its page tables but never write them: every change goes
 * through mmu_update / update_va_mapping, and a page can only become a page table once no
 * writable mapping of it is left. xen_mm_init then
 *   1. adds the tables needed to map every page of the domain at va = pfn * 4096 (the direct
 *      map), taking them from the free pages right after the bootstrap region;
 *   2. rewrites every leaf entry: text R+X, rodata R, page tables R, the boot module (ramdisk)
 *      R, everything else R+W,
 *      and all but text NX; the pages below the image and the boot stack's guard page
 *      unmapped.
 * New tables are taken in increasing address order; each one maps 512 pages further up, so
 * the next table page is always already mapped. */
#include <sd/printk.h>
#include "../core/platform.h"
#include "hypercall.h"
#include "xen_internal.h"
#include "xen.h"

#define PAGE_SHIFT   12
#define PAGE_SIZE    4096UL
#define PT_ENTRIES   512

#define PTE_P        0x001ULL
#define PTE_RW       0x002ULL
#define PTE_US       0x004ULL
#define PTE_A        0x020ULL
#define PTE_D        0x040ULL
#define PTE_NX       (1ULL << 63)
#define PTE_ADDR     0x000ffffffffff000ULL
/* Xen may add US, A, D and G bits itself: compare only what we decide. */
#define PTE_COMPARE  (PTE_ADDR | PTE_P | PTE_RW | PTE_NX)
/* Upper levels allow everything; the leaf decides. */
#define PTE_TABLE    (PTE_P | PTE_RW | PTE_US | PTE_A)

#define LOWER_HALF_END  0x0000800000000000UL
#define INVALID_MFN     (~0UL)

extern char _image_start[], _text[], _etext[], _rodata[], _erodata[], _end[];
extern char boot_stack_guard[], xen_shared_info_page[];

shared_info_t *xen_shared_info;

static uint64_t nx_bit;          /* PTE_NX if the CPU has NX, else 0 */
static uintptr_t pool_start;     /* page tables we added: [pool_start, pool_next) */
static uintptr_t pool_next;
static uintptr_t mem_end;        /* end of the direct map */

static mmu_update_t batch[256];

static uint64_t wanted_pte(uintptr_t va);
static unsigned batch_count;

void *xen_mfn_to_virt(unsigned long mfn)
{
    return (void *)(machine_to_phys_mapping[mfn] << PAGE_SHIFT);
}

unsigned long xen_virt_to_mfn(const void *p)
{
    const unsigned long *p2m = (const unsigned long *)xen_start_info->mfn_list;
    return p2m[(uintptr_t)p >> PAGE_SHIFT];
}

/* start_info gives the module as a virtual address, or as a frame number with
 * SIF_MOD_START_PFN; with the identity direct map both name the same place. */
static uintptr_t module_start(void)
{
    const start_info_t *si = xen_start_info;
    return (si->flags & SIF_MOD_START_PFN) ? si->mod_start << PAGE_SHIFT : si->mod_start;
}

const void *xen_module(size_t *len)
{
    *len = xen_start_info->mod_len;
    if (*len == 0)
        return NULL;
    return (const void *)module_start();
}

static uintptr_t round_up(uintptr_t x)
{
    return (x + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
}

static unsigned pt_index(uintptr_t va, int level)
{
    return (va >> (PAGE_SHIFT + 9 * (level - 1))) & (PT_ENTRIES - 1);
}

static uint64_t *table_of(uint64_t entry)
{
    return xen_mfn_to_virt((entry & PTE_ADDR) >> PAGE_SHIFT);
}

static uint64_t machine_addr(const void *p)
{
    return ((uint64_t)xen_virt_to_mfn(p) << PAGE_SHIFT) | ((uintptr_t)p & (PAGE_SIZE - 1));
}

static bool cpu_has_nx(void)
{
    uint32_t a, b, c, d;
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0x80000000u));
    if (a < 0x80000001u)
        return false;
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0x80000001u));
    return (d & (1u << 20)) != 0;
}

void xen_mm_map_shared_info(void)
{
    nx_bit = cpu_has_nx() ? PTE_NX : 0;
    uint64_t pte = (xen_start_info->shared_info & PTE_ADDR) | PTE_P | PTE_RW | PTE_US |
                   PTE_A | PTE_D | nx_bit;
    if (hyp_update_va_mapping((uintptr_t)xen_shared_info_page, pte, UVMF_INVLPG) != 0)
        plat_halt(true, 1);     /* nothing can print yet */
    xen_shared_info = (shared_info_t *)xen_shared_info_page;
}

static void batch_flush(void)
{
    unsigned done = 0;
    if (batch_count == 0)
        return;
    long rc = hyp_mmu_update(batch, batch_count, &done);
    if (rc != 0)
        panic("mm: mmu_update failed (%ld) after %u of %u entries", rc, done, batch_count);
    batch_count = 0;
}

static void batch_add(uint64_t *entry, uint64_t val)
{
    batch[batch_count].ptr = machine_addr(entry) | MMU_NORMAL_PT_UPDATE;
    batch[batch_count].val = val;
    if (++batch_count == sizeof(batch) / sizeof(batch[0]))
        batch_flush();
}

#define NO_FILL  1UL     /* link_new_table: an upper-level table, start it empty */
#define L1_SPAN  (PT_ENTRIES * PAGE_SIZE)

/* Take the next pool page, fill it, make it read-only and hook it into *entry. A new L1
 * table for the 2 MiB at fill_base gets its final entries right away (while the page is still
 * writable): one validation by Xen when it is linked instead of 512 mmu_updates. */
static void link_new_table(uint64_t *entry, uintptr_t fill_base)
{
    uint64_t *page = (uint64_t *)pool_next;
    if (!xen_va_readable(pool_next) || pool_next >= mem_end)
        panic("mm: no mapped page left for a page table at %lx", (unsigned long)pool_next);
    pool_next += PAGE_SIZE;
    for (unsigned i = 0; i < PT_ENTRIES; i++) {
        uintptr_t va = fill_base + i * PAGE_SIZE;
        page[i] = (fill_base != NO_FILL && va < mem_end) ? wanted_pte(va) : 0;
    }
    uint64_t mfn = xen_virt_to_mfn(page);
    long rc = hyp_update_va_mapping((uintptr_t)page,
                                    (mfn << PAGE_SHIFT) | PTE_P | PTE_US | PTE_A | nx_bit,
                                    UVMF_INVLPG);
    if (rc != 0)
        panic("mm: cannot make page %p read-only (%ld)", (void *)page, rc);
    batch_add(entry, (mfn << PAGE_SHIFT) | PTE_TABLE);
    batch_flush();
}

/* The L1 table covering va; NULL if a table on the way is missing and alloc is false. */
static uint64_t *l1_table(uintptr_t va, bool alloc)
{
    uint64_t *table = (uint64_t *)xen_start_info->pt_base;
    for (int level = 4; level > 1; level--) {
        uint64_t *entry = &table[pt_index(va, level)];
        if (!(*entry & PTE_P)) {
            if (!alloc)
                return NULL;
            link_new_table(entry, level == 2 ? (va & ~(L1_SPAN - 1)) : NO_FILL);
        }
        table = table_of(*entry);
    }
    return table;
}

bool xen_va_readable(uintptr_t va)
{
    if (va >= LOWER_HALF_END || xen_start_info == NULL)
        return false;
    const uint64_t *l1 = l1_table(va, false);
    return l1 != NULL && (l1[pt_index(va, 1)] & PTE_P);
}

static bool in_range(uintptr_t va, const void *start, const void *end)
{
    return va >= ((uintptr_t)start & ~(PAGE_SIZE - 1)) && va < (uintptr_t)end;
}

static bool is_page_table(uintptr_t va)
{
    uintptr_t xen_pt = xen_start_info->pt_base;
    return (va >= xen_pt && va < xen_pt + xen_start_info->nr_pt_frames * PAGE_SIZE) ||
           (va >= pool_start && va < pool_next);
}

/* The boot module (the root filesystem image) is read in place and never written: read-only. */
static bool is_module(uintptr_t va)
{
    uintptr_t start = module_start();
    return xen_start_info->mod_len != 0 && va >= (start & ~(PAGE_SIZE - 1)) &&
           va < start + xen_start_info->mod_len;
}

/* The leaf entry va should have; 0 = unmapped. */
static uint64_t wanted_pte(uintptr_t va)
{
    if (va < (uintptr_t)_image_start || va == (uintptr_t)boot_stack_guard)
        return 0;
    uint64_t pte = ((uint64_t)xen_virt_to_mfn((void *)va) << PAGE_SHIFT) | PTE_P | PTE_US |
                   PTE_A;
    if (in_range(va, _text, _etext))
        return pte;
    if (in_range(va, _rodata, _erodata) || is_page_table(va) || is_module(va))
        return pte | nx_bit;
    return pte | PTE_RW | PTE_D | nx_bit;
}

/* The first page after everything Xen placed for us (image, modules, p2m list, start_info,
 * rings, page tables and the bootstrap stack page that follows them). */
static uintptr_t bootstrap_end(void)
{
    const start_info_t *si = xen_start_info;
    uintptr_t end = round_up((uintptr_t)_end);
    uintptr_t candidates[] = {
        si->pt_base + (si->nr_pt_frames + 1) * PAGE_SIZE,
        si->mfn_list + si->nr_pages * sizeof(unsigned long),
        (uintptr_t)si + PAGE_SIZE,
        module_start() + si->mod_len,
    };
    for (size_t i = 0; i < sizeof(candidates) / sizeof(candidates[0]); i++)
        if (candidates[i] > end)
            end = round_up(candidates[i]);
    return end;
}

/* The end of usable memory: nr_pages, cut at the first frame Xen did not back. */
static uintptr_t memory_end(void)
{
    const unsigned long *p2m = (const unsigned long *)xen_start_info->mfn_list;
    unsigned long n = xen_start_info->nr_pages;
    for (unsigned long pfn = 0; pfn < n; pfn++)
        if (p2m[pfn] == INVALID_MFN)
            return pfn << PAGE_SHIFT;
    return n << PAGE_SHIFT;
}

static void tlb_flush(void)
{
    struct mmuext_op op = { .cmd = MMUEXT_TLB_FLUSH_LOCAL };
    long rc = hyp_mmuext_op(&op, 1, NULL);
    if (rc != 0)
        panic("mm: TLB flush failed (%ld)", rc);
}

void xen_mm_init(uintptr_t *base, uintptr_t *end)
{
    uint64_t t0 = plat_monotonic_ns();
    mem_end = memory_end();
    pool_start = pool_next = bootstrap_end();
    if (!nx_bit)
        printk("mm: the CPU has no NX bit: data pages stay executable\n");

    for (uintptr_t va = 0; va < mem_end; va += L1_SPAN)
        l1_table(va, true);
    /* Now correct what Xen mapped (and pool pages that became tables in the meantime). */
    for (uintptr_t base = 0; base < mem_end; base += L1_SPAN) {
        uint64_t *l1 = l1_table(base, false);
        for (unsigned i = 0; i < PT_ENTRIES && base + i * PAGE_SIZE < mem_end; i++) {
            uintptr_t va = base + i * PAGE_SIZE;
            uint64_t want = wanted_pte(va);
            if (va != (uintptr_t)xen_shared_info_page &&
                (l1[i] & PTE_COMPARE) != (want & PTE_COMPARE))
                batch_add(&l1[i], want);
        }
    }
    batch_flush();
    tlb_flush();

    *base = pool_next;
    *end = mem_end;
    printk("mm: %lu KiB mapped, %lu page-table pages added, free [%lx, %lx), %lu us\n",
           (unsigned long)(mem_end >> 10), (unsigned long)((pool_next - pool_start) >> PAGE_SHIFT),
           (unsigned long)pool_next, (unsigned long)mem_end,
           (unsigned long)((plat_monotonic_ns() - t0) / 1000));
}

void plat_page_guard(void *p, bool guard)
{
    uintptr_t va = (uintptr_t)p & ~(PAGE_SIZE - 1);
    uint64_t pte = 0;
    if (!guard)
        pte = ((uint64_t)xen_virt_to_mfn((void *)va) << PAGE_SHIFT) | PTE_P | PTE_RW | PTE_US |
              PTE_A | PTE_D | nx_bit;
    long rc = hyp_update_va_mapping(va, pte, UVMF_INVLPG);
    if (rc != 0)
        panic("mm: cannot %s page %p (%ld)", guard ? "guard" : "unguard", p, rc);
}
