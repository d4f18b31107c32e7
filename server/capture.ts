// Captures what Next writes to a Node response instead of sending it, so the server can rewrite
// the page (no scripts), add validators and keep a copy. Next writes through writeHead / setHeader
// / write / end; the originals are restored before the real response goes out.
import type { ServerResponse } from 'node:http';

export type Captured = { status: number; headers: Record<string, string>; body: Buffer };

type Patched = Pick<ServerResponse, 'writeHead' | 'write' | 'end' | 'flushHeaders'>;

export function captureResponse(res: ServerResponse): Promise<Captured> {
  const chunks: Buffer[] = [];
  const original: Patched = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  const push = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array),
    );
  };
  return new Promise((resolve) => {
    const patch = res as unknown as Record<keyof Patched, unknown>;
    patch.writeHead = (status: number, ...rest: unknown[]) => {
      res.statusCode = status;
      const headers = rest.find((r) => r && typeof r === 'object');
      if (Array.isArray(headers))
        for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
      else if (headers) for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v as string);
      return res;
    };
    patch.flushHeaders = () => undefined;
    patch.write = (chunk: unknown, encoding?: unknown, cb?: unknown) => {
      push(chunk, encoding);
      const done = [encoding, cb].find((f) => typeof f === 'function') as (() => void) | undefined;
      done?.();
      return true;
    };
    patch.end = (chunk?: unknown, encoding?: unknown, cb?: unknown) => {
      push(chunk, encoding);
      Object.assign(res, original);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.getHeaders())) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : String(v);
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      resolve({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
      const done = [chunk, encoding, cb].find((f) => typeof f === 'function') as (() => void) | undefined;
      done?.();
      return res;
    };
  });
}
