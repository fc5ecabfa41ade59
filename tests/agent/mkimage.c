/* sd-test-mkimage: packs a test guest into an image.sd (builder/image_sd.h) with a small
 * normalised manifest, for the agent's tests. Java images come from stardust-build.
 *
 *   sd-test-mkimage OUT.sd KERNEL.elf ROOTFS.img NAME ON_CRASH MEMORY_MB [MAC]
 *
 * With MAC the manifest declares one interface on xenbr0 with that MAC ("auto": none, the
 * toolstack picks one) and the static address 10.0.3.2/24.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image_sd.h"

static void *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    void *buf = malloc(n > 0 ? (size_t)n : 1);
    *len = buf ? fread(buf, 1, (size_t)n, f) : 0;
    fclose(f);
    return buf;
}

static struct json_object *interface(const char *mac)
{
    struct json_object *n = json_object_new_object(), *ip = json_object_new_object();
    json_object_object_add(n, "bridge", json_object_new_string("xenbr0"));
    json_object_object_add(n, "mac", strcmp(mac, "auto") ? json_object_new_string(mac) : NULL);
    json_object_object_add(ip, "address", json_object_new_string("10.0.3.2/24"));
    json_object_object_add(ip, "gateway", json_object_new_string("10.0.3.1"));
    json_object_object_add(n, "ipv4", ip);
    return n;
}

static struct json_object *manifest(const char *name, const char *on_crash, int memory,
                                    const char *mac)
{
    struct json_object *m = json_object_new_object(), *java = json_object_new_object();
    json_object_object_add(m, "name", json_object_new_string(name));
    json_object_object_add(m, "version", json_object_new_string("1.0"));
    json_object_object_add(m, "main", json_object_new_string("Test"));
    json_object_object_add(m, "args", json_object_new_array());
    json_object_object_add(m, "memory", json_object_new_int(memory));
    json_object_object_add(m, "vcpus", json_object_new_int(1));
    json_object_object_add(m, "on_crash", json_object_new_string(on_crash));
    json_object_object_add(java, "heap", NULL);
    json_object_object_add(java, "stack", json_object_new_string("256k"));
    json_object_object_add(java, "properties", json_object_new_object());
    json_object_object_add(m, "java", java);
    json_object_object_add(m, "env", json_object_new_object());
    struct json_object *net = json_object_new_array();
    if (mac)
        json_object_array_add(net, interface(mac));
    json_object_object_add(m, "network", net);
    return m;
}

int main(int argc, char **argv)
{
    char digest[65], err[256];
    size_t klen, rlen;
    if (argc != 7 && argc != 8) {
        fprintf(stderr, "usage: sd-test-mkimage OUT.sd KERNEL ROOTFS NAME ON_CRASH MEMORY_MB [MAC]\n");
        return 64;
    }
    void *k = slurp(argv[2], &klen), *r = slurp(argv[3], &rlen);
    if (!k || !r) {
        fprintf(stderr, "sd-test-mkimage: cannot read %s or %s\n", argv[2], argv[3]);
        return 1;
    }
    struct json_object *m = manifest(argv[4], argv[5], atoi(argv[6]), argc == 8 ? argv[7] : NULL);
    struct json_object *v = json_object_new_object();
    json_object_object_add(v, "stardust-build", json_object_new_string("test"));
    int rc = image_sd_write(argv[1], m, v, k, klen, r, rlen, digest, err, sizeof err);
    if (rc)
        fprintf(stderr, "sd-test-mkimage: %s\n", err);
    else
        printf("%s\n", digest);
    json_object_put(m);
    json_object_put(v);
    free(k);
    free(r);
    return rc ? 1 : 0;
}
