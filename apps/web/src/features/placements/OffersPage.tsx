import type { Offer } from '@springplank/contract';
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useI18n, useT } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { formatDate } from '../../shared/format/dates';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { Facts } from '../../shared/ui/Facts';
import { Notice, useNotice } from '../../shared/ui/Notice';
import { useOffers } from './api';
import { tagsLabel } from './labels';
import { OffersTable } from './OffersTable';
import { AcceptForm, DeclineForm } from './ResponseForms';

/** /aanbiedingen (provider): incoming offers with what is needed to decide, accept or decline; and earlier answers. */
export function OffersPage() {
  const t = useT();
  usePageTitle(t('offers.title'));
  const open = useOffers({ status: 'open', page: 1, pageSize: 100 });
  const answered = useOffers({ status: 'answered', page: 1, pageSize: 50 });
  const { notice, show } = useNotice();
  return (
    <>
      <Heading1>{t('offers.title')}</Heading1>
      <Paragraph>{t('offers.provider.intro')}</Paragraph>
      <Notice notice={notice} testId="offers-notice" />
      <section className="sp-section" aria-labelledby="open-offers-title">
        <Heading2 id="open-offers-title">{t('offers.provider.open')}</Heading2>
        {open.isPending ? <Loading /> : null}
        {open.isError ? <ErrorAlert error={open.error} onRetry={() => void open.refetch()} /> : null}
        {open.data ? (
          open.data.items.length === 0 ? (
            <Paragraph role="status">{t('offers.provider.openEmpty')}</Paragraph>
          ) : (
            open.data.items.map((offer) => <IncomingOffer key={offer.id} offer={offer} onDone={show} />)
          )
        ) : null}
      </section>
      <section className="sp-section" aria-labelledby="answered-offers-title">
        <Heading2 id="answered-offers-title">{t('offers.provider.answered')}</Heading2>
        {answered.isError ? <ErrorAlert error={answered.error} onRetry={() => void answered.refetch()} /> : null}
        {answered.data ? (
          answered.data.items.length === 0 ? (
            <Paragraph role="status">{t('offers.empty')}</Paragraph>
          ) : (
            <OffersTable
              items={answered.data.items}
              caption={t('offers.caption', { total: answered.data.total })}
              testId="answered-offers"
              showDeclines={false}
            />
          )
        ) : null}
      </section>
    </>
  );
}

function IncomingOffer({ offer, onDone }: { offer: Offer; onDone: (message: string) => void }) {
  const { t, locale } = useI18n();
  const person = offer.person;
  const name = person?.name ?? t('placements.candidate.unknownName');
  const service = t.enum('service', offer.service);
  const headingId = `offer-${offer.id}`;
  return (
    <article className="sp-panel" aria-labelledby={headingId} data-testid="incoming-offer">
      <Heading3 id={headingId}>
        {t('offers.provider.offerTitle', { name, service: service.toLowerCase(), location: offer.locationName })}
      </Heading3>
      <Facts
        items={[
          {
            label: t('placements.candidate.age'),
            value: !person || person.age === null ? null : t('placements.candidate.ageValue', { age: person.age }),
          },
          { label: t('offers.provider.service'), value: service },
          { label: t('offers.provider.location'), value: offer.locationName },
          { label: t('offers.provider.proposedStart'), value: formatDate(offer.proposedStartOn, locale) },
          {
            label: t('placements.candidate.waitingSince'),
            value: person ? formatDate(person.waitingSince, locale) : null,
          },
          {
            label: t('placements.candidate.priority'),
            value: person ? t.enum('waitlistPriority', person.priority) : null,
          },
          {
            label: t('placements.candidate.needs'),
            value: person
              ? person.expertiseNeeds.length > 0
                ? tagsLabel(person.expertiseNeeds, t, locale)
                : t('offers.provider.noNeeds')
              : null,
          },
          { label: t('offers.provider.motivation'), value: person?.motivation ?? null },
          { label: t('offers.provider.note'), value: offer.note },
          { label: t('offers.provider.offeredBy'), value: offer.offeredBy },
        ]}
      />
      <AcceptForm offer={offer} name={name} onDone={onDone} />
      <DeclineForm offer={offer} name={name} onDone={onDone} />
    </article>
  );
}
