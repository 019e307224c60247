// Which addresses a server-side fetch of an outside URL may connect to (SSRF). Pure, unit-tested.
import net from "node:net";

function list(entries: [string, number, "ipv4" | "ipv6"][]) {
  const blocks = new net.BlockList();
  for (const [address, prefix, type] of entries) blocks.addSubnet(address, prefix, type);
  return blocks;
}

const loopback = list([
  ["127.0.0.0", 8, "ipv4"],
  ["::1", 128, "ipv6"],
]);

/** Everything that is not the public internet: private, loopback, link-local (cloud metadata), CGNAT, multicast, reserved. */
const internal = list([
  ["0.0.0.0", 8, "ipv4"],
  ["10.0.0.0", 8, "ipv4"],
  ["100.64.0.0", 10, "ipv4"],
  ["127.0.0.0", 8, "ipv4"],
  ["169.254.0.0", 16, "ipv4"],
  ["172.16.0.0", 12, "ipv4"],
  ["192.0.0.0", 24, "ipv4"],
  ["192.0.2.0", 24, "ipv4"],
  ["192.168.0.0", 16, "ipv4"],
  ["198.18.0.0", 15, "ipv4"],
  ["198.51.100.0", 24, "ipv4"],
  ["203.0.113.0", 24, "ipv4"],
  ["224.0.0.0", 4, "ipv4"],
  ["240.0.0.0", 4, "ipv4"],
  ["::", 128, "ipv6"],
  ["::1", 128, "ipv6"],
  ["64:ff9b::", 96, "ipv6"], // NAT64 can reach internal IPv4 addresses
  ["100::", 64, "ipv6"],
  ["2001:db8::", 32, "ipv6"],
  ["fc00::", 7, "ipv6"],
  ["fe80::", 10, "ipv6"],
  ["ff00::", 8, "ipv6"],
]);

/** `::ffff:127.0.0.1` and `::ffff:7f00:1` are IPv4 addresses in IPv6 clothing. */
function unmapped(address: string): { address: string; type: "ipv4" | "ipv6" } | null {
  const family = net.isIP(address);
  if (family === 4) return { address, type: "ipv4" };
  if (family !== 6) return null;
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return { address: dotted[1], type: "ipv4" };
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hex) {
    const hi = parseInt(hex[1], 16);
    const lo = parseInt(hex[2], 16);
    return { address: [hi >> 8, hi & 255, lo >> 8, lo & 255].join("."), type: "ipv4" };
  }
  return { address, type: "ipv6" };
}

/**
 * True when a fetch may connect to `address`. Loopback is allowed only with `allowLoopback`
 * (tests and local development); every other internal range never is.
 */
export function isAllowedAddress(address: string, allowLoopback: boolean): boolean {
  const ip = unmapped(address.replace(/^\[|\]$/g, ""));
  if (!ip) return false;
  if (allowLoopback && loopback.check(ip.address, ip.type)) return true;
  return !internal.check(ip.address, ip.type);
}

/**
 * The loopback exception is a development and test setting (OUTBOUND_ALLOW_LOOPBACK=1); a
 * production process ignores it, so a copied .env cannot open the server's own ports to the internet.
 */
export function loopbackAllowedByEnv(env: Record<string, string | undefined> = process.env): boolean {
  return env.OUTBOUND_ALLOW_LOOPBACK === "1" && env.NODE_ENV !== "production";
}
