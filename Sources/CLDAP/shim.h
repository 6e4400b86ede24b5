#ifndef HAKAKSES_CLDAP_SHIM_H
#define HAKAKSES_CLDAP_SHIM_H
// LDAP_DEPRECATED stays 0: the wrapper uses only the current libldap API.
#include <ldap.h>
#include <lber.h>

// Puts liblber's read-ahead layer on a connected handle's socket, under any TLS layer: received bytes are then
// read in 8 KiB blocks instead of two read(2) calls (header, then body) and a poll(2) per message, which is what
// a paged search of 50,000 entries otherwise spends a third of its client time on. Returns 0, or -1 when the handle
// has no socket buffer yet. Call it once per connection, after ldap_connect or StartTLS, with nothing outstanding.
static inline int hakakses_ldap_read_ahead(LDAP *ld) {
    Sockbuf *sb = NULL;
    if (ldap_get_option(ld, LDAP_OPT_SOCKBUF, &sb) != LDAP_OPT_SUCCESS || sb == NULL) return -1;
    return ber_sockbuf_add_io(sb, &ber_sockbuf_io_readahead, LBER_SBIOD_LEVEL_PROVIDER, NULL);
}
#endif
