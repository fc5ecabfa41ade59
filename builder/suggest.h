/* suggest.h: "did you mean" for misspelt words (manifest keys and values, subcommands). */
#ifndef SD_BUILDER_SUGGEST_H
#define SD_BUILDER_SUGGEST_H
#include <stddef.h>

/* Edit distance between a and b, counting insertions, deletions, substitutions and swaps of
 * two neighbouring characters as one each (optimal string alignment). Case-sensitive. Strings
 * longer than 63 bytes compare as far apart (returns 64). */
int suggest_distance(const char *a, const char *b);

/* The choice closest to word, or NULL when none is close enough to be a likely typo (distance
 * at most 2, and less than half of word's length). Ties go to the earlier choice. */
const char *suggest_closest(const char *word, const char *const *choices, size_t n);

#endif
