/* digest.c: see digest.h. OpenSSL's EVP, like builder/image_sd.c, so one library hashes. */
#define _GNU_SOURCE
#include "digest.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct sd_sha256 {
    EVP_MD_CTX *md;
};

sd_sha256 *sd_sha256_new(void)
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    if (!md)
        return NULL;
    if (EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1) {
        EVP_MD_CTX_free(md);
        return NULL;
    }
    /* The struct is the context pointer itself: nothing else to keep. */
    return (sd_sha256 *)md;
}

void sd_sha256_update(sd_sha256 *h, const void *data, size_t len)
{
    EVP_DigestUpdate((EVP_MD_CTX *)h, data, len);
}

void sd_sha256_final(sd_sha256 *h, char hex[65])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_DigestFinal_ex((EVP_MD_CTX *)h, md, &n);
    for (unsigned i = 0; i < 32; i++)
        snprintf(hex + 2 * i, 3, "%02x", md[i]);
    EVP_MD_CTX_free((EVP_MD_CTX *)h);
}

void sd_sha256_abort(sd_sha256 *h)
{
    EVP_MD_CTX_free((EVP_MD_CTX *)h);
}

int sd_sha256_file(const char *path, char hex[65])
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    sd_sha256 *h = sd_sha256_new();
    if (!h) {
        close(fd);
        errno = ENOMEM;
        return -1;
    }
    char buf[65536];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) != 0) {
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int e = errno;
            sd_sha256_abort(h);
            close(fd);
            errno = e;
            return -1;
        }
        sd_sha256_update(h, buf, (size_t)n);
    }
    close(fd);
    sd_sha256_final(h, hex);
    return 0;
}

bool sd_is_sha256_hex(const char *s)
{
    size_t i;
    for (i = 0; s[i]; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return false;
    return i == 64;
}
