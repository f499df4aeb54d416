import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../platform/db/schema.ts';
import type { FormValues } from '../../../platform/http/forms.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';
import type { Dataset } from '../model/guide.model.ts';
import type { EditSubject } from './access.ts';

/** What one kind of entry brings to its edit page. */
interface Kind {
  /** The entry as stored (undefined for a new one). */
  entry: { name: string; lastVerifiedAt: string | null; createdAt: string } | undefined;
  /** Where the form starts: the stored entry, or the defaults of a new one. */
  values: FormValues;
  labels: readonly string[];
  fields(ctx: PageContext, form: FormState, labels: Record<string, string>): JSX.Element;
  /** The parts edited below the form (hours, contact persons), once the entry exists. */
  parts(ctx: PageContext, form: FormState): JSX.Element;
}

export type KindOf = (db: Db, request: FastifyRequest, subject: EditSubject, data: Dataset | null) => Promise<Kind>;
