import { OfferListQuery, type FreePlace, type Offer } from '@springplank/contract';
import { SERVICE_CODES, type ServiceCode } from '@springplank/domain';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../shared/i18n/useT';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { ApiForm, FormSelect, SubmitButton, useApiForm } from '../../shared/ui/form';
import { Pagination } from '../../shared/ui/Pagination';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { Notice, useNotice } from '../../shared/ui/Notice';
import { useFreePlaces, useOffers, useSuggestions, useWithdrawOffer } from './api';
import { CandidateList } from './CandidateList';
import { FreePlacesTable } from './FreePlacesTable';
import { OffersTable } from './OffersTable';

const PAGE_SIZE = 25;
/** Which offers the region list shows: the query's status. */
const OfferFilterForm = OfferListQuery.pick({ status: true });
type OfferFilter = OfferListQuery['status'];

function isService(value: string | null): value is ServiceCode {
  return (SERVICE_CODES as readonly string[]).includes(value ?? '');
}

/** /plaatsen (access): free places → ranked candidates with reasons → an offer; and the region's offers. */
export function PlacementsPage() {
  const t = useT();
  usePageTitle(t('placements.title'));
  const [params] = useSearchParams();
  const locationId = params.get('locatie');
  const service = params.get('voorziening');
  const chosenPlace = locationId && isService(service) ? { locationId, service } : null;
  const places = useFreePlaces();
  const { notice, show } = useNotice();

  return (
    <>
      <Heading1>{t('placements.title')}</Heading1>
      <Paragraph>{t('placements.intro')}</Paragraph>
      <Notice notice={notice} testId="placements-notice" />
      <section className="sp-section" aria-labelledby="free-places-title">
        <Heading2 id="free-places-title">{t('placements.free.title')}</Heading2>
        {places.isPending ? <Loading /> : null}
        {places.isError ? <ErrorAlert error={places.error} onRetry={() => void places.refetch()} /> : null}
        {places.data ? (
          places.data.items.length === 0 ? (
            <Paragraph role="status">{t('placements.free.empty')}</Paragraph>
          ) : (
            <FreePlacesTable items={places.data.items} on={places.data.on} />
          )
        ) : null}
      </section>
      {chosenPlace ? (
        <Candidates key={`${chosenPlace.locationId}-${chosenPlace.service}`} place={chosenPlace} onDone={show} />
      ) : null}
      <RegionOffers onDone={show} />
    </>
  );
}

function Candidates({
  place,
  onDone,
}: {
  place: { locationId: string; service: ServiceCode };
  onDone: (message: string) => void;
}) {
  const t = useT();
  const suggestions = useSuggestions(place);
  const [chosen, setChosen] = useState<string | null>(null);
  const found: FreePlace | undefined = suggestions.data?.place;
  const title = found
    ? t('placements.candidates.title', { location: found.locationName, service: t.enum('service', found.service) })
    : t('placements.free.title');
  return (
    <section className="sp-section" aria-labelledby="candidates-title" data-testid="candidates-section">
      <Heading2 id="candidates-title">{title}</Heading2>
      <Paragraph>
        <RouterLink to="/plaatsen">{t('placements.candidates.close')}</RouterLink>
      </Paragraph>
      {suggestions.isPending ? <Loading /> : null}
      {suggestions.isError ? <ErrorAlert error={suggestions.error} onRetry={() => void suggestions.refetch()} /> : null}
      {suggestions.data ? (
        <>
          <Paragraph>
            {suggestions.data.place.free > 0
              ? t.plural('placements.candidates.intro', suggestions.data.place.free)
              : t('placements.candidates.full')}
          </Paragraph>
          {suggestions.data.candidates.length === 0 ? (
            <Paragraph role="status">{t('placements.candidates.empty')}</Paragraph>
          ) : (
            <CandidateList
              place={suggestions.data.place}
              candidates={suggestions.data.candidates}
              chosen={chosen}
              onChoose={setChosen}
              onDone={(message) => {
                setChosen(null);
                onDone(message);
              }}
            />
          )}
        </>
      ) : null}
    </section>
  );
}

function RegionOffers({ onDone }: { onDone: (message: string) => void }) {
  const t = useT();
  const [filter, setFilter] = useState<OfferFilter>('open');
  const [page, setPage] = useState(1);
  const query: OfferListQuery = { status: filter, page, pageSize: PAGE_SIZE };
  const offers = useOffers(query);
  const withdraw = useWithdrawOffer();
  const { confirm, dialog } = useConfirm();
  // Withdrawing frees the place and ends the offer for good: ask first, naming the person.
  const withdrawOffer = async (offer: Offer) => {
    const name = offer.person?.name ?? t('offers.personHidden');
    const confirmed = await confirm({
      title: t('confirm.withdrawOffer.title', { name }),
      body: t('confirm.withdrawOffer.body'),
      confirmLabel: t('confirm.withdrawOffer.confirm'),
    });
    if (confirmed) withdraw.mutate(offer.id, { onSuccess: () => onDone(t('offers.withdrawn')) });
  };
  const form = useApiForm({
    id: 'offers',
    schema: OfferFilterForm,
    defaultValues: { status: 'open' },
    submit: async (values) => {
      setFilter(values.status);
      setPage(1);
    },
  });
  return (
    <section className="sp-section" aria-labelledby="region-offers-title">
      <Heading2 id="region-offers-title">{t('offers.region.title')}</Heading2>
      <ApiForm form={form} className="sp-form sp-form--wide" role="search" aria-labelledby="region-offers-title">
        <div className="sp-filter-row">
          <FormSelect
            name="status"
            id="offers-filter"
            label={t('offers.filter.label')}
            placeholder={null}
            options={[
              { value: 'open', label: t('offers.filter.open') },
              { value: 'answered', label: t('offers.filter.answered') },
              { value: 'all', label: t('offers.filter.all') },
            ]}
          />
          <SubmitButton appearance="secondary-action-button">{t('offers.filter.apply')}</SubmitButton>
        </div>
      </ApiForm>
      {withdraw.error ? <ErrorAlert error={withdraw.error} /> : null}
      {offers.isPending ? <Loading /> : null}
      {offers.isError ? <ErrorAlert error={offers.error} onRetry={() => void offers.refetch()} /> : null}
      {offers.data ? (
        offers.data.items.length === 0 && page === 1 ? (
          <Paragraph role="status">{t('offers.empty')}</Paragraph>
        ) : (
          <>
            <OffersTable
              items={offers.data.items}
              caption={t('offers.caption', { total: offers.data.total })}
              testId="region-offers"
              showDeclines
              withdrawing={withdraw.isPending ? (withdraw.variables ?? null) : null}
              onWithdraw={(offer) => void withdrawOffer(offer)}
            />
            <Pagination page={page} pageSize={PAGE_SIZE} total={offers.data.total} onPageChange={setPage} />
          </>
        )
      ) : null}
      {dialog}
    </section>
  );
}
