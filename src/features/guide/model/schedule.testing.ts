import type { Schedule } from './schedule.rules.ts';

/** A weekly opening rule, every day 09:00–17:00, with what a test changes. */
export const rule = (over: Partial<Schedule>): Schedule => ({
  id: 's',
  kind: 'opening',
  freq: 'WEEKLY',
  interval: 1,
  byday: 'MO,TU,WE,TH,FR,SA,SU',
  opensAt: '09:00',
  closesAt: '17:00',
  validFrom: null,
  validTo: null,
  exception: 'none',
  description: '',
  ...over,
});
