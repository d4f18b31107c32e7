import { dict } from '../lib/i18n';
import { localePath } from '../lib/locale-path';
import { uiLocale } from './_lib/locale';

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
