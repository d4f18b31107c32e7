// Route handlers in Next see headers, never the socket, and Next fills X-Forwarded-For from the
// socket only when the client did not send one (so a client can forge it). Sign-up limits need
// the real peer: this stamps every incoming request with it under a header the client cannot
// set (any value it sends is overwritten). Installed once from instrumentation.ts.
import http from 'node:http';

export const PEER_HEADER = 'x-raqmi-peer';

let installed = false;

export function installPeerHeader(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  // Patched on the prototype: Next's server already exists when instrumentation runs.
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? 'unknown';
    }
    return (emit as (this: http.Server, e: string | symbol, ...a: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;
}
