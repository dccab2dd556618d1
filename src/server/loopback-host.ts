// When the server listens on loopback, only accept requests addressed to loopback names. This
// stops DNS rebinding: a web page whose domain resolves to 127.0.0.1 would otherwise be
// "same origin" with the viewer and could read the graph or, with --allow-writes, change it.
// The Host header is parsed whole, never by prefix: `127.evil.com`, `127.0.0.1.evil.com` and
// `[::1]evil.com` are other sites.
import net from 'node:net';

/** True for an address or name that only this machine can reach: localhost, 127.0.0.0/8, ::1. */
export function isLoopbackAddress(host: string): boolean {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (bare.toLowerCase() === 'localhost') return true;
  if (net.isIPv4(bare)) return bare.split('.')[0] === '127';
  // The URL parser writes an IPv6 address in its shortest form: 0:0:0:0:0:0:0:1 is [::1].
  return net.isIPv6(bare) && new URL(`http://[${bare}]/`).hostname === '[::1]';
}

export interface ListeningAddress {
  /** The address the server is bound to, as the socket reports it ("127.0.0.1", "::1"). */
  address: string;
  port: number;
}

/** Host header syntax: a bracketed IPv6 address or a name / IPv4 address, then an optional :port. */
const HOST_HEADER = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/;

/**
 * True when the Host header names this server: `localhost`, `127.0.0.1`, `[::1]` or the address
 * it is bound to, with no port or with the port it listens on.
 */
export function isAcceptedHostHeader(hostHeader: string | undefined, listening: ListeningAddress): boolean {
  if (!hostHeader) return false;
  const match = HOST_HEADER.exec(hostHeader);
  if (!match) return false;
  const [, name, port] = match;
  if (port !== undefined && Number(port) !== listening.port) return false;
  return acceptedNames(listening.address).has(name.toLowerCase());
}

function acceptedNames(boundAddress: string): Set<string> {
  const bound = net.isIPv6(boundAddress) ? `[${boundAddress.toLowerCase()}]` : boundAddress.toLowerCase();
  return new Set(['localhost', '127.0.0.1', '[::1]', bound]);
}
