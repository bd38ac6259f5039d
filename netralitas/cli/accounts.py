"""Commands for who may see what: ``users`` (accounts and the OIDC role table) and ``audit``."""

from __future__ import annotations

import argparse
import sys

from netralitas.cli.command import Subcommands


def add_users(sub: Subcommands) -> None:
    s = sub.add_parser("users", help="local accounts and the OIDC role table")
    s.add_argument("action", choices=["add", "remove", "list", "set", "unlock"], help="set: new role/scope")
    s.add_argument("name", nargs="?", help="user name, or e-mail / group:NAME with --oidc")
    s.add_argument("--role", choices=["komisi", "provinsi", "admin"])
    s.add_argument("--scope", help="region code: a province for provinsi, province or regency/city for komisi")
    s.add_argument("--oidc", action="store_true", help="map an OIDC e-mail or group:NAME instead of a password")
    s.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    s.set_defaults(func=_cmd_users)


def _cmd_users(args: argparse.Namespace) -> int:
    import getpass

    from netralitas.access import audit, auth

    if args.action == "list":
        for acc in auth.accounts():
            print(f"{acc.name:32} {acc.role:9} {acc.scope or '-':6} {acc.kind:6} {acc.created}")
        return 0
    if not args.name:
        raise ValueError("nama wajib / a name is required")
    if args.action == "remove":
        ended = auth.remove(args.name)
        audit.record("user_removed", who="cli", user=args.name, sessions_ended=ended)
        print(f"{args.name}: dihapus / removed ({ended} sesi diakhiri / sessions ended)")
        return 0
    if args.action == "unlock":
        from netralitas.access import sessions

        was_locked = sessions.unlock(args.name)
        audit.record("account_unlocked", who="cli", user=args.name, was_locked=was_locked)
        state = "dibuka / unlocked" if was_locked else "tidak terkunci / was not locked"
        print(f"{args.name}: {state}")
        return 0
    if args.action == "set":
        acc = auth.change(args.name, args.role, args.scope)
        audit.record("user_changed", who="cli", user=acc.name, role=acc.role, scope=acc.scope)
        print(f"{acc.name}: {acc.role} {acc.scope or ''} (sesi lama diakhiri / old sessions ended)")
        return 0
    password = None
    if not args.oidc:
        password = (
            sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Kata sandi / Password: ")
        )
    acc = auth.add(args.name, args.role or "", args.scope or "", password, oidc=args.oidc)
    audit.record("user_added", who="cli", user=acc.name, role=acc.role, scope=acc.scope, kind=acc.kind)
    print(f"{acc.name}: {acc.role} {acc.scope or ''} ({acc.kind}) ditambahkan / added")
    return 0


def add_audit(sub: Subcommands) -> None:
    s = sub.add_parser("audit", help="print the audit log (newest first) as CSV")
    s.add_argument("--limit", type=int, default=1000)
    s.set_defaults(func=_cmd_audit)


def _cmd_audit(args: argparse.Namespace) -> int:
    from netralitas import exports
    from netralitas.access import audit

    frame = audit.read(limit=args.limit)
    # Formula-escaped like every download: a user name typed as "=HYPERLINK(...)" stays text.
    sys.stdout.write(exports.to_csv(frame).decode("utf-8-sig"))
    return 0
