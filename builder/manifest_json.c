/* manifest_json.c: the normalised manifest (builder/IMAGE.md), what image.json carries and
 * stardust-deploy reads. Every default is filled in; host paths (classpath, resources) stay
 * out, since they mean nothing on another machine and would make images differ by checkout. */
#include <json-c/json.h>

#include "manifest.h"

static struct json_object *string_or_null(const char *s)
{
    return s ? json_object_new_string(s) : NULL;   /* json-c writes a NULL member as null */
}

static struct json_object *kv_object(const struct mf_kv *kv, size_t n)
{
    struct json_object *o = json_object_new_object();
    for (size_t i = 0; i < n; i++)
        json_object_object_add(o, kv[i].key, json_object_new_string(kv[i].value));
    return o;
}

static struct json_object *netif_json(const struct mf_netif *nif)
{
    struct json_object *o = json_object_new_object(), *ipv4;
    json_object_object_add(o, "bridge", json_object_new_string(nif->bridge));
    json_object_object_add(o, "mac", string_or_null(nif->mac));
    if (nif->dhcp) {
        ipv4 = json_object_new_string("dhcp");
    } else {
        ipv4 = json_object_new_object();
        json_object_object_add(ipv4, "address", json_object_new_string(nif->address));
        json_object_object_add(ipv4, "gateway", string_or_null(nif->gateway));
    }
    json_object_object_add(o, "ipv4", ipv4);
    return o;
}

static struct json_object *java_json(const struct manifest *m)
{
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "heap", string_or_null(m->heap));
    json_object_object_add(o, "stack", json_object_new_string(m->stack));
    json_object_object_add(o, "properties", kv_object(m->properties, m->nproperties));
    return o;
}

struct json_object *manifest_to_json(const struct manifest *m)
{
    struct json_object *o = json_object_new_object(), *args = json_object_new_array();
    struct json_object *net = json_object_new_array();
    for (size_t i = 0; i < m->nargs; i++)
        json_object_array_add(args, json_object_new_string(m->args[i]));
    for (size_t i = 0; i < m->nnetwork; i++)
        json_object_array_add(net, netif_json(&m->network[i]));
    json_object_object_add(o, "name", json_object_new_string(m->name));
    json_object_object_add(o, "version", json_object_new_string(m->version));
    json_object_object_add(o, "main", json_object_new_string(m->main));
    json_object_object_add(o, "args", args);
    json_object_object_add(o, "memory", json_object_new_int64(m->memory_mb));
    json_object_object_add(o, "vcpus", json_object_new_int64(m->vcpus));
    json_object_object_add(o, "on_crash", json_object_new_string(m->on_crash));
    json_object_object_add(o, "java", java_json(m));
    json_object_object_add(o, "env", kv_object(m->env, m->nenv));
    json_object_object_add(o, "network", net);
    return o;
}
