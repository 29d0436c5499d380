import type {
  AcceptOfferRequest,
  CreateOfferRequest,
  DeclineOfferRequest,
  FreePlaceList,
  Offer,
  OfferList,
  OfferListQuery,
  PlacementSuggestions,
} from '@springplank/contract';
import type { ServiceCode } from '@springplank/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { accessKeys, capacityKeys, monitorKeys, placementKeys, stayKeys } from '../../shared/api/queryKeys';

/** Places per location and service today, with what is free. */
export function useFreePlaces() {
  return useQuery({
    queryKey: placementKeys.freePlaces,
    queryFn: () => api.get<FreePlaceList>('/placements/free-places'),
  });
}

/** The ranked candidates for one location and service; off until a place is chosen. */
export function useSuggestions(place: { locationId: string; service: ServiceCode } | null) {
  return useQuery({
    queryKey: placementKeys.suggestions(place?.locationId ?? '', place?.service ?? 'beschermd_wonen'),
    queryFn: () =>
      api.get<PlacementSuggestions>('/placements/suggestions', {
        locationId: place?.locationId,
        service: place?.service,
      }),
    enabled: place !== null,
  });
}

/** One page of offers: the region's (access) or the own organisation's (provider). */
export function useOffers(query: OfferListQuery) {
  return useQuery({
    queryKey: placementKeys.offers(query),
    queryFn: () => api.get<OfferList>('/offers', { ...query }),
    placeholderData: keepPreviousData,
  });
}

function useRefreshPlacements() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: placementKeys.all });
  };
}

/** Offer a free place to a person on the waiting list. */
export function useCreateOffer() {
  const refresh = useRefreshPlacements();
  return useMutation({
    mutationFn: (body: CreateOfferRequest) => api.post<Offer>('/offers', body),
    onSuccess: refresh,
  });
}

/** Withdraw a pending offer. */
export function useWithdrawOffer() {
  const refresh = useRefreshPlacements();
  return useMutation({
    mutationFn: (id: string) => api.post<Offer>(`/offers/${id}/withdraw`),
    onSuccess: refresh,
  });
}

/** Accept an offer: the stay starts and the person leaves the waiting list. */
export function useAcceptOffer(id: string) {
  const refresh = useRefreshPlacements();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptOfferRequest) => api.post<Offer>(`/offers/${id}/accept`, body),
    onSuccess: () => {
      refresh();
      // The person leaves the waiting list, a stay starts and a bed on the board is taken;
      // the monitor counts placements. Nothing else changes.
      for (const queryKey of [accessKeys.waitlist, stayKeys.all, capacityKeys.all, monitorKeys.dashboards]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}

/** Decline an offer with a reason. */
export function useDeclineOffer(id: string) {
  const refresh = useRefreshPlacements();
  return useMutation({
    mutationFn: (body: DeclineOfferRequest) => api.post<Offer>(`/offers/${id}/decline`, body),
    onSuccess: refresh,
  });
}
