/** The page's one h1, and a plain paragraph: the two blocks every page repeats. */
/** The page's one h1, with a lead paragraph under it when the page needs one. */
export function PageHeading({ text, intro }: { text: string; intro?: string }) {
  return (
    <>
      <h1 class="utrecht-heading-1" safe>
        {text}
      </h1>
      {intro === undefined ? (
        ''
      ) : (
        <p class="utrecht-paragraph utrecht-paragraph--lead" safe>
          {intro}
        </p>
      )}
    </>
  );
}

export function Paragraph({ text, lead = false }: { text: string; lead?: boolean }) {
  return (
    <p class={lead ? 'utrecht-paragraph utrecht-paragraph--lead' : 'utrecht-paragraph'} safe>
      {text}
    </p>
  );
}
