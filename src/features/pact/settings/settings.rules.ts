/** The district's programme decides which instruments and rhythm apply. */
export const programmes = ['wijkpact', 'thuis_in_je_wijk'] as const;
export type Programme = (typeof programmes)[number];
