/* auth.h: bearer tokens. The comparison takes the same time whatever the presented token is
 * and whichever configured token (if any) it matches, so timing reveals nothing. */
#ifndef SD_AGENT_AUTH_H
#define SD_AGENT_AUTH_H
#include <stdbool.h>
#include <stddef.h>

/* a (length alen) equals b (length blen); the time depends only on blen. */
bool agent_token_equal(const char *a, size_t alen, const char *b, size_t blen);
/* header: the Authorization header's value (NULL if absent). True when it is
 * "Bearer TOKEN" with TOKEN one of tokens[0..n). Every token is compared, no early exit. */
bool agent_authorized(const char *header, char *const *tokens, size_t n);

#endif
