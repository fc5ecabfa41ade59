/*
 * mkimage: packs a C test guest (a Xen PV ELF built against the kernel and newlib) into an
 * image.sd with builder/image_sd.c, for the deploy and agent tests, until every test can use
 * stardust-build. The manifest is the normalised one of builder/IMAGE.md, filled from options.
 *
 *   mkimage [--name N] [--version V] [--memory MB] [--vcpus N] [--on-crash destroy|restart|preserve]
 *           [--bridge BR] [--mac MAC|auto] [--ipv4 ADDR/LEN] [--rootfs FILE] KERNEL.elf OUT.sd
 *
 * --mac gives the interface that MAC (auto: none, the toolstack picks one); it implies --bridge
 * xenbr0 when no bridge is named. Without --rootfs the root filesystem part is 4 KiB of zeros
 * (the kernel refuses it as a root image: pass an sd-mkfs image for guests that boot). Prints
 * the image's sha256 on stdout. Exit 0, 1 on failure, 2 on bad usage.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image_sd.h"

struct mk_opts {
    const char *name, *version, *on_crash, *bridge, *mac, *ipv4, *rootfs, *kernel, *out;
    int memory, vcpus;
};

/* Reads a whole file into memory; NULL with errno on failure. */
static void *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    long n;
    if (!f)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0
        && (buf = malloc(n ? (size_t)n : 1)) && fread(buf, 1, (size_t)n, f) == (size_t)n) {
        *len = (size_t)n;
    } else {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    return buf;
}

static json_object *network(const struct mk_opts *o)
{
    json_object *list = json_object_new_array(), *nic;
    if (!o->bridge)
        return list;
    nic = json_object_new_object();
    json_object_object_add(nic, "bridge", json_object_new_string(o->bridge));
    json_object_object_add(nic, "mac", o->mac && strcmp(o->mac, "auto") ? json_object_new_string(o->mac) : NULL);
    if (o->ipv4) {
        json_object *a = json_object_new_object();
        json_object_object_add(a, "address", json_object_new_string(o->ipv4));
        json_object_object_add(a, "gateway", NULL);
        json_object_object_add(nic, "ipv4", a);
    } else {
        json_object_object_add(nic, "ipv4", json_object_new_string("dhcp"));
    }
    json_object_array_add(list, nic);
    return list;
}

static json_object *manifest(const struct mk_opts *o)
{
    json_object *m = json_object_new_object(), *java = json_object_new_object();
    json_object_object_add(m, "name", json_object_new_string(o->name));
    json_object_object_add(m, "version", json_object_new_string(o->version));
    json_object_object_add(m, "main", json_object_new_string("(C test guest)"));
    json_object_object_add(m, "args", json_object_new_array());
    json_object_object_add(m, "memory", json_object_new_int(o->memory));
    json_object_object_add(m, "vcpus", json_object_new_int(o->vcpus));
    json_object_object_add(m, "on_crash", json_object_new_string(o->on_crash));
    json_object_object_add(java, "heap", NULL);
    json_object_object_add(java, "stack", json_object_new_string("256k"));
    json_object_object_add(java, "properties", json_object_new_object());
    json_object_object_add(m, "java", java);
    json_object_object_add(m, "env", json_object_new_object());
    json_object_object_add(m, "network", network(o));
    return m;
}

static int usage(void)
{
    fputs("usage: mkimage [--name N] [--version V] [--memory MB] [--vcpus N] [--on-crash P]\n"
          "               [--bridge BR] [--mac MAC|auto] [--ipv4 ADDR/LEN] [--rootfs FILE]\n"
          "               KERNEL.elf OUT.sd\n", stderr);
    return 2;
}

static int parse(int argc, char **argv, struct mk_opts *o)
{
    static const struct option lo[] = {
        { "name", required_argument, NULL, 'n' }, { "version", required_argument, NULL, 'V' },
        { "memory", required_argument, NULL, 'm' }, { "vcpus", required_argument, NULL, 'c' },
        { "on-crash", required_argument, NULL, 'o' }, { "bridge", required_argument, NULL, 'b' },
        { "ipv4", required_argument, NULL, 'i' }, { "rootfs", required_argument, NULL, 'r' },
        { "mac", required_argument, NULL, 'M' }, { NULL, 0, NULL, 0 } };
    int c;
    *o = (struct mk_opts){ .name = "test", .version = "1.0", .on_crash = "destroy",
                           .memory = 32, .vcpus = 1 };
    while ((c = getopt_long(argc, argv, "", lo, NULL)) != -1) {
        switch (c) {
        case 'n': o->name = optarg; break;
        case 'V': o->version = optarg; break;
        case 'm': o->memory = atoi(optarg); break;
        case 'c': o->vcpus = atoi(optarg); break;
        case 'o': o->on_crash = optarg; break;
        case 'b': o->bridge = optarg; break;
        case 'i': o->ipv4 = optarg; break;
        case 'r': o->rootfs = optarg; break;
        case 'M': o->mac = optarg; break;
        default: return usage();
        }
    }
    if (o->mac && !o->bridge)
        o->bridge = "xenbr0";
    if (argc - optind != 2 || o->memory <= 0 || o->vcpus <= 0)
        return usage();
    o->kernel = argv[optind];
    o->out = argv[optind + 1];
    return 0;
}

int main(int argc, char **argv)
{
    struct mk_opts o;
    size_t klen = 0, rlen = 4096;
    void *kernel = NULL, *rootfs = NULL;
    json_object *m = NULL, *versions = NULL;
    char digest[65], err[256];
    int rc = 1;
    if (parse(argc, argv, &o) != 0)
        return 2;
    if (!(kernel = slurp(o.kernel, &klen))) {
        fprintf(stderr, "mkimage: %s: %s\n", o.kernel, strerror(errno));
        goto out;
    }
    rootfs = o.rootfs ? slurp(o.rootfs, &rlen) : calloc(1, rlen);
    if (!rootfs) {
        fprintf(stderr, "mkimage: %s: %s\n", o.rootfs ? o.rootfs : "rootfs", strerror(errno));
        goto out;
    }
    m = manifest(&o);
    versions = json_object_new_object();
    json_object_object_add(versions, "stardust-build", json_object_new_string("mkimage"));
    if (image_sd_write(o.out, m, versions, kernel, klen, rootfs, rlen, digest, err, sizeof err) != 0) {
        fprintf(stderr, "mkimage: %s: %s\n", o.out, err);
        goto out;
    }
    printf("%s\n", digest);
    rc = 0;
out:
    json_object_put(m);
    json_object_put(versions);
    free(kernel);
    free(rootfs);
    return rc;
}
