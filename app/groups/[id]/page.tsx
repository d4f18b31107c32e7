// /groups/<id> (and /ar/groups/<id>): where a feed item's id leads. RSS guid, Atom id and JSON Feed
// id are `<public origin>/groups/<group id>`, which never changes as copies join, so readers key on
// it; it looks like a link, and people follow it. It sends them, with a permanent redirect, to the
// page of the job the group stands for (its representative copy, which may change), in the
// address's language; an unknown group gets the site's not-found page.
import { notFound, permanentRedirect } from 'next/navigation';
import { getDb } from '../../../db/queries/connection';
import { representativeOfGroup } from '../../../db/queries/groups-read';
import { localePath } from '../../../lib/locale-path';
import { uiLocale } from '../../_lib/locale';

type Props = { params: Promise<{ id: string }> };

export default async function GroupPage({ params }: Props) {
  const { id } = await params;
  const posting = representativeOfGroup(getDb(), id);
  if (!posting) notFound();
  permanentRedirect(localePath(await uiLocale(), `/jobs/${posting}`));
}
