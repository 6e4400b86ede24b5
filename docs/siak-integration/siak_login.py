#!/usr/bin/env python3
"""Reference login check of a SIAK server against the hak-akses directory, with Python's ldap3.

How a SIAK server should check an operator's login (docs/siak-integration.md):
  1. bind as the SIAK servers' service account (cn=siak-server,ou=services,BASE) and search the operator by uid
     under ou=operators: exactly one entry, or no login. An operator whose handed-over password was not changed yet
     (pwdReset) and a revoked one (locked, out of every group) are not found or not in a group;
  2. bind as the DN found, with the typed password, on a new connection: wrong password, locked account: no login;
  3. authorize by role from the service account's search: memberOf (served by dynlist to searches, never to an
     LDAP compare) or the group's `member` attribute. Both are checked here.

Exit status: 0 login accepted (prints the roles), 1 refused (prints why), 2 usage or connection error.
"""
import argparse
import sys

from ldap3 import BASE, SUBTREE, Connection, Server
from ldap3.core.exceptions import LDAPException
from ldap3.utils.conv import escape_filter_chars


def refuse(reason):
    print(f"refused: {reason}")
    return 1


def check(args):
    service_password = open(args.service_password_file).read().strip()
    password = open(args.password_file).read().rstrip("\n")
    if not password:
        return refuse("empty password")  # an empty password would be an unauthenticated bind: never accept it
    server = Server(args.uri, connect_timeout=5)
    service = Connection(server, user=args.service_dn, password=service_password, receive_timeout=10)
    if not service.bind():
        print(f"error: the service account cannot bind: {service.result}", file=sys.stderr)
        return 2
    operators = f"ou=operators,{args.base}"
    service.search(operators, f"(&(objectClass=siakAccount)(uid={escape_filter_chars(args.username)}))",
                   search_scope=SUBTREE, attributes=["memberOf"])
    if len(service.entries) != 1:
        return refuse("no such operator, or the password handed over was never changed")
    entry = service.entries[0]
    dn = entry.entry_dn
    user = Connection(server, user=dn, password=password, receive_timeout=10)
    if not user.bind():
        return refuse(f"wrong password or locked account ({user.result.get('description')})")
    user.unbind()
    groups = f"ou=siak,ou=groups,{args.base}"
    roles = sorted(value.split(",")[0].split("=", 1)[1] for value in entry.memberOf.values
                   if value.lower().endswith("," + groups.lower()))
    if not roles:
        return refuse("the operator holds no SIAK role")
    if args.role:
        if args.role not in roles:
            return refuse(f"not a member of {args.role} (memberOf: {', '.join(roles)})")
        service.search(f"cn={args.role},{groups}", f"(member={escape_filter_chars(dn)})", search_scope=BASE,
                       attributes=["cn"])
        if len(service.entries) != 1:
            return refuse(f"the group {args.role} does not list the operator")
    service.unbind()
    print("accepted: " + " ".join(roles))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uri", required=True, help="ldap://consumer.example:389 (use ldaps:// or StartTLS beyond the host)")
    parser.add_argument("--base", required=True, help="the directory's base DN, e.g. dc=mojokertokota,dc=go,dc=id")
    parser.add_argument("--service-dn", required=True)
    parser.add_argument("--service-password-file", required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--password-file", required=True)
    parser.add_argument("--role", help="require this SIAK role: administrator, verifikator or operator")
    args = parser.parse_args()
    try:
        return check(args)
    except (LDAPException, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
