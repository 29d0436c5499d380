import { Button, Heading1, Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useT } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading, SuccessAlert } from '../../shared/ui/feedback';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import '../../shared/ui/casework.css';
import { useServices, useSetServiceActive } from './api';
import { LocationCreateForm } from './LocationCreateForm';
import { LocationsList } from './LocationsList';

/** /beheer/voorzieningen: the region's service catalogue, and the providers' locations (functioneel beheer). */
export function ServicesAdminPage() {
  const t = useT();
  usePageTitle(t('capacity.catalogue.title'));
  const services = useServices();
  const setActive = useSetServiceActive();
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <Heading1>{t('capacity.catalogue.title')}</Heading1>
      <Paragraph>{t('capacity.catalogue.intro')}</Paragraph>
      {notice ? <SuccessAlert testId="services-notice">{notice}</SuccessAlert> : null}
      {setActive.error ? <ErrorAlert error={setActive.error} /> : null}
      {services.isPending ? <Loading /> : null}
      {services.isError ? <ErrorAlert error={services.error} onRetry={() => void services.refetch()} /> : null}
      {services.data ? (
        <DataTable
          caption={t('capacity.catalogue.caption')}
          testId="services"
          columns={[
            { label: t('capacity.col.service') },
            { label: t('capacity.catalogue.kind') },
            { label: t('capacity.catalogue.status') },
            { label: t('capacity.catalogue.action') },
          ]}
        >
          {services.data.items.map((item) => {
            const name = t.enum('service', item.service);
            return (
              <TableRow key={item.service}>
                <TableCell>{name}</TableCell>
                <TableCell>{item.shelter ? t('capacity.catalogue.shelter') : t('capacity.catalogue.other')}</TableCell>
                <TableCell>{item.active ? t('capacity.catalogue.on') : t('capacity.catalogue.off')}</TableCell>
                <TableCell>
                  <Button
                    appearance="secondary-action-button"
                    disabled={setActive.isPending}
                    onClick={() =>
                      setActive.mutate(
                        { service: item.service, active: !item.active },
                        {
                          onSuccess: () =>
                            setNotice(
                              t('capacity.catalogue.saved', {
                                service: name,
                                status: item.active ? t('capacity.catalogue.off') : t('capacity.catalogue.on'),
                              }),
                            ),
                        },
                      )
                    }
                  >
                    {item.active
                      ? t('capacity.catalogue.switchOff', { service: name })
                      : t('capacity.catalogue.switchOn', { service: name })}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </DataTable>
      ) : null}
      <LocationsList basePath="/beheer/voorzieningen/locaties" />
      <section className="sp-section" aria-labelledby="location-create">
        <Heading2 id="location-create">{t('capacity.create.title')}</Heading2>
        <LocationCreateForm onDone={setNotice} />
      </section>
    </>
  );
}
