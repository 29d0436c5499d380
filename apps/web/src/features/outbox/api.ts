import type { OutboxList } from '@springplank/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { outboxKeys } from '../../shared/api/queryKeys';

/** One page of the outbox: the e-mails Springplank would send (meldpunt only). */
export function useOutbox(page: number, pageSize: number) {
  return useQuery({
    queryKey: outboxKeys.page(page, pageSize),
    queryFn: () => api.get<OutboxList>('/outbox', { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}
