import type { CreateReportRequest, OwnReportList, ReportReceipt, ReportStatus } from '@springplank/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { reportKeys } from '../../shared/api/queryKeys';

/** A municipality of the region, as the public form lists it. */
export interface PublicMunicipality {
  code: string;
  name: string;
}

/** The region's municipalities for the public report form (no sign-in needed). */
export function usePublicMunicipalities() {
  return useQuery({
    queryKey: reportKeys.publicMunicipalities,
    queryFn: () => api.get<{ items: PublicMunicipality[] }>('/public/municipalities'),
    staleTime: 60 * 60_000,
  });
}

/** What the form sends: the report and the key that makes a retry safe. */
export interface SubmitReport {
  body: CreateReportRequest;
  idempotencyKey: string;
}

/** Submit a report; the same Idempotency-Key on a retry never creates a second report. */
export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: SubmitReport) =>
      api.post<ReportReceipt>('/reports', body, { 'Idempotency-Key': idempotencyKey }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.own }),
  });
}

/** The phase of a report through its private status token (public). */
export function useReportStatus(token: string) {
  return useQuery({
    queryKey: reportKeys.status(token),
    queryFn: () => api.get<ReportStatus>(`/reports/status/${encodeURIComponent(token)}`),
    enabled: token.length > 0,
  });
}

/** One page of the reports of the signed-in professional's organisation. */
export function useOwnReports(page: number, pageSize: number) {
  return useQuery({
    queryKey: reportKeys.ownPage(page, pageSize),
    queryFn: () => api.get<OwnReportList>('/reports/own', { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** A fresh random UUID (v4), also where crypto.randomUUID is missing (plain http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
