import { AddReviewRequest, type SupportPlanDetail } from '@springplank/contract';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useI18n } from '../../shared/i18n/useT';
import { SuccessAlert } from '../../shared/ui/feedback';
import { formatDate } from '../../shared/format/dates';
import { ApiForm, FormDate, FormTextarea, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useAddReview } from './api';
import { todayIso } from '../../shared/format';

/** The plan's reviews, newest first, and a form to record one. */
export function ReviewsSection({ plan }: { plan: SupportPlanDetail }) {
  const { t, locale } = useI18n();
  const add = useAddReview(plan.personId);
  const [saved, setSaved] = useState(false);
  const form = useApiForm({
    id: 'review',
    schema: AddReviewRequest,
    defaultValues: { reviewedOn: todayIso(), summary: '' },
    submit: (values) => {
      setSaved(false);
      return add.mutateAsync(values);
    },
    onSuccess: () => {
      // The date stays for a next review; the summary starts empty.
      form.methods.resetField('summary');
      setSaved(true);
    },
  });

  return (
    <section className="sp-section" aria-labelledby="plan-reviews">
      <Heading2 id="plan-reviews">{t('plans.reviews.title')}</Heading2>
      {plan.reviews.length === 0 ? (
        <Paragraph>{t('plans.reviews.empty')}</Paragraph>
      ) : (
        <ul className="sp-plain-list" data-testid="plan-reviews">
          {plan.reviews.map((review) => (
            <li key={review.id}>
              <Paragraph>
                <strong>
                  {t('plans.reviews.by', {
                    date: formatDate(review.reviewedOn, locale),
                    name: review.reviewedBy ?? t('common.none'),
                  })}
                </strong>
              </Paragraph>
              <Paragraph>{review.summary}</Paragraph>
            </li>
          ))}
        </ul>
      )}
      <div className="sp-panel">
        <Heading3 id="review-add">{t('plans.reviews.add')}</Heading3>
        {saved ? <SuccessAlert>{t('plans.reviews.saved')}</SuccessAlert> : null}
        <ApiForm form={form} aria-labelledby="review-add">
          <FormDate name="reviewedOn" label={t('plans.reviews.date')} max={todayIso()} />
          <FormTextarea name="summary" label={t('plans.reviews.summary')} />
          <div className="sp-actions">
            <SubmitButton>{t('plans.reviews.add')}</SubmitButton>
          </div>
        </ApiForm>
      </div>
    </section>
  );
}
