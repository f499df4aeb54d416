import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Contact } from '../model/guide.model.ts';
import { PhoneLinks } from './detail.views.tsx';

function ContactList({ ctx, contacts }: { ctx: PageContext; contacts: readonly Contact[] }) {
  if (contacts.length === 0) return '';
  return (
    <ul class="wp-card-list">
      {contacts.map((c) => (
        <li class="wp-card">
          <p class="utrecht-paragraph">
            <strong safe>{c.name}</strong>
            {c.title ? <span safe>{`, ${c.title}`}</span> : ''}
          </p>
          <p class="utrecht-paragraph" safe>
            {ctx.t('guide.contact.for', { what: c.contactFor })}
          </p>
          {c.phone ? (
            <p class="utrecht-paragraph">
              <PhoneLinks phones={[{ number: c.phone, description: '' }]} />
            </p>
          ) : (
            ''
          )}
          {c.email ? (
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`mailto:${c.email}`} safe>
                {c.email}
              </a>
            </p>
          ) : (
            ''
          )}
        </li>
      ))}
    </ul>
  );
}

export function ContactsSection({ ctx, contacts }: { ctx: PageContext; contacts: readonly Contact[] }) {
  if (contacts.length === 0) return '';
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {ctx.t('guide.contacts')}
      </h2>
      <ContactList ctx={ctx} contacts={contacts} />
    </>
  );
}
