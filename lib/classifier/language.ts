// The posting's language: Arabic by script; German by its commonest function words.
const GERMAN = /\b(und|der|die|das|wir|für|mit|sie|du|ist|eine?|bei|zu|von|auf|dich|deine?|ihre?|unser(e|en)?)\b/gi;
const ENGLISH = /\b(and|the|we|for|with|you|is|are|our|to|of|in|on|your|will)\b/gi;

/** The share of a text's letters that are Arabic. */
export function arabicShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters ? (text.match(/[\u0600-\u06FF]/g)?.length ?? 0) / letters : 0;
}

/** The posting's language; an Arabic title makes an Arabic posting even over English boilerplate. */
export function detectLanguage(text: string, title = ''): string {
  if (arabicShare(title) > 0.5) return 'ar';
  const sample = text.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const arabic = sample.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  if (letters > 0 && arabic / letters > 0.3) return 'ar';
  const de = sample.match(GERMAN)?.length ?? 0;
  const en = sample.match(ENGLISH)?.length ?? 0;
  return de > en ? 'de' : 'en';
}
