/* auth.c: see auth.h. */
#include "auth.h"

#include <string.h>
#include <strings.h>

bool agent_token_equal(const char *a, size_t alen, const char *b, size_t blen)
{
    /* Walk b's length whatever a is; bytes of a past its end read as 0 (and the lengths
     * differing is itself a difference). volatile keeps the compiler from shortcutting. */
    volatile unsigned char diff = (unsigned char)((alen != blen) ? 1 : 0);
    for (size_t i = 0; i < blen; i++) {
        unsigned char x = i < alen ? (unsigned char)a[i] : 0;
        diff |= x ^ (unsigned char)b[i];
    }
    return diff == 0;
}

bool agent_authorized(const char *header, char *const *tokens, size_t n)
{
    static const char prefix[] = "Bearer ";
    if (!header || strncasecmp(header, prefix, sizeof prefix - 1))
        return false;
    const char *t = header + sizeof prefix - 1;
    size_t tlen = strlen(t);
    bool ok = false;
    for (size_t i = 0; i < n; i++)
        ok |= agent_token_equal(t, tlen, tokens[i], strlen(tokens[i]));
    return ok;
}
