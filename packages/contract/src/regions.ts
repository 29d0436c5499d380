import { z } from 'zod';
import { Id } from './common';

/** A municipality with its CBS code (GMxxxx). */
export const Municipality = z.object({
  code: z.string().regex(/^GM\d{4}$/),
  name: z.string(),
});
export type Municipality = z.infer<typeof Municipality>;

/** The signed-in user's region with its municipalities. */
export const RegionResponse = z
  .object({
    id: Id,
    slug: z.string(),
    name: z.string(),
    municipalities: z.array(Municipality),
  })
  .meta({ id: 'Region' });
export type RegionResponse = z.infer<typeof RegionResponse>;
