// A board on a loopback port, reached through the real global fetch. Its names end in `.test`:
// the test's resolver says which address each name has (a "public" one for the board itself),
// and the test's fetch connects every `.test` name to the loopback server, as DNS would.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchLike, Resolver } from '../../scrapers/http';

export type LoopbackBoard = {
  port: number;
  url: (host: string, path: string) => string;
  fetch: FetchLike;
  resolverFor: (addresses: Record<string, string>) => Resolver;
  /** Paths requested, as `host path`. */
  hits: string[];
  close: () => Promise<void>;
};

export async function startLoopbackBoard(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<LoopbackBoard> {
  const hits: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((req, res) => {
    // fetch will not send a Host header of our choosing: the name travels in x-test-host.
    const name = String(req.headers['x-test-host'] ?? req.headers.host ?? '').split(':')[0];
    req.headers.host = name;
    hits.push(`${name} ${req.url}`);
    handler(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    hits,
    url: (host, path) => `http://${host}:${port}${path}`,
    // The board (and `hits`) learn which name was asked for from x-test-host.
    fetch: (url, init) => {
      const u = new URL(url);
      const host = u.host;
      if (u.hostname.endsWith('.test')) u.hostname = '127.0.0.1';
      return fetch(u.href, { ...init, headers: { ...init.headers, 'x-test-host': host } });
    },
    resolverFor: (addresses) => async (name) => {
      const address = addresses[name];
      if (!address) throw Object.assign(new Error(`no such host ${name}`), { code: 'ENOTFOUND' });
      return [{ address, family: address.includes(':') ? 6 : 4 }];
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
