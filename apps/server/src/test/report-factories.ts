import type { CreateReportRequest } from '@springplank/contract';

/** A complete, valid report as the public form would send it; override what a test needs. */
export function reportInput(overrides: Partial<CreateReportRequest> = {}): CreateReportRequest {
  return {
    categories: ['confused_behaviour'],
    concern: 'Mijn buurman praat al dagen hardop tegen zichzelf en eet niet meer.',
    acuteDanger: false,
    subject: { name: 'Jan de Boer', address: 'Brink 10, Deventer', approximateAge: 54 },
    location: { municipalityCode: 'GM0150', address: 'Brink 10' },
    reporter: { kind: 'neighbour', name: 'Els', email: 'els@example.org', wantsFeedback: true },
    website: '',
    ...overrides,
  };
}

/** The smallest valid PDF, a PNG signature and an executable header, for upload tests. */
export const FILES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]),
};
