// The excerpt a search result card shows under its title. Regression: it was cut at fixed
// character offsets, so it began and ended in the middle of words ("…rketing manager to o…").
import { describe, expect, it } from 'vitest';
import { snippet } from '../../app/_components/highlighted';
import { queryTerms } from '../../lib/search';

const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

/** The excerpt without its ellipses, and whether each of its ends is a whole word of `text`. */
function ends(text: string, excerpt: string) {
  const inner = excerpt.replace(/^…/, '').replace(/…$/, '');
  const at = text.indexOf(inner);
  const boundary = (i: number) => i <= 0 || i >= text.length || /\s/.test(text[i - 1]!) || /\s/.test(text[i]!);
  return { inner, found: at >= 0, startsWhole: boundary(at), endsWhole: boundary(at + inner.length) };
}

describe('snippet', () => {
  it('starts and ends on whole words around a match deep in the text', () => {
    const text = `${words(40, 'alpha')} marketing ${words(60, 'omega')}`;
    const excerpt = snippet(text, queryTerms('marketing'));
    const e = ends(text, excerpt);
    expect(e.found).toBe(true);
    expect(e.inner).toContain('marketing');
    expect(e.startsWhole).toBe(true);
    expect(e.endsWhole).toBe(true);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(e.inner.length).toBeLessThanOrEqual(220);
  });

  it('does the same for Arabic text', () => {
    const text = `${Array.from({ length: 40 }, () => 'الشركة').join(' ')} تسويق ${Array.from({ length: 60 }, () => 'المحتوى').join(' ')}`;
    const e = ends(text, snippet(text, queryTerms('تسويق')));
    expect(e.inner).toContain('تسويق');
    expect(e.startsWhole && e.endsWhole).toBe(true);
  });

  it('shows a short text whole, without ellipses', () => {
    expect(snippet('Remote SEO lead for a small shop', queryTerms('seo'))).toBe('Remote SEO lead for a small shop');
  });

  it('shows the opening of a text that is one word longer than the excerpt (a pasted URL)', () => {
    const url = `https://example.com/${'a'.repeat(400)}`;
    const excerpt = snippet(url, queryTerms('marketing'));
    expect(excerpt).toBe(`${url.slice(0, 220)}…`);
  });

  it('shows the match whole when the words before it are too long to keep', () => {
    expect(snippet(`intro ${'x'.repeat(400)} marketing`, queryTerms('marketing'))).toBe('…marketing');
  });
});
