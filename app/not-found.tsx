import Link from 'next/link';
import { dict } from '../lib/i18n';
import { uiLocale } from './_lib/locale';

export default async function NotFound() {
  const t = dict(await uiLocale());
  return (
    <div className="empty">
      <h1>{t.notFound}</h1>
      <p><Link href="/">{t.back}</Link></p>
    </div>
  );
}
