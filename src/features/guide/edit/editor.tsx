import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../platform/db/schema.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { FormValues } from '../../../platform/http/forms.ts';
import { noticeOf } from '../../../platform/http/guards.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { entryPath } from '../common/paths.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import { isStale } from '../model/entries.rules.ts';
import type { EntryType } from '../model/guide.model.ts';
import { changesOf } from '../model/history.repository.ts';
import type { EditSubject } from './access.ts';
import { editPage } from './edit-page.views.tsx';
import { labelsOf } from './labels.ts';
import { organizationKind } from './organization-editor.tsx';
import { locationKind } from './place-editor.tsx';
import { serviceKind } from './service-editor.tsx';
import type { KindOf } from './kind.ts';

const kinds: Record<EntryType, KindOf> = { organization: organizationKind, location: locationKind, service: serviceKind };
const scopeKey = { organization: 'organizationIds', location: 'locationIds', service: 'serviceIds' } as const;
const notices = ['opgeslagen', 'nagekeken', 'tijden', 'contactpersoon', 'verwijderd'];

interface Editor {
  values: FormValues;
  /** The page with the entry's form and the form of its parts, each in the state given. */
  page(main: FormState, part: FormState): (ctx: PageContext) => Page;
}

/** The one edit page of every kind of entry: its form, its parts, verification and history. */
async function entryEditor(db: Db, now: Date, request: FastifyRequest, subject: EditSubject): Promise<Editor> {
  const { district, type, id } = subject;
  const data = id === null ? null : await loadDataset(db, { districtId: district.id, [scopeKey[type]]: [id] });
  const kind = await kinds[type](db, request, subject, data);
  const notice = noticeOf(request, 'guide.notice', notices);
  const frame = {
    district,
    type,
    id,
    name: kind.entry?.name ?? '',
    verifiedAt: kind.entry?.lastVerifiedAt ?? null,
    stale: kind.entry ? isStale(kind.entry, now) : false,
    history: id === null ? [] : await changesOf(db, [id]),
    ...(notice === undefined ? {} : { notice }),
  };
  const labels = labelsOf(request.t, kind.labels);
  return {
    values: kind.values,
    page: (main, part) => (ctx) =>
      editPage(ctx, frame, main, labels, kind.fields(ctx, main, labels), id === null ? '' : kind.parts(ctx, part)),
  };
}

/** An entry with its edit page, loaded when asked. */
export type Editing = EditSubject & { editor(): Promise<Editor> };

/** The address of an entry's edit page, with the notice of what just happened. */
export const editedPath = (subject: EditSubject, id: string, notice: string) =>
  `${entryPath(subject.district, subject.type, id)}/bewerken?melding=${notice}`;

/** Loads the edit page only when it is shown: a form that is saved goes straight on. */
export function withEditor<T extends EditSubject>(deps: AppDeps, request: FastifyRequest, subject: T): T & Pick<Editing, 'editor'> {
  let editor: Promise<Editor> | undefined;
  return { ...subject, editor: () => (editor ??= entryEditor(deps.database.db, deps.clock.now(), request, subject)) };
}
