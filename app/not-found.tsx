import type { Metadata } from 'next';
import { dict } from '../lib/i18n';
import { localePath } from '../lib/locale-path';
import { uiLocale } from './_lib/locale';

// Its own title: with the layout's default, a tab or bookmark of a 404 read as the job listing.
export async function generateMetadata(): Promise<Metadata> {
  return { title: dict(await uiLocale()).notFoundTitle };
}

export default async function NotFound() {
  const locale = await uiLocale();
  const t = dict(locale);
  return (
    <div className="empty">
      <h1>{t.notFound}</h1>
      <p>
        <a href={localePath(locale, '/')}>{t.back}</a>
      </p>
    </div>
  );
}
