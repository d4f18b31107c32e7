// The alert forms' bodies: a few short fields (an address, a frequency, the view's filters, whose
// search text is cut at 200 characters), so 16 KB is far more than any of them sends. A larger
// body is not read at all, and the route says the form was too large: before, it was refused as
// a bad address or a missing choice, neither of which had been looked at.
import { readUpTo } from '../../lib/read-up-to';

/** The most a form body may hold, in bytes. */
export const FORM_LIMIT_BYTES = 16_384;

/** Form fields; null when the body is not a form, 'too-large' past FORM_LIMIT_BYTES. */
export async function readForm(request: Request): Promise<URLSearchParams | null | 'too-large'> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return null;
  if (Number(request.headers.get('content-length') ?? 0) > FORM_LIMIT_BYTES) return 'too-large';
  // Counted as the bytes arrive: a body sent without Content-Length declares no size.
  const reader = request.body?.getReader();
  const chunks = reader ? await readUpTo(reader, FORM_LIMIT_BYTES) : [];
  if (!chunks) {
    await reader?.cancel().catch(() => undefined);
    return 'too-large';
  }
  try {
    // Parsed by the platform, as request.formData() would, from the bytes already counted.
    const form = await new Response(new Blob(chunks), { headers: { 'content-type': type } }).formData();
    const params = new URLSearchParams();
    for (const [key, value] of form) if (typeof value === 'string') params.append(key, value);
    return params;
  } catch {
    return null;
  }
}
