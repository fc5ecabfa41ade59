/* manifest_values.c: the syntax of single manifest values (names, sizes, addresses). Pure
 * functions on strings: no YAML, no positions, no messages (manifest_schema.c words those). */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "manifest_internal.h"

/* A DNS label, lowercase: the domain's name is also its host name. */
int mf_valid_name(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 63 || s[0] == '-' || s[n - 1] == '-')
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!(islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '-'))
            return 0;
    return 1;
}

static int java_ident_start(unsigned char ch)
{
    return isalpha(ch) || ch == '_' || ch == '$' || ch >= 0x80;   /* non-ASCII: UTF-8 letters */
}

/* A binary class name with dots: identifiers separated by single dots. */
int mf_valid_class_name(const char *s)
{
    int at_start = 1;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '.') {
            if (at_start)
                return 0;
            at_start = 1;
        } else if (at_start) {
            if (!java_ident_start(*p))
                return 0;
            at_start = 0;
        } else if (!java_ident_start(*p) && !isdigit(*p)) {
            return 0;
        }
    }
    return !at_start;
}

/* Decimal digits only (no sign, no spaces, no leading '+'), fits in unsigned long. */
int mf_parse_uint(const char *s, unsigned long *out)
{
    if (!isdigit((unsigned char)s[0]))
        return 0;
    for (const char *p = s; *p; p++)
        if (!isdigit((unsigned char)*p))
            return 0;
    errno = 0;
    unsigned long v = strtoul(s, NULL, 10);
    if (errno == ERANGE)
        return 0;
    *out = v;
    return 1;
}

/* -Xmx syntax: digits and an optional k, m or g (either case). *bytes gets the value. */
int mf_parse_size(const char *s, unsigned long long *bytes)
{
    size_t n = strlen(s);
    unsigned long long mult = 1;
    if (n == 0 || n > 20)
        return 0;
    switch (tolower((unsigned char)s[n - 1])) {
    case 'k': mult = 1ull << 10; n--; break;
    case 'm': mult = 1ull << 20; n--; break;
    case 'g': mult = 1ull << 30; n--; break;
    default: break;
    }
    if (n == 0)
        return 0;
    unsigned long long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return 0;
        v = v * 10 + (unsigned)(s[i] - '0');
        if (v > (1ull << 40))          /* a terabyte of anything is a typo */
            return 0;
    }
    *bytes = v * mult;
    return 1;
}

/* "00:16:3e:0a:0b:0c": six pairs of hex digits. MF_MAC_MULTICAST for a group address. */
int mf_check_mac(const char *s)
{
    if (strlen(s) != 17)
        return MF_MAC_BAD;
    for (int i = 0; i < 17; i++) {
        if (i % 3 == 2 ? s[i] != ':' : !isxdigit((unsigned char)s[i]))
            return MF_MAC_BAD;
    }
    unsigned first = (unsigned)strtoul(s, NULL, 16);
    return (first & 1) ? MF_MAC_MULTICAST : MF_MAC_OK;
}

/* Dotted quad (inet_pton's strict form). *addr in host byte order. */
int mf_parse_ipv4(const char *s, uint32_t *addr)
{
    struct in_addr a;
    if (inet_pton(AF_INET, s, &a) != 1)
        return 0;
    *addr = ntohl(a.s_addr);
    return 1;
}

/* "10.0.0.2/24": an address and a prefix length 1..32. */
int mf_parse_cidr(const char *s, uint32_t *addr, unsigned *prefix)
{
    const char *slash = strchr(s, '/');
    char buf[16];
    unsigned long len;
    if (!slash || (size_t)(slash - s) >= sizeof buf)
        return 0;
    memcpy(buf, s, (size_t)(slash - s));
    buf[slash - s] = 0;
    if (!mf_parse_ipv4(buf, addr) || !mf_parse_uint(slash + 1, &len) || len < 1 || len > 32
        || strlen(slash + 1) > 2)
        return 0;
    *prefix = (unsigned)len;
    return 1;
}

/* A Linux interface name, as xl's bridge= takes it: 1..15 of [A-Za-z0-9_.-]. */
int mf_valid_ifname(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 15)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && !strchr("_.-", s[i]))
            return 0;
    return 1;
}

/* POSIX portable environment variable names. */
int mf_valid_env_name(const char *s)
{
    if (!isalpha((unsigned char)s[0]) && s[0] != '_')
        return 0;
    for (const char *p = s; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '_')
            return 0;
    return 1;
}

/* An absolute path in the image with no empty, "." or ".." components ("/app/x.txt"). */
int mf_valid_image_path(const char *s)
{
    if (s[0] != '/' || s[1] == 0)
        return 0;
    for (const char *p = s; *p;) {
        const char *comp = p + 1, *end = strchr(comp, '/');
        size_t len = end ? (size_t)(end - comp) : strlen(comp);
        if (len == 0)                  /* "//" or a trailing '/' */
            return 0;
        if ((len == 1 && comp[0] == '.') || (len == 2 && comp[0] == '.' && comp[1] == '.'))
            return 0;
        if (!end)
            break;
        p = end;
    }
    return 1;
}

/* Does image path s lie in directory dir ("/classlib" holds "/classlib" and "/classlib/x")? */
int mf_path_under(const char *s, const char *dir)
{
    size_t n = strlen(dir);
    return strncmp(s, dir, n) == 0 && (s[n] == 0 || s[n] == '/');
}
