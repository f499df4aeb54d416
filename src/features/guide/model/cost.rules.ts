/** What an offer costs: free, an amount in cents, or ask. */
export const costKinds = ['free', 'amount', 'ask'] as const;

/** "€ 4,50" from 450 cents, in Dutch notation. */
export function euros(cents: number): string {
  return `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;
}

/** "4,50" or "4.50" → 450 cents; null when it is not an amount of money. */
export function centsOf(text: string): number | null {
  const match = /^\s*(?:€\s*)?(\d{1,5})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}
