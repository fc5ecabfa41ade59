/* manifest_network.c: the manifest's network interfaces (key "network"): bridge, MAC, and
 * IPv4 by DHCP or static. Messages: man/stardust-manifest.5, DIAGNOSTICS. */
#include <stdlib.h>
#include <string.h>

#include "manifest_internal.h"


static void load_bridge(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct mf_netif *nif = obj;
    const char *s;
    if (mf_is_null(v) || !(s = mf_nonempty(c, key, v)))
        return;
    if (!mf_valid_ifname(s)) {
        mf_error(c, mf_pos_of(v), "'bridge' must be a network interface name (at most 15 "
                 "letters, digits, '_', '.' or '-')");
        return;
    }
    mf_set_string(&nif->bridge, s);
}

static void load_mac(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct mf_netif *nif = obj;
    const char *s;
    if (mf_is_null(v) || !(s = mf_nonempty(c, key, v)))
        return;
    switch (mf_check_mac(s)) {
    case MF_MAC_BAD:
        mf_error(c, mf_pos_of(v), "'mac' must be a MAC address like 00:16:3e:12:34:56");
        return;
    case MF_MAC_MULTICAST:
        mf_error(c, mf_pos_of(v), "'mac' must be a unicast address (its first byte even)");
        return;
    }
    mf_set_string(&nif->mac, s);
    for (char *p = nif->mac; *p; p++)
        if (*p >= 'A' && *p <= 'F')
            *p = (char)(*p - 'A' + 'a');
}

static void load_address(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct mf_netif *nif = obj;
    const char *s = mf_nonempty(c, key, v);
    uint32_t addr;
    unsigned prefix;
    if (!s)
        return;
    if (!mf_parse_cidr(s, &addr, &prefix)) {
        mf_error(c, mf_pos_of(v), "'address' must be an IPv4 address with a prefix length, "
                 "like 10.0.0.2/24");
        return;
    }
    mf_set_string(&nif->address, s);
}

static void load_gateway(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct mf_netif *nif = obj;
    const char *s;
    uint32_t addr;
    if (mf_is_null(v) || !(s = mf_nonempty(c, key, v)))
        return;
    if (!mf_parse_ipv4(s, &addr)) {
        mf_error(c, mf_pos_of(v), "'gateway' must be an IPv4 address like 10.0.0.1");
        return;
    }
    mf_set_string(&nif->gateway, s);
}

static const struct mf_key ipv4_keys[] = {
    { "address", load_address, 1 },
    { "gateway", load_gateway, 0 },
};

/* The gateway must be reachable: on the interface's own subnet. */
static void check_gateway(struct mf_ctx *c, yaml_node_t *v, const struct mf_netif *nif)
{
    uint32_t addr, gw, mask;
    unsigned prefix;
    if (!nif->address || !nif->gateway || !mf_parse_cidr(nif->address, &addr, &prefix)
        || !mf_parse_ipv4(nif->gateway, &gw))
        return;
    mask = prefix == 32 ? 0xffffffffu : ~(0xffffffffu >> prefix);
    if ((addr & mask) != (gw & mask))
        mf_error(c, mf_pos_of(v), "'gateway' %s is not in the network of %s", nif->gateway,
                 nif->address);
}

static void load_ipv4(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    struct mf_netif *nif = obj;
    const char *what = "'ipv4' must be dhcp, an address like 10.0.0.2/24, or a mapping with "
                       "'address' and 'gateway'";
    uint32_t addr;
    unsigned prefix;
    if (mf_is_null(v))
        return;
    if (v->type == YAML_MAPPING_NODE) {
        nif->dhcp = 0;
        mf_walk(c, v, ipv4_keys, MF_ARRAY_LEN(ipv4_keys), nif);
        check_gateway(c, v, nif);
    } else if (v->type == YAML_SCALAR_NODE && !strcmp(mf_text(v), "dhcp")) {
        nif->dhcp = 1;
    } else if (v->type == YAML_SCALAR_NODE && mf_parse_cidr(mf_text(v), &addr, &prefix)) {
        nif->dhcp = 0;
        mf_set_string(&nif->address, mf_text(v));
    } else {
        mf_error(c, mf_pos_of(v), "%s", what);
    }
}

static const struct mf_key netif_keys[] = {
    { "bridge", load_bridge, 0 },
    { "mac", load_mac, 0 },
    { "ipv4", load_ipv4, 0 },
};

static void free_netif(struct mf_netif *nif)
{
    free(nif->bridge);
    free(nif->mac);
    free(nif->address);
    free(nif->gateway);
}

static void add_netif(struct mf_ctx *c, yaml_node_t *v)
{
    struct manifest *m = c->m;
    struct mf_netif nif = { .dhcp = 1, .pos = mf_pos_of(v) };
    int before = c->nerrors;
    if (v->type == YAML_MAPPING_NODE)
        mf_walk(c, v, netif_keys, MF_ARRAY_LEN(netif_keys), &nif);
    else if (!mf_is_null(v))           /* "- " alone: an interface with every default */
        mf_error(c, mf_pos_of(v), "each entry of 'network' must be a mapping (bridge, mac, ipv4)");
    for (size_t i = 0; nif.mac && i < m->nnetwork; i++) {
        if (m->network[i].mac && !strcmp(m->network[i].mac, nif.mac))
            mf_error(c, mf_pos_of(v), "'mac' %s is already used by the interface at line %d",
                     nif.mac, m->network[i].pos.line);
    }
    if (c->nerrors != before) {
        free_netif(&nif);
        return;
    }
    *(struct mf_netif *)mf_push(&m->network, &m->nnetwork, sizeof nif) = nif;
}

void mf_load_network(struct mf_ctx *c, const char *key, yaml_node_t *v, void *obj)
{
    yaml_node_t *item;
    if (mf_is_null(v) || !mf_is_sequence(c, key, v, "a list of interfaces"))
        return;
    MF_FOR_EACH_ITEM(c, v, item)
        add_netif(c, item);
}
