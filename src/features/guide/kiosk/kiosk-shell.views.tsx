import type { District } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { searchQuery } from '../search/search.schema.ts';

export interface KioskFrame {
  district: District;
  /** Seconds without a touch before the kiosk returns to its start. */
  wait: number;
}

export const kioskPath = (k: KioskFrame, rest = '', params: Record<string, string> = {}) => {
  const query = new URLSearchParams({ ...params, ...(k.wait === KIOSK_DEFAULT_WAIT ? {} : { wacht: String(k.wait) }) }).toString();
  return `/${k.district.slug}/kiosk${rest}${query ? `?${query}` : ''}`;
};

const KIOSK_DEFAULT_WAIT = 120;

/** The kiosk waits this long without a touch (`?wacht=90` in the kiosk's start address; 10 to 600 seconds). */
export function kioskFrameOf(district: District, wacht: string | undefined): KioskFrame {
  const wait = Number(wacht ?? KIOSK_DEFAULT_WAIT);
  return { district, wait: Number.isInteger(wait) && wait >= 10 && wait <= 600 ? wait : KIOSK_DEFAULT_WAIT };
}

export function Shell({ ctx, k, children, home }: { ctx: PageContext; k: KioskFrame; children: JSX.Element; home: boolean }) {
  return (
    <div class="wp-kiosk" data-kiosk-start={kioskPath(k)} data-kiosk-wait={String(k.wait)}>
      <p class="utrecht-paragraph wp-kiosk__brand" safe>
        {ctx.t('guide.kiosk.brand', { district: k.district.name })}
      </p>
      {children}
      {home ? (
        ''
      ) : (
        <p class="utrecht-paragraph">
          <a class="utrecht-link-button utrecht-button utrecht-button--primary-action wp-kiosk__button" href={kioskPath(k)} safe>
            {ctx.t('guide.kiosk.home')}
          </a>
        </p>
      )}
      <p class="utrecht-paragraph wp-kiosk__note" safe>
        {ctx.t('guide.kiosk.reset', { seconds: k.wait })}
      </p>
      <script src="/assets/guide-kiosk.js" defer></script>
    </div>
  );
}

export function SearchBox({ ctx, k, q }: { ctx: PageContext; k: KioskFrame; q: string }) {
  return (
    <form
      method="get"
      action={`/${k.district.slug}/kiosk/zoeken`}
      class="wp-kiosk__search"
      role="search"
      aria-label={ctx.t('guide.search.label')}
    >
      <label class="utrecht-form-label" for="kiosk-q" safe>
        {ctx.t('guide.kiosk.question')}
      </label>
      <input
        class="utrecht-textbox utrecht-textbox--html-input"
        id="kiosk-q"
        name="q"
        type="search"
        value={q}
        maxlength={maxLengthOf(searchQuery, 'q')}
        autocomplete="off"
      />
      {k.wait === KIOSK_DEFAULT_WAIT ? '' : <input type="hidden" name="wacht" value={String(k.wait)} />}
      <button type="submit" class="utrecht-button utrecht-button--primary-action wp-kiosk__button" safe>
        {ctx.t('guide.search.submit')}
      </button>
    </form>
  );
}
