/* app_sha256.h — SHA-256 (FIPS 180-4), for the manifests of shared packs (app_pack.c): each
 * file's digest is checked before a pack is installed. Written from the standard, no library.
 */
#ifndef VIGIE_APP_SHA256_H
#define VIGIE_APP_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define APP_SHA256_SIZE 32

typedef struct {
    uint32_t h[8];
    uint64_t bytes; /* hashed so far */
    unsigned char block[64];
    size_t nblock; /* bytes waiting in block */
} app_sha256;

void app_sha256_init(app_sha256 *s);
void app_sha256_update(app_sha256 *s, const void *data, size_t n);
/* The digest of everything updated; s must be initialised again before another use. */
void app_sha256_final(app_sha256 *s, unsigned char out[APP_SHA256_SIZE]);
/* A digest as 64 lower-case hex digits and a NUL. */
void app_sha256_hex(const unsigned char d[APP_SHA256_SIZE], char hex[2 * APP_SHA256_SIZE + 1]);

#endif
