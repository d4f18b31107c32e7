// A board's response body is capped: one that declares no size (chunked) or more than the cap is
// refused as too large, and its stream is cancelled rather than read to the end.
import { describe, expect, it } from 'vitest';
import { readCapped } from '../../scrapers/http-body';

/** A chunked body of `chunks` pieces of `size` bytes, counting how many were pulled. */
function body(chunks: number, size: number) {
  const pulled = { count: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close();
      pulled.count++;
      controller.enqueue(new TextEncoder().encode('x'.repeat(size)));
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  return { res: new Response(stream), pulled };
}

describe('readCapped', () => {
  it('reads a body within the cap whole', async () => {
    const { res } = body(4, 100);
    expect(await readCapped(res, 1000, 'https://board.example/jobs', new AbortController().signal)).toBe('x'.repeat(400));
  });

  it('refuses a chunked body past the cap as too large, and stops reading it', async () => {
    const { res, pulled } = body(1000, 100);
    await expect(readCapped(res, 1000, 'https://board.example/jobs', new AbortController().signal)).rejects.toMatchObject({
      code: 'too-large',
    });
    expect(pulled.count).toBeLessThan(20);
    expect(pulled.cancelled).toBe(true);
  });

  it('refuses a declared length past the cap without reading', async () => {
    const res = new Response('x'.repeat(10), { headers: { 'content-length': '5000' } });
    await expect(readCapped(res, 1000, 'https://board.example/jobs', new AbortController().signal)).rejects.toMatchObject({
      code: 'too-large',
    });
  });
});
