/**
 * The ALV's documents (issue 12.3): the annual report, the accounts and the kascommissie's
 * report, each a PDF file. A file is a PDF when its first bytes say so — never by its name
 * or by what the browser claims.
 */
export const documentKinds = ['annualReport', 'accounts', 'auditReport'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** The address word of each kind, in the download link. */
export const documentSlugs: Record<DocumentKind, string> = {
  annualReport: 'jaarverslag',
  accounts: 'jaarrekening',
  auditReport: 'verslag-kascommissie',
};

/** The address of an ALV's document, under the cooperative's address. */
export const documentPath = (coopBase: string, alvId: string, kind: DocumentKind): string =>
  `${coopBase}/alv/${alvId}/stukken/${documentSlugs[kind]}.pdf`;

export const kindOfSlug = (slug: string): DocumentKind | undefined => documentKinds.find((k) => documentSlugs[k] === slug);

/** A document may be this big: enough for a report with photos, small enough to mail a link to. */
export const PDF_MAX_BYTES = 5 * 1024 * 1024;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

const isPdf = (bytes: Uint8Array): boolean => PDF_MAGIC.every((b, i) => bytes[i] === b);

/** Why an uploaded file is not taken, or null when it is a PDF within the limit. */
export function refusePdf(upload: { bytes: Uint8Array; truncated: boolean }): { code: string; params?: Record<string, number> } | null {
  if (upload.truncated || upload.bytes.length > PDF_MAX_BYTES)
    return { code: 'cooperative.alv.doc.tooBig', params: { mb: PDF_MAX_BYTES / 1024 / 1024 } };
  if (!isPdf(upload.bytes)) return { code: 'cooperative.alv.doc.notPdf' };
  return null;
}
