import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useAcceptOffer } from './api';

vi.mock('../../shared/api/client', () => ({ api: { post: vi.fn(() => Promise.resolve({ id: 'o1' })) } }));

describe('useAcceptOffer', () => {
  it('refreshes exactly placements, the waiting list, stays, the board and the monitor figures', async () => {
    const client = new QueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useAcceptOffer('o1'), { wrapper });
    await act(() => result.current.mutateAsync({ startOn: '2026-12-01' }));
    const keys = invalidate.mock.calls.map(([filters]) => filters?.queryKey);
    expect(keys).toEqual([['placements'], ['access', 'waitlist'], ['stays'], ['capacity'], ['monitor', 'dashboard']]);
  });
});
