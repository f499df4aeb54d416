import type { PageContext } from '../../../platform/http/request-context.ts';
import { AssessmentView } from '../../guide/index.ts';
import type { AlvPlace } from './place.ts';

/** How accessible the meeting place is, as the guide's experts by experience found it; nothing for a place typed in words. */
export function PlaceAccess({ ctx, place }: { ctx: PageContext; place: AlvPlace | undefined }) {
  if (place === undefined) return '';
  return (
    <section aria-labelledby="access">
      <h2 class="utrecht-heading-2" id="access" safe>
        {ctx.t('cooperative.alv.access')}
      </h2>
      <AssessmentView ctx={ctx} assessment={place.assessment} />
    </section>
  );
}
