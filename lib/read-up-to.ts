// A body read chunk by chunk with a cap: a sender that declares no size (chunked) or lies about it
// is stopped at the cap, not read whole. Shared by the scrapers (a board's response) and the alert
// forms (a visitor's post).

/**
 * The chunks of `reader`, or undefined as soon as more than `limit` bytes have arrived; the caller
 * then cancels the reader. `read` reads one chunk: a caller may race it against a deadline.
 */
export async function readUpTo<T extends Uint8Array>(
  reader: ReadableStreamDefaultReader<T>,
  limit: number,
  read: () => Promise<ReadableStreamReadResult<T>> = () => reader.read(),
): Promise<T[] | undefined> {
  const chunks: T[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await read();
    if (done) return chunks;
    size += value.byteLength;
    if (size > limit) return undefined;
    chunks.push(value);
  }
}
