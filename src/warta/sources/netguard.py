"""Which network addresses a fetch may connect to (the SSRF guard), and resolving a host once.

A URL given to warta, or found in a feed or a redirect, must not make warta reach the machine it runs on, its
private network or a cloud metadata service. The check is on the resolved IP addresses of every hop, not the
host name: names can point anywhere, and ``http://2130706433/`` is 127.0.0.1. Addresses that embed an IPv4
address (IPv4-mapped ``::ffff:127.0.0.1``, NAT64 ``64:ff9b::/96``, 6to4 ``2002::/16``, Teredo) are judged by the
embedded address too.

``allow_private=True`` lets loopback and private addresses through (tests, intranet mirrors); cloud metadata
addresses stay refused even then, because nothing warta reads lives there and credentials do.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

# Instance metadata services: AWS/GCP/Azure/OpenStack/DigitalOcean (169.254.169.254), AWS IPv6 (fd00:ec2::254),
# Alibaba (100.100.100.200), Oracle (192.0.0.192), AWS ECS task metadata (169.254.170.2).
METADATA = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200", "192.0.0.192",
))

NAT64 = ipaddress.ip_network("64:ff9b::/96")


class Refused(Exception):
    """A URL or address the guard will not connect to; ``str()`` is the one-line reason."""


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip in NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]  # the client's address; the server's is public by construction
    return None


def _kind(ip: IPAddress) -> str | None:
    """Why an address is not a public unicast one (None when it is)."""
    if ip.is_loopback:
        return "loopback"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip.is_reserved:  # before 'private': Python counts 240.0.0.0/4 as both
        return "reserved"
    if ip.is_private:
        return "private"
    if not ip.is_global:  # shared (100.64.0.0/10), benchmarking and other special-purpose ranges
        return "non-public"
    return None


def refusal(address: str | IPAddress, *, allow_private: bool = False) -> str | None:
    """The reason warta will not connect to ``address``, or None when it may."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return f"'{address}' is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.scope_id:
        return f"{ip} has a zone index (link-local)"
    inner = _embedded_v4(ip) if isinstance(ip, ipaddress.IPv6Address) else None
    if ip in METADATA or inner in METADATA:
        return f"{address} is a cloud metadata address" + (f" ({inner} inside)" if inner in METADATA else "")
    # An address that embeds an IPv4 one is judged by it: that is where the packets really go.
    kind = _kind(inner or ip)
    if kind and not allow_private:
        return f"{address} is a {kind} address" + (f" ({inner} inside)" if inner else "")
    return None


def resolve(host: str, port: int) -> list[str]:
    """The host's addresses, in the system resolver's order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: dict[str, None] = {}
    for _family, _type, _proto, _name, sockaddr in infos:
        seen.setdefault(str(sockaddr[0]), None)
    return list(seen)


def pick(host: str, port: int, *, resolver: Resolver = resolve, allow_private: bool = False) -> str:
    """Resolve ``host`` once and return the address to connect to; raise ``Refused`` if any address is refused.

    Every address is checked, not only the one used: a name that also points inward is not trusted.
    """
    try:
        addresses = [ipaddress.ip_address(host.strip("[]")).compressed]  # a literal needs no lookup
    except ValueError:
        addresses = None
    try:
        addresses = addresses or resolver(host, port)
    except (OSError, UnicodeError) as err:
        raise Refused(f"cannot resolve '{host}': {getattr(err, 'strerror', None) or err}") from None
    if not addresses:
        raise Refused(f"cannot resolve '{host}': no addresses")
    for address in addresses:
        reason = refusal(address, allow_private=allow_private)
        if reason:
            raise Refused(f"refused to connect to '{host}': {reason}")
    return ipaddress.ip_address(addresses[0]).compressed
