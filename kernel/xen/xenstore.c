/* The xenstore client: requests over the shared ring, replies and watch events back.
 *
 * The ring page holds two 1 KiB byte rings (req, rsp) with free-running indexes. A message is a
 * struct xsd_sockmsg header followed by hdr.len payload bytes (<= XENSTORE_PAYLOAD_MAX).
 *
 * Invariants:
 * - Every request is written to the req ring in one piece with events masked, so requests
 *   from threads and from event context never interleave (hence XS_REQ_MAX).
 * - The rsp ring is read only by rsp_drain(), always with events masked: from the event
 *   handler, or by a polling requester. A message may be bigger than the ring, so the reader
 *   keeps its partial message in rd_* across calls.
 * - A requester owns a struct xs_pending on its stack, linked in `pending` until its reply
 *   arrives; the reader fills it and marks it done. Replies are matched by req_id.
 * - Watch events are copied to the heap and queued for the "xenwatch" thread, which calls the
 *   callbacks with events unmasked (so callbacks may make blocking requests).
 */
#include <stdbool.h>
#include <stdint.h>

#include "xen.h"
#include "hypercall.h"
#include "evtchn.h"
#include "xenstore.h"
#include "blocking.h"
#include "ring_barrier.h"
#include "strutil.h"

#include <xen/io/xs_wire.h>

#include "../core/platform.h"
#include <sd/errors.h>
#include <sd/mm.h>
#include <sd/printk.h>
#include <sd/sync.h>
#include <sd/thread.h>

#define XS_RECHECK_NS (100 * 1000 * 1000ULL)

_Static_assert(sizeof(struct xsd_sockmsg) + XS_REQ_MAX <= XENSTORE_RING_SIZE,
               "a request must fit in the ring at once");

/* One request waiting for its reply. */
struct xs_pending {
    struct xs_pending *next;
    uint32_t req_id;
    bool done;
    uint32_t type;          /* reply type: the request's, or XS_ERROR */
    char *buf;              /* reply payload goes here, NUL-terminated, truncated to cap - 1 */
    size_t cap;
    size_t len;             /* full payload length of the reply */
    struct sd_waitq wq;     /* the requester, when it blocks */
};

/* A watch registered with xs_watch. */
struct xs_watch_reg {
    struct xs_watch_reg *next;
    xs_watch_fn fn;
    void *arg;
    char *token;
    char *path;
};

/* A watch event on its way to the xenwatch thread: payload "path\0token\0". */
struct xs_event {
    struct xs_event *next;
    size_t len;
    char data[];
};

static struct xenstore_domain_interface *ring;
static evtchn_port_t ring_port;
static uint32_t next_req_id = 1;
static struct xs_pending *pending;
static struct sd_waitq space_wq = SD_WAITQ_INITIALIZER;   /* writers waiting for req space */

/* The reader's partial message. */
static struct xsd_sockmsg rd_hdr;
static size_t rd_got;                          /* bytes of header + payload read so far */
static char rd_body[XENSTORE_PAYLOAD_MAX + 1];

static struct xs_watch_reg *watches;           /* changed with events masked */
static struct xs_event *ev_head, *ev_tail;
static struct sd_waitq watch_wq = SD_WAITQ_INITIALIZER;

/* ---- reading replies and events (events masked) ---- */

static struct xs_pending *pending_take(uint32_t req_id)
{
    for (struct xs_pending **pp = &pending; *pp; pp = &(*pp)->next) {
        struct xs_pending *p = *pp;
        if (p->req_id == req_id) {
            *pp = p->next;
            return p;
        }
    }
    return NULL;
}

static void deliver_reply(void)
{
    struct xs_pending *p = pending_take(rd_hdr.req_id);
    if (!p)
        return;                 /* a reply nobody waits for: ignore it */
    size_t n = rd_hdr.len < p->cap ? rd_hdr.len : p->cap - 1;
    xs_memcpy(p->buf, rd_body, n);
    p->buf[n] = '\0';
    p->len = rd_hdr.len;
    p->type = rd_hdr.type;
    p->done = true;
    sd_waitq_wake_one(&p->wq);
}

static void queue_watch_event(void)
{
    struct xs_event *e = sd_malloc(sizeof(*e) + rd_hdr.len + 1);
    if (!e) {
        printk("xenstore: out of memory, a watch event is lost\n");
        return;
    }
    e->next = NULL;
    e->len = rd_hdr.len;
    xs_memcpy(e->data, rd_body, rd_hdr.len);
    e->data[rd_hdr.len] = '\0';
    if (ev_tail)
        ev_tail->next = e;
    else
        ev_head = e;
    ev_tail = e;
    sd_waitq_wake_one(&watch_wq);
}

/* Copy up to n bytes from the rsp ring at rsp_cons into dst (dst NULL: discard). */
static size_t rsp_read(char *dst, size_t n)
{
    XENSTORE_RING_IDX cons = ring->rsp_cons, prod = ring->rsp_prod;
    ring_rmb();                  /* see the data the producer wrote before rsp_prod */
    size_t avail = prod - cons;
    if (n > avail)
        n = avail;
    for (size_t i = 0; i < n; i++) {
        char c = ring->rsp[MASK_XENSTORE_IDX(cons + i)];
        if (dst)
            dst[i] = c;
    }
    ring_mb();                   /* finish reading before the slots are handed back */
    ring->rsp_cons = cons + (XENSTORE_RING_IDX)n;
    return n;
}

/* Consume everything in the rsp ring; dispatch each complete message. */
static void rsp_drain(void)
{
    bool consumed = false;
    for (;;) {
        size_t hsz = sizeof(rd_hdr);
        if (rd_got < hsz) {
            size_t k = rsp_read((char *)&rd_hdr + rd_got, hsz - rd_got);
            rd_got += k;
            consumed |= k != 0;
            if (rd_got < hsz)
                break;
        }
        size_t body_got = rd_got - hsz;
        if (body_got < rd_hdr.len) {
            /* A payload over the protocol limit is consumed but not kept. */
            bool keep = rd_hdr.len <= XENSTORE_PAYLOAD_MAX;
            size_t k = rsp_read(keep ? rd_body + body_got : NULL, rd_hdr.len - body_got);
            rd_got += k;
            consumed |= k != 0;
            if (rd_got - hsz < rd_hdr.len)
                break;
        }
        if (rd_hdr.len > XENSTORE_PAYLOAD_MAX) {
            if (rd_hdr.type == XS_WATCH_EVENT) {
                rd_got = 0;
                continue;       /* dropped: the daemon broke the protocol */
            }
            /* Still answer the requester, with an error. */
            rd_hdr.type = XS_ERROR;
            rd_hdr.len = 4;
            xs_memcpy(rd_body, "EIO", 4);
        }
        if (rd_hdr.type == XS_WATCH_EVENT)
            queue_watch_event();
        else
            deliver_reply();
        rd_got = 0;
    }
    if (consumed)
        evtchn_notify(ring_port);   /* the daemon may wait for rsp space */
}

static void xs_event_handler(evtchn_port_t port, void *arg)
{
    rsp_drain();
    sd_waitq_wake_all(&space_wq);       /* the daemon may have consumed requests */
}

/* ---- writing requests (events masked) ---- */

struct xs_part {
    const char *p;
    size_t n;
};

static void req_put(XENSTORE_RING_IDX *prod, const void *src, size_t n)
{
    const char *s = src;
    for (size_t i = 0; i < n; i++)
        ring->req[MASK_XENSTORE_IDX(*prod + i)] = s[i];
    *prod += (XENSTORE_RING_IDX)n;
}

/* Wait (blocking or polling) until cond() holds; events masked on entry and return. A
 * blocked thread also looks at the ring itself now and then, so one lost notification
 * cannot hang it. */
static void xs_wait(bool can_block, struct sd_waitq *wq, bool (*cond)(void *), void *arg)
{
    while (!cond(arg)) {
        if (can_block)
            sd_waitq_wait(wq, plat_monotonic_ns() + XS_RECHECK_NS);
        rsp_drain();
        if (!can_block && !cond(arg))
            hyp_sched_op(SCHEDOP_yield, NULL);
    }
}

struct space_need {
    size_t n;
};

static bool req_space(void *arg)
{
    size_t need = ((struct space_need *)arg)->n;
    return XENSTORE_RING_SIZE - (size_t)(ring->req_prod - ring->req_cons) >= need;
}

static bool reply_done(void *arg)
{
    return ((struct xs_pending *)arg)->done;
}

static void req_write(bool can_block, uint32_t type, uint32_t req_id,
                      const struct xs_part *parts, int nparts, size_t len)
{
    struct space_need need = { sizeof(struct xsd_sockmsg) + len };
    xs_wait(can_block, &space_wq, req_space, &need);
    struct xsd_sockmsg hdr = { .type = type, .req_id = req_id, .tx_id = 0,
                               .len = (uint32_t)len };
    XENSTORE_RING_IDX prod = ring->req_prod;
    ring_mb();                   /* read req_cons before overwriting slots it freed */
    req_put(&prod, &hdr, sizeof(hdr));
    for (int i = 0; i < nparts; i++)
        req_put(&prod, parts[i].p, parts[i].n);
    ring_wmb();                  /* the daemon must see the bytes before the index */
    ring->req_prod = prod;
    evtchn_notify(ring_port);
}

static int error_code(const char *name)
{
    if (xs_streq(name, "ENOENT"))
        return -SD_ENOENT;
    if (xs_streq(name, "EINVAL") || xs_streq(name, "E2BIG"))
        return -SD_EINVAL;
    if (xs_streq(name, "ENOMEM") || xs_streq(name, "ENOSPC"))
        return -SD_ENOMEM;
    if (xs_streq(name, "EAGAIN"))
        return -SD_EAGAIN;
    return -SD_EIO;
}

/* Send one request and wait for its reply. Returns the reply's payload length or <0. */
static int xs_request(uint32_t type, const struct xs_part *parts, int nparts,
                      char *reply, size_t cap)
{
    char scratch[16];           /* for replies nobody reads ("OK") and error names */
    if (!ring)
        return -SD_EIO;
    size_t len = 0;
    for (int i = 0; i < nparts; i++)
        len += parts[i].n;
    if (len > XS_REQ_MAX)
        return -SD_EINVAL;
    if (!reply || cap < sizeof(scratch)) {
        reply = scratch;
        cap = sizeof(scratch);
    }
    struct xs_pending p = { .buf = reply, .cap = cap, .wq = SD_WAITQ_INITIALIZER };

    bool can_block = xen_may_block();
    unsigned long flags = plat_irq_save();
    p.req_id = next_req_id++;
    p.next = pending;
    pending = &p;
    req_write(can_block, type, p.req_id, parts, nparts, len);
    xs_wait(can_block, &p.wq, reply_done, &p);
    plat_irq_restore(flags);

    if (p.type == XS_ERROR)
        return error_code(reply);
    return (int)p.len;
}

/* ---- the API ---- */

static struct xs_part str_part(const char *s)
{
    return (struct xs_part){ s, xs_strlen(s) + 1 };     /* with its NUL */
}

int xs_read(const char *path, char *buf, size_t len)
{
    if (!path || !buf || len == 0)
        return -SD_EINVAL;
    struct xs_part parts[] = { str_part(path) };
    char tmp[16];
    /* A small caller buffer still needs room for an error name. */
    bool small = len < sizeof(tmp);
    int r = xs_request(XS_READ, parts, 1, small ? tmp : buf, small ? sizeof(tmp) : len);
    if (r < 0)
        buf[0] = '\0';
    else if (small) {
        size_t n = (size_t)r < len ? (size_t)r : len - 1;
        xs_memcpy(buf, tmp, n);
        buf[n] = '\0';
    }
    return r;
}

int xs_write(const char *path, const char *value)
{
    if (!path || !value)
        return -SD_EINVAL;
    /* The value is sent without a NUL: the payload length delimits it. */
    struct xs_part parts[] = { str_part(path), { value, xs_strlen(value) } };
    int r = xs_request(XS_WRITE, parts, 2, NULL, 0);
    return r < 0 ? r : 0;
}

int xs_rm(const char *path)
{
    if (!path)
        return -SD_EINVAL;
    struct xs_part parts[] = { str_part(path) };
    int r = xs_request(XS_RM, parts, 1, NULL, 0);
    return r < 0 ? r : 0;
}

static struct xs_watch_reg *watch_find(const char *token, struct xs_watch_reg ***link)
{
    for (struct xs_watch_reg **pp = &watches; *pp; pp = &(*pp)->next) {
        if (xs_streq((*pp)->token, token)) {
            if (link)
                *link = pp;
            return *pp;
        }
    }
    return NULL;
}

static void watch_free(struct xs_watch_reg *w)
{
    sd_free(w->token);
    sd_free(w->path);
    sd_free(w);
}

static void watch_unlink(struct xs_watch_reg *w)
{
    unsigned long flags = plat_irq_save();
    for (struct xs_watch_reg **pp = &watches; *pp; pp = &(*pp)->next) {
        if (*pp == w) {
            *pp = w->next;
            break;
        }
    }
    plat_irq_restore(flags);
}

int xs_watch(const char *path, const char *token, xs_watch_fn fn, void *arg)
{
    if (!path || !token || !fn)
        return -SD_EINVAL;
    struct xs_watch_reg *w = sd_zalloc(sizeof(*w));
    if (!w)
        return -SD_ENOMEM;
    w->fn = fn;
    w->arg = arg;
    w->token = xs_strdup(token);
    w->path = xs_strdup(path);
    if (!w->token || !w->path) {
        watch_free(w);
        return -SD_ENOMEM;
    }
    /* Registered before the request: the daemon fires the first event right away. */
    unsigned long flags = plat_irq_save();
    bool dup = watch_find(token, NULL) != NULL;
    if (!dup) {
        w->next = watches;
        watches = w;
    }
    plat_irq_restore(flags);
    if (dup) {
        watch_free(w);
        return -SD_EINVAL;
    }
    struct xs_part parts[] = { str_part(path), str_part(token) };
    int r = xs_request(XS_WATCH, parts, 2, NULL, 0);
    if (r < 0) {
        watch_unlink(w);
        watch_free(w);
        return r;
    }
    return 0;
}

int xs_unwatch(const char *path, const char *token)
{
    if (!path || !token)
        return -SD_EINVAL;
    struct xs_part parts[] = { str_part(path), str_part(token) };
    int r = xs_request(XS_UNWATCH, parts, 2, NULL, 0);
    unsigned long flags = plat_irq_save();
    struct xs_watch_reg **link;
    struct xs_watch_reg *w = watch_find(token, &link);
    if (w)
        *link = w->next;
    plat_irq_restore(flags);
    if (w)
        watch_free(w);
    return r < 0 ? r : 0;
}

/* ---- the xenwatch thread ---- */

static struct xs_event *event_next(void)
{
    unsigned long flags = plat_irq_save();
    while (!ev_head)
        sd_waitq_wait(&watch_wq, 0);
    struct xs_event *e = ev_head;
    ev_head = e->next;
    if (!ev_head)
        ev_tail = NULL;
    plat_irq_restore(flags);
    return e;
}

static void dispatch_event(struct xs_event *e)
{
    const char *path = e->data;
    size_t plen = xs_strlen(path);
    if (plen >= e->len)
        return;                 /* no token: malformed */
    const char *token = path + plen + 1;
    /* Take fn and arg under the mask: the registration may go away while fn runs. */
    unsigned long flags = plat_irq_save();
    struct xs_watch_reg *w = watch_find(token, NULL);
    xs_watch_fn fn = w ? w->fn : NULL;
    void *arg = w ? w->arg : NULL;
    plat_irq_restore(flags);
    if (fn)
        fn(path, arg);
}

static void xenwatch_main(void *unused)
{
    for (;;) {
        struct xs_event *e = event_next();
        dispatch_event(e);
        sd_free(e);
    }
}

int xenstore_init(void)
{
    if (!xen_start_info->store_mfn)
        return -SD_EIO;
    ring = xen_mfn_to_virt(xen_start_info->store_mfn);
    ring_port = xen_start_info->store_evtchn;
    struct sd_thread *t = sd_thread_create("xenwatch", xenwatch_main, NULL, 0);
    if (!t) {
        ring = NULL;
        return -SD_EIO;
    }
    sd_thread_detach(t);
    if (evtchn_bind(ring_port, xs_event_handler, NULL) < 0) {
        printk("xenstore: cannot bind event channel %u\n", (unsigned)ring_port);
        ring = NULL;
        return -SD_EIO;
    }
    return 0;
}
