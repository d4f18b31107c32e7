// The in-process full-response cache: rendered GET responses keyed by URL, data version and UTC
// hour (all a body depends on), bounded in bytes, each stored once as identity and once gzipped.
import { gzipSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';

export type StoredResponse = {
  status: number;
  headers: Record<string, string>;
  etag: string;
  lastModified: number | null;
  identity: Buffer;
  gzip: Buffer;
};

const MAX_BYTES = 64 * 1024 * 1024;

export function createPageCache(maxBytes = MAX_BYTES) {
  const lru = new LRUCache<string, StoredResponse>({
    maxSize: maxBytes,
    sizeCalculation: (r) => r.identity.length + r.gzip.length + 512,
  });
  return {
    get: (key: string) => lru.get(key),
    set: (key: string, r: StoredResponse) => {
      if (r.identity.length + r.gzip.length < maxBytes / 8) lru.set(key, r);
    },
    get size() {
      return lru.calculatedSize;
    },
  };
}

export type PageCache = ReturnType<typeof createPageCache>;

/** Gzip once, at store time; small bodies are not worth it. */
export function gzipBody(body: Buffer): Buffer {
  return body.length < 1024 ? Buffer.alloc(0) : gzipSync(body, { level: 6 });
}
