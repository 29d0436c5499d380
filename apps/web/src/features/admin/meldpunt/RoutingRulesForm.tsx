import {
  ReplaceRoutingRulesRequest,
  type Municipality,
  type Organisation,
  type RoutingRule,
} from '@springplank/contract';
import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useT } from '../../../shared/i18n/useT';
import { SuccessAlert } from '../../../shared/ui/feedback';
import { ApiForm, FormSelect, FormText, SubmitButton, useApiForm, type Option } from '../../../shared/ui/form';
import { useReplaceRoutingRules } from './api';

/** A rule as the form edits it (an empty district is the whole municipality). */
function ruleValues(rule?: RoutingRule) {
  return { municipalityCode: rule?.municipalityCode ?? '', district: rule?.district ?? '', teamId: rule?.teamId ?? '' };
}

/**
 * The routing-rules form: the contract's request, plus the rule the database keeps (one rule per
 * municipality and district), checked here so the message names the rule instead of the list.
 */
export function routingRulesFormSchema(duplicateMessage: string) {
  return ReplaceRoutingRulesRequest.superRefine(({ rules }, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      const area = `${rule.municipalityCode}|${(rule.district ?? '').toLowerCase()}`;
      if (seen.has(area))
        ctx.addIssue({ code: 'custom', path: ['rules', index, 'district'], message: duplicateMessage });
      seen.add(area);
    });
  });
}

/** The editable list of routing rules; "Regels opslaan" replaces all rules of the region. */
export function RoutingRulesForm({
  rules,
  municipalities,
  organisations,
}: {
  rules: RoutingRule[];
  municipalities: Municipality[];
  organisations: Organisation[];
}) {
  const t = useT();
  const save = useReplaceRoutingRules();
  const schema = useMemo(() => routingRulesFormSchema(t('settings.routing.duplicate')), [t]);
  const form = useApiForm({
    id: 'routing',
    schema,
    defaultValues: { rules: rules.map(ruleValues) },
    submit: (values) => save.mutateAsync(values),
    onSuccess: (result) => form.methods.reset({ rules: result.items.map(ruleValues) }),
  });
  const { fields, append, remove } = useFieldArray({ control: form.methods.control, name: 'rules' });
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  // "Saved" until the next change: the reset after saving leaves the form untouched.
  const saved = save.isSuccess && !form.methods.formState.isDirty;

  const teamOptions: Option[] = organisations
    .filter((o) => o.kind === 'outreach_team' && o.active)
    .map((team) => ({ value: team.id, label: team.name }));
  // A rule may still point at a team that was made inactive; keep it visible so nothing changes silently.
  for (const rule of rules) {
    if (!teamOptions.some((option) => option.value === rule.teamId)) {
      teamOptions.push({ value: rule.teamId, label: t('settings.routing.inactiveTeam', { name: rule.teamName }) });
    }
  }
  const municipalityOptions: Option[] = municipalities.map((m) => ({ value: m.code, label: m.name }));

  const add = () => {
    append(ruleValues(), { focusName: `rules.${fields.length}.municipalityCode` });
    setAnnouncement(t('settings.routing.added', { number: fields.length + 1 }));
  };
  const removeRule = (index: number) => {
    remove(index);
    setAnnouncement(t('settings.routing.removed', { number: index + 1 }));
    addButton.current?.focus();
  };

  return (
    <ApiForm
      form={form}
      summaryTitle={t('settings.errors.title')}
      summaryIntro={t('settings.errors.intro')}
      aria-labelledby="routing-title"
    >
      {saved ? <SuccessAlert testId="routing-saved">{t('settings.routing.saved')}</SuccessAlert> : null}
      {teamOptions.length === 0 ? <Paragraph>{t('settings.routing.noTeams')}</Paragraph> : null}
      {fields.length === 0 ? <Paragraph>{t('settings.routing.empty')}</Paragraph> : null}
      {fields.length > 0 ? (
        <ol className="sp-rule-list" aria-label={t('settings.routing.rulesLegend')}>
          {fields.map((field, index) => {
            const number = index + 1;
            return (
              <li key={field.id} className="sp-rule" data-testid="routing-rule">
                <Fieldset>
                  <FieldsetLegend>{t('settings.routing.rule', { number })}</FieldsetLegend>
                  <FormSelect
                    name={`rules.${index}.municipalityCode`}
                    label={t('settings.routing.municipality')}
                    options={municipalityOptions}
                  />
                  <FormText
                    name={`rules.${index}.district`}
                    label={t('settings.routing.district')}
                    description={t('settings.routing.districtDescription')}
                    optional
                    autoComplete="off"
                  />
                  <FormSelect name={`rules.${index}.teamId`} label={t('settings.routing.team')} options={teamOptions} />
                  <div className="sp-actions">
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      aria-label={t('settings.routing.removeLabel', { number })}
                      onClick={() => removeRule(index)}
                    >
                      {t('settings.routing.remove')}
                    </Button>
                  </div>
                </Fieldset>
              </li>
            );
          })}
        </ol>
      ) : null}
      <p className="sp-visually-hidden" role="status">
        {announcement}
      </p>
      <div className="sp-actions">
        <Button type="button" appearance="secondary-action-button" ref={addButton} onClick={add}>
          {t('settings.routing.add')}
        </Button>
        <SubmitButton>{t('settings.routing.save')}</SubmitButton>
      </div>
    </ApiForm>
  );
}
