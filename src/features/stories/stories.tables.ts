/** The stories' tables, added to the one database type (see platform/db/schema.ts). */
import type { Generated } from 'kysely';

interface StoryTable {
  id: string;
  district_id: string;
  buurt_id: string | null;
  /** story (sent in by a resident) or news (published by a partner). */
  kind: string;
  title: string;
  body: string;
  /** Themes, comma-separated. */
  themes: Generated<string>;
  author_name: string;
  /** Only for the editor to ask a question; never shown. */
  author_email: string | null;
  /** 1 when the writer agreed to show their name. */
  show_name: Generated<number>;
  author_user_id: string | null;
  /** submitted, published, rejected. */
  status: string;
  published_at: string | null;
  published_by: string | null;
  created_at: string;
  updated_at: string;
}

/** The photo, re-encoded without any metadata, as base64 text: the same column type on both engines. */
interface StoryPhotoTable {
  story_id: string;
  content_type: string;
  data_base64: string;
  width: number;
  height: number;
  /** Required: what the photo shows, for who cannot see it. */
  alt: string;
  created_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Tables {
    stories: StoryTable;
    story_photos: StoryPhotoTable;
  }
}
