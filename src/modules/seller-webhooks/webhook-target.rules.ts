/**
 * Which addresses a seller's webhook may reach (pure: no I/O). A webhook is a request our servers
 * send to an address the seller chooses, so private, loopback, link-local and other non-public
 * ranges are refused (they would reach our own network: metadata services, databases, admin
 * ports). Checked at registration on literal addresses and local names, and again at connect time
 * on every address a name resolves to (so a DNS answer changed after registration is caught).
 * Private deployments allow-list hosts or ranges (WEBHOOK_ALLOW_PRIVATE_HOSTS).
 */
import { BlockList, isIP } from 'node:net';

const NON_PUBLIC_V4: Array<[string, number]> = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
];
const NON_PUBLIC_V6: Array<[string, number]> = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
  ['2001:db8::', 32], // documentation
  ['100::', 64], // discard
];

const NON_PUBLIC = new BlockList();
for (const [net, prefix] of NON_PUBLIC_V4) NON_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of NON_PUBLIC_V6) NON_PUBLIC.addSubnet(net, prefix, 'ipv6');

/** Hosts and ranges a private deployment allows webhooks to reach. */
export type TargetAllowList = {
  readonly hosts: ReadonlySet<string>;
  readonly ranges: BlockList;
  readonly size: number;
};

export const NO_PRIVATE_TARGETS: TargetAllowList = { hosts: new Set(), ranges: new BlockList(), size: 0 };

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::) IPv6 address. */
function embeddedV4(ip: string): string | null {
  const lower = ip.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const hi = Number.parseInt(hex[1]!, 16);
  const lo = Number.parseInt(hex[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Strip the brackets of a URL's IPv6 host and a trailing dot; lower case. */
export function normaliseHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

function matches(list: BlockList, ip: string): boolean {
  const family = isIP(ip);
  if (family === 0) return false;
  const v4 = family === 6 ? embeddedV4(ip) : null;
  if (v4) return list.check(v4, 'ipv4');
  return list.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

/** A routable public address (anything else, including a non-address, is not). */
export function isPublicAddress(ip: string): boolean {
  return isIP(ip) !== 0 && !matches(NON_PUBLIC, ip);
}

/** May a webhook connect to this address: public, or in the allow-list's ranges. */
export function isAddressAllowed(ip: string, allow: TargetAllowList): boolean {
  return isPublicAddress(ip) || matches(allow.ranges, ip);
}

/** Is this host name (as written in the URL) allow-listed by name or as a literal address. */
export function isHostAllowListed(host: string, allow: TargetAllowList): boolean {
  const h = normaliseHost(host);
  return allow.hosts.has(h) || (isIP(h) !== 0 && matches(allow.ranges, h));
}

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*$/;

/**
 * Parse a comma-separated list of host names, addresses and CIDR ranges (`10.0.0.0/8`, `fd00::/8`,
 * `hooks.internal`, `127.0.0.1`). Throws on an entry that is none of these.
 */
export function parseTargetAllowList(text: string): TargetAllowList {
  const hosts = new Set<string>();
  const ranges = new BlockList();
  let size = 0;
  for (const raw of text.split(',')) {
    const entry = normaliseHost(raw);
    if (!entry) continue;
    size++;
    const slash = entry.indexOf('/');
    const address = slash < 0 ? entry : entry.slice(0, slash);
    const family = isIP(address);
    if (family !== 0) {
      const max = family === 4 ? 32 : 128;
      const prefix =
        slash < 0 ? max : /^\d{1,3}$/.test(entry.slice(slash + 1)) ? Number(entry.slice(slash + 1)) : -1;
      if (prefix < 0 || prefix > max) throw new Error(`${raw.trim()}: not a valid address range`);
      ranges.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
      continue;
    }
    if (slash >= 0 || !HOST_NAME.test(entry))
      throw new Error(`${raw.trim()}: not a host name, address or range`);
    hosts.add(entry);
  }
  return { hosts, ranges, size };
}

const isLocalName = (h: string) =>
  h === 'localhost' || h.endsWith('.localhost') || h === 'localhost.localdomain';

/**
 * Why a webhook URL's host is refused at registration (a literal non-public address, or a name
 * that always means this machine), or null. Other names are checked when they are resolved.
 */
export function targetHostRefusal(host: string, allow: TargetAllowList): string | null {
  const h = normaliseHost(host);
  if (isHostAllowListed(h, allow)) return null;
  if ((isIP(h) !== 0 && !isPublicAddress(h)) || isLocalName(h))
    return 'must not point to a private, loopback or link-local address';
  return null;
}
