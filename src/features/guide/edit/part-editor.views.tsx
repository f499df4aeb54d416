import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';

interface Part {
  id: string;
  text: string;
  /** What the remove button says to a screen reader. */
  removeLabel: string;
}

/** A list of parts of an entry (hours, contact persons), each with a remove button, and a form to add one. */
export function PartEditor(props: {
  ctx: PageContext;
  anchor: string;
  title: string;
  addTitle: string;
  submit: string;
  action: string;
  parts: readonly Part[];
  form: FormState;
  labels: Record<string, string>;
  children: JSX.Element;
}) {
  const { ctx, children } = props;
  return (
    <section aria-labelledby={props.anchor}>
      <h2 class="utrecht-heading-2" id={props.anchor} safe>
        {props.title}
      </h2>
      <ul class="utrecht-unordered-list">
        {props.parts.map((p) => (
          <li class="utrecht-unordered-list__item">
            <span safe>{p.text}</span>{' '}
            <form method="post" action={`${props.action}/${p.id}/verwijderen`} class="wp-inline-form">
              <CsrfField token={ctx.csrfToken} />
              <button type="submit" class="utrecht-button utrecht-button--subtle" aria-label={p.removeLabel} safe>
                {ctx.t('guide.remove')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <h3 class="utrecht-heading-3" safe>
        {props.addTitle}
      </h3>
      <ErrorSummary t={ctx.t} form={props.form} labels={props.labels} />
      <form class="wp-form" method="post" action={props.action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        {children}
        <SubmitButton label={props.submit} secondary />
      </form>
    </section>
  );
}
