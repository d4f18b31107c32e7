// Figures as a reader sees them on the site's pages, in English or Arabic.

const westernDigits = (text: string) => text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/** The one figure of a text, Arabic-Indic digits read as their values; Arabic writes one and two
 *  jobs in words (وظيفة واحدة، وظيفتان). Throws unless the text holds exactly one figure. */
export function figureIn(text: string): number {
  if (/^وظيفة واحدة/.test(text)) return 1;
  if (/^وظيفتان/.test(text)) return 2;
  const digits = westernDigits(text).match(/\d+/g);
  if (digits?.length !== 1) throw new Error(`expected one figure in "${text}"`);
  return Number(digits[0]);
}

/** The first figure of a text, Arabic-Indic digits read as their values. */
export function firstFigureIn(text: string): number {
  return Number(westernDigits(text).match(/\d+/)![0]);
}
