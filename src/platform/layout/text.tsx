/** The page's one h1, and a plain paragraph: the two blocks every page repeats. */
export function PageHeading({ text }: { text: string }) {
  return (
    <h1 class="utrecht-heading-1" safe>
      {text}
    </h1>
  );
}

export function Paragraph({ text, lead = false }: { text: string; lead?: boolean }) {
  return (
    <p class={lead ? 'utrecht-paragraph utrecht-paragraph--lead' : 'utrecht-paragraph'} safe>
      {text}
    </p>
  );
}
