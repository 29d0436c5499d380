import { z } from 'zod';
import { code, freeText } from './primitives';
import { Id } from './common';
import { OrganisationKindSchema } from './auth';

const MunicipalityCode = code(/^GM\d{4}$/, 'invalid_municipality_code');

/** An organisation in the region (meldpunt, team, provider, corporation, …). */
export const Organisation = z
  .object({
    id: Id,
    name: z.string(),
    kind: OrganisationKindSchema,
    municipalityCodes: z.array(z.string()).describe('Municipalities the organisation serves'),
    active: z.boolean(),
    userCount: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof Organisation>;

export const OrganisationList = z.object({ items: z.array(Organisation) });
export type OrganisationList = z.infer<typeof OrganisationList>;

/** Create an organisation. */
export const CreateOrganisationRequest = z.object({
  name: freeText(200).min(2),
  kind: OrganisationKindSchema,
  municipalityCodes: z.array(MunicipalityCode).max(50).default([]),
});
export type CreateOrganisationRequest = z.input<typeof CreateOrganisationRequest>;

/** Change an organisation; omitted fields stay as they are. */
export const UpdateOrganisationRequest = z.object({
  name: freeText(200).min(2).optional(),
  municipalityCodes: z.array(MunicipalityCode).max(50).optional(),
  active: z.boolean().optional(),
});
export type UpdateOrganisationRequest = z.infer<typeof UpdateOrganisationRequest>;
