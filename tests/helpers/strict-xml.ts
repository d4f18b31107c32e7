import { SaxesParser } from 'saxes';

/** Well-formedness errors by a strict XML 1.0 parser with namespaces (empty when the XML is fine). */
export function strictXmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}
