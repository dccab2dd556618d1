// When the server listens on loopback, only accept requests addressed to loopback names. This
// stops DNS rebinding: a web page whose domain resolves to 127.0.0.1 would otherwise be
// "same origin" with the viewer and could read the graph or, with --allow-writes, change it.
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackAddress(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || host.startsWith('127.');
}

/** True when the Host header names this loopback server (any port check is left to the socket). */
export function isAcceptedHostHeader(hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  const name = hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.split(':')[0];
  return isLoopbackAddress(name.toLowerCase());
}
