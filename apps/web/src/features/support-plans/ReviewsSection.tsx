import type { SupportPlanDetail } from '@springplank/contract';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf, SuccessAlert } from '../../shared/ui/feedback';
import { TextField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { TextareaField } from '../../shared/ui/TextareaField';
import { useAddReview } from './api';
import { todayIso } from '../../shared/format';

/** The plan's reviews, newest first, and a form to record one. */
export function ReviewsSection({ plan }: { plan: SupportPlanDetail }) {
  const { t, locale } = useI18n();
  const add = useAddReview(plan.personId);
  const [reviewedOn, setReviewedOn] = useState(todayIso());
  const [summary, setSummary] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const errors = { ...fieldErrorsOf(add.error), ...clientErrors };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!reviewedOn) found['reviewedOn'] = t('validation.required');
    if (!summary.trim()) found['summary'] = t('validation.required');
    setClientErrors(found);
    setSaved(false);
    if (Object.keys(found).length > 0) {
      document.getElementById(found['reviewedOn'] ? 'review-reviewedOn' : 'review-summary')?.focus();
      return;
    }
    add.mutate(
      { reviewedOn, summary: summary.trim() },
      {
        onSuccess: () => {
          setSaved(true);
          setSummary('');
        },
      },
    );
  };

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
        <form className="sp-form" onSubmit={submit} noValidate aria-labelledby="review-add">
          {saved ? <SuccessAlert>{t('plans.reviews.saved')}</SuccessAlert> : null}
          {add.error && !isApiError(add.error, 'VALIDATION_FAILED') ? <ErrorAlert error={add.error} /> : null}
          <TextField
            id="review-reviewedOn"
            type="date"
            label={t('plans.reviews.date')}
            max={todayIso()}
            value={reviewedOn}
            error={errors['reviewedOn']}
            onChange={(event) => setReviewedOn(event.target.value)}
          />
          <TextareaField
            id="review-summary"
            label={t('plans.reviews.summary')}
            value={summary}
            error={errors['summary']}
            onChange={(event) => setSummary(event.target.value)}
          />
          <div className="sp-actions">
            <Button type="submit" appearance="primary-action-button" busy={add.isPending}>
              {t('plans.reviews.add')}
            </Button>
          </div>
        </form>
      </div>
    </section>
  );
}
