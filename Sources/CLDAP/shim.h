#ifndef HAKAKSES_CLDAP_SHIM_H
#define HAKAKSES_CLDAP_SHIM_H
// LDAP_DEPRECATED stays 0: the wrapper uses only the current libldap API.
#include <ldap.h>
#include <lber.h>
#endif
