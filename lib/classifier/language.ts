// The posting's language: Arabic by script; German by its commonest function words.
const GERMAN = /\b(und|der|die|das|wir|für|mit|sie|du|ist|eine?|bei|zu|von|auf|dich|deine?|ihre?|unser(e|en)?)\b/gi;
const ENGLISH = /\b(and|the|we|for|with|you|is|are|our|to|of|in|on|your|will)\b/gi;

// Letters counted by a loop over code units with a per-unit table, not text.match(/\p{L}/gu):
// the match built an array of every letter of the posting, a measurable share of classify time.
const LETTER = /^\p{L}$/u;
const unitIsLetter = new Uint8Array(0x10000); // 0 not seen yet, 1 letter, 2 not
function letterCounts(text: string): { letters: number; arabic: number } {
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      // An astral character is one letter or none, as the regular expression counted it.
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        if (LETTER.test(String.fromCodePoint(cp))) letters++;
        i++;
        continue;
      }
    }
    let c = unitIsLetter[unit]!;
    if (c === 0) c = unitIsLetter[unit] = LETTER.test(String.fromCharCode(unit)) ? 1 : 2;
    if (c === 1) letters++;
    if (unit >= 0x0600 && unit <= 0x06ff) arabic++;
  }
  return { letters, arabic };
}

/** The share of a text's letters that are Arabic. */
export function arabicShare(text: string): number {
  const { letters, arabic } = letterCounts(text);
  return letters ? arabic / letters : 0;
}

/** The posting's language; an Arabic title makes an Arabic posting even over English boilerplate. */
export function detectLanguage(text: string, title = ''): string {
  if (arabicShare(title) > 0.5) return 'ar';
  const sample = text.slice(0, 4000);
  const { letters, arabic } = letterCounts(sample);
  if (letters > 0 && arabic / letters > 0.3) return 'ar';
  const de = sample.match(GERMAN)?.length ?? 0;
  const en = sample.match(ENGLISH)?.length ?? 0;
  return de > en ? 'de' : 'en';
}
