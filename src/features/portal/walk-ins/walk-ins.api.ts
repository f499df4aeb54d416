import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { openState, walkInPointsOfDistrict } from '../../guide/index.ts';

const hours = z.object({
  kind: z.enum(['opening', 'walk_in', 'consultation']),
  staffedBy: z.enum(['residents', 'professionals']),
  service: z.string(),
  freq: z.enum(['WEEKLY', 'MONTHLY']).nullable(),
  byday: z.string(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  exception: z.enum(['none', 'closed', 'changed']),
});

const walkInsResponse = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    streetAddress: z.string().nullable(),
    postalCode: z.string().nullable(),
    phones: z.array(z.string()),
    contact: z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() }).nullable(),
    openNow: z.boolean(),
    hours: z.array(hours),
  }),
);

/** The district's walk-in points as the guide computes them, with their hours and whether they are open now. */
export function walkInsApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/inlooppunten',
      summary: 'The walk-in points of a district (places with walk-in or consultation hours in the guide)',
      tag: 'portal',
      params: districtParams,
      response: walkInsResponse,
    },
    async (_input, request) => {
      const now = deps.clock.now();
      return (await walkInPointsOfDistrict(deps.database.db, districtOf(request).id)).map((p) => ({
        id: p.id,
        name: p.name,
        streetAddress: p.streetAddress,
        postalCode: p.postalCode,
        phones: [...(p.contact?.phone ? [p.contact.phone] : []), ...p.phones.map((x) => x.number)],
        contact: p.contact === null ? null : { name: p.contact.name, phone: p.contact.phone, email: p.contact.email },
        openNow: openState(p.hours, now).now !== null,
        hours: p.hours.map((h) => ({
          kind: h.schedule.kind,
          staffedBy: h.staffedBy,
          service: h.serviceName,
          freq: h.schedule.freq,
          byday: h.schedule.byday,
          opensAt: h.schedule.opensAt,
          closesAt: h.schedule.closesAt,
          validFrom: h.schedule.validFrom,
          validTo: h.schedule.validTo,
          exception: h.schedule.exception,
        })),
      }));
    },
  );
}
