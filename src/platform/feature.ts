import type { FastifyInstance } from 'fastify';
import type { Clock } from './clock.ts';
import type { Config } from './config/config.ts';
import type { Database } from './db/database.ts';
import type { Migrations } from './db/migrator.ts';
import type { DbOrTx } from './db/schema.ts';
import type { Catalogs } from './i18n/i18n.ts';
import type { JobDefinition } from './jobs/scheduler.ts';
import type { Outbox } from './mail/outbox.ts';
import type { CurrentUser } from './auth/current-user.ts';
import type { Buurt, District } from './geography/geography.repository.ts';
import type { PageContext } from './http/request-context.ts';

/** Everything the app needs from outside; tests pass their own database, outbox (with its mailer) and clock. */
export interface AppDeps {
  config: Config & { sessionSecret: string };
  database: Database;
  /** Mail is queued in an action's transaction and delivered by the outbox (`queueMail`). */
  outbox: Outbox;
  clock: Clock;
}

export interface NavItem {
  /** Catalog key of the label. */
  label: string;
  href(district: District): string;
  /** Shown to everybody when absent. */
  visible?(user: CurrentUser | null, district: District): boolean;
}

/** A big link on a district's start page: what a resident can do there. */
export interface HomeTask extends NavItem {
  /** Catalog key of one plain sentence under the label. */
  description: string;
}

/** A `<link>` in the head of every page of a district, e.g. its calendar feed. */
export interface HeadLink {
  rel: string;
  type: string;
  href(district: District): string;
  /** Catalog key of its title; `{district}` is the district's name. */
  title: string;
}

/** Whom a resident can call from any page of a district: shown in every page's footer. */
export interface FooterContact {
  name: string;
  phone: string | null;
  /** A page with the walk-in hours and more ways to reach a person. */
  href: string;
}

/** @public A figure a feature computes from its own data, for the monitoring pages (capability E). */
export interface ProcessFigure {
  /** Stable key, e.g. `questions.answeredInOrdinaryLife`. */
  key: string;
  /** Catalog key of its name. */
  label: string;
  unit: 'count' | 'percent' | 'hours' | 'days';
  /** The figure over the whole year; null when there is nothing to compute it from. */
  value: number | null;
  /** Twelve values, January first, where a monthly series makes sense. */
  byMonth?: (number | null)[];
}

/** @public Something a feature offers to the district's one search box, beside the guide's entries. */
export interface SearchExtra {
  /** What kind of thing it is, as a catalog key (e.g. "Vraag en antwoord", "Activiteit"). */
  kind: string;
  title: string;
  summary: string;
  href: string;
}

/** @public What the search box asks every feature: the words typed, in which district and language. */
export interface SearchQuery {
  district: District;
  /** The text as typed, trimmed; features match it their own way. */
  text: string;
  lang: 'nl' | 'en';
  limit: number;
}

/** @public The named places on a district's start page (and a buurt's page, and the kiosk) where features add a block. */
export type StartSlot = 'whatsOn' | 'news' | 'neighbourhood';

/** @public What a start section gets to draw itself. */
export interface StartSectionInput {
  db: DbOrTx;
  ctx: PageContext;
  district: District;
  /** The buurt on a buurt's page; null on the district's start page and the kiosk. */
  buurt: Buurt | null;
  /** Where it is shown: the start page, a buurt's page, or the kiosk (large, today and this week). */
  where: 'start' | 'buurt' | 'kiosk';
  now: Date;
}

/**
 * @public A block a feature adds to the district's start page, a buurt's page or the kiosk, in one slot
 * ("what's on" for activities, "news" for stories, "neighbourhood" for buurt networks).
 * It answers its HTML, or '' when it has nothing to show there.
 */
export interface StartSection {
  slot: StartSlot;
  render(input: StartSectionInput): Promise<string>;
  /**
   * The data versions its HTML follows (besides the district, its buurten, the language and
   * the minute): when given, the block is drawn once and kept until one of them moves. Only
   * for blocks that show the same to everyone; their tables bump the versions by trigger
   * (`createChangeTriggers`), so no writer can forget it.
   */
  versions?: readonly string[];
}

/**
 * A feature plugs into the app through this one shape: its messages, its part of the
 * migration history, its routes, its demo data, its scheduled jobs and its menu items.
 */
export interface Feature {
  name: string;
  messages: Catalogs;
  migrations?: Migrations;
  routes?(app: FastifyInstance, deps: AppDeps): Promise<void> | void;
  /** Runs once, in feature order, when a fresh database gets demo data. */
  demo?(db: DbOrTx, deps: Pick<AppDeps, 'clock'>): Promise<void>;
  jobs?(deps: AppDeps): JobDefinition[];
  nav?: NavItem[];
  homeTasks?: HomeTask[];
  /** Links announced in the head of every page of a district (alternate feeds). */
  headLinks?: HeadLink[];
  /** Extra CSS (classes prefixed `wp-`), bundled into the one stylesheet. */
  styles?: string;
  /**
   * Results for the district's one search box (the guide's), e.g. questions and answers or
   * activities; the guide shows them beside its own entries.
   */
  search?(db: DbOrTx, query: SearchQuery): Promise<SearchExtra[]>;
  /**
   * The buurten that border a buurt (ids), as one feature keeps them (neighbour help): the
   * guide offers near matches there when a search in the buurt finds nothing.
   */
  buurtNeighbours?(db: DbOrTx, buurtId: string): Promise<string[]>;
  /** Blocks for the slots of the start page, the buurt pages and the kiosk (see `StartSection`). */
  startSections?: StartSection[];
  /** The district's contact point for every page's footer (one feature answers: the guide). */
  footerContact?(db: DbOrTx, district: District): Promise<FooterContact | null>;
  /** Process figures per district and year, computed live from the feature's data. */
  processFigures?(db: DbOrTx, query: { districtId: string; year: number }): Promise<ProcessFigure[]>;
}
