import type { Municipality, Organisation, RoutingRule } from '@springplank/contract';
import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../../shared/api/client';
import { useT } from '../../../shared/i18n/useT';
import { ErrorSummary, type SummaryItem } from '../../../shared/ui/ErrorSummary';
import { ErrorAlert, SuccessAlert } from '../../../shared/ui/feedback';
import { SelectField, TextField, type Option } from '../../../shared/ui/fields';
import { useReplaceRoutingRules } from './api';

type RuleField = 'municipalityCode' | 'district' | 'teamId';

interface RuleRow {
  key: number;
  municipalityCode: string;
  district: string;
  teamId: string;
}

/** Problems per field id (e.g. "rule-3-teamId") plus problems that belong to no single field. */
interface FormErrors {
  fields: Record<string, string>;
  summary: SummaryItem[];
}

const NO_ERRORS: FormErrors = { fields: {}, summary: [] };
const ISSUE_PATH = /^(?:body\.)?rules\.(\d+)\.(municipalityCode|district|teamId)$/;

let nextKey = 1;
function toRow(rule?: RoutingRule): RuleRow {
  return {
    key: nextKey++,
    municipalityCode: rule?.municipalityCode ?? '',
    district: rule?.district ?? '',
    teamId: rule?.teamId ?? '',
  };
}

function fieldId(row: RuleRow, field: RuleField): string {
  return `rule-${row.key}-${field}`;
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
  const [rows, setRows] = useState<RuleRow[]>(() => rules.map(toRow));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [focusSignal, setFocusSignal] = useState(0);
  const [saved, setSaved] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  const activeTeams = organisations.filter((o) => o.kind === 'outreach_team' && o.active);
  const teamOptions: Option[] = activeTeams.map((team) => ({ value: team.id, label: team.name }));
  // A rule may still point at a team that was made inactive; keep it visible so nothing changes silently.
  for (const rule of rules) {
    if (!teamOptions.some((option) => option.value === rule.teamId)) {
      teamOptions.push({ value: rule.teamId, label: t('settings.routing.inactiveTeam', { name: rule.teamName }) });
    }
  }
  const municipalityOptions: Option[] = municipalities.map((m) => ({ value: m.code, label: m.name }));

  const change = (key: number, field: RuleField, value: string) => {
    setSaved(false);
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
  };

  const add = () => {
    const row = toRow();
    setSaved(false);
    setRows((current) => [...current, row]);
    setAnnouncement(t('settings.routing.added', { number: rows.length + 1 }));
    requestAnimationFrame(() => document.getElementById(fieldId(row, 'municipalityCode'))?.focus());
  };

  const remove = (key: number, number: number) => {
    setSaved(false);
    setRows((current) => current.filter((row) => row.key !== key));
    setAnnouncement(t('settings.routing.removed', { number }));
    addButton.current?.focus();
  };

  const fail = (found: FormErrors) => {
    setErrors(found);
    setFocusSignal((signal) => signal + 1);
  };

  const validate = (): FormErrors => {
    const found: FormErrors = { fields: {}, summary: [] };
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const problem = (field: RuleField, message: string) => {
        const id = fieldId(row, field);
        found.fields[id] = message;
        found.summary.push({
          key: id,
          message: t('settings.errors.inRule', { number: index + 1, message }),
          targetId: id,
        });
      };
      if (!row.municipalityCode) problem('municipalityCode', t('settings.routing.chooseMunicipality'));
      if (!row.teamId) problem('teamId', t('settings.routing.chooseTeam'));
      const unique = `${row.municipalityCode}|${row.district.trim().toLowerCase()}`;
      if (row.municipalityCode && seen.has(unique)) problem('district', t('settings.routing.duplicate'));
      seen.add(unique);
    });
    return found;
  };

  const serverErrors = (error: unknown): FormErrors => {
    const found: FormErrors = { fields: {}, summary: [] };
    if (!isApiError(error, 'VALIDATION_FAILED')) return found;
    error.issues.forEach((issue, position) => {
      const match = ISSUE_PATH.exec(issue.path);
      const row = match ? rows[Number(match[1])] : undefined;
      if (match && row) {
        const id = fieldId(row, match[2] as RuleField);
        found.fields[id] ??= issue.message;
        found.summary.push({
          key: id,
          message: t('settings.errors.inRule', { number: Number(match[1]) + 1, message: issue.message }),
          targetId: id,
        });
      } else {
        found.summary.push({ key: `issue-${position}`, message: issue.message });
      }
    });
    if (found.summary.length === 0) found.summary.push({ key: 'issue', message: error.message });
    return found;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const found = validate();
    if (found.summary.length > 0) {
      fail(found);
      return;
    }
    setErrors(NO_ERRORS);
    save.mutate(
      {
        rules: rows.map((row) => ({
          municipalityCode: row.municipalityCode,
          ...(row.district.trim() ? { district: row.district.trim() } : {}),
          teamId: row.teamId,
        })),
      },
      {
        onSuccess: (result) => {
          setRows(result.items.map(toRow));
          setSaved(true);
        },
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) fail(serverErrors(error));
        },
      },
    );
  };

  return (
    <form className="sp-form" onSubmit={submit} noValidate aria-labelledby="routing-title">
      <ErrorSummary
        title={t('settings.errors.title')}
        intro={t('settings.errors.intro')}
        items={errors.summary}
        focusSignal={focusSignal}
      />
      {save.error && !isApiError(save.error, 'VALIDATION_FAILED') ? <ErrorAlert error={save.error} /> : null}
      {saved ? <SuccessAlert testId="routing-saved">{t('settings.routing.saved')}</SuccessAlert> : null}
      {teamOptions.length === 0 ? <Paragraph>{t('settings.routing.noTeams')}</Paragraph> : null}
      {rows.length === 0 ? <Paragraph>{t('settings.routing.empty')}</Paragraph> : null}
      {rows.length > 0 ? (
        <ol className="sp-rule-list" aria-label={t('settings.routing.rulesLegend')}>
          {rows.map((row, index) => {
            const number = index + 1;
            return (
              <li key={row.key} className="sp-rule" data-testid="routing-rule">
                <Fieldset>
                  <FieldsetLegend>{t('settings.routing.rule', { number })}</FieldsetLegend>
                  <SelectField
                    id={fieldId(row, 'municipalityCode')}
                    label={t('settings.routing.municipality')}
                    emptyOption={t('common.chooseOption')}
                    options={municipalityOptions}
                    value={row.municipalityCode}
                    error={errors.fields[fieldId(row, 'municipalityCode')]}
                    onChange={(event) => change(row.key, 'municipalityCode', event.target.value)}
                  />
                  <TextField
                    id={fieldId(row, 'district')}
                    label={t('settings.routing.district')}
                    description={t('settings.routing.districtDescription')}
                    optional
                    maxLength={200}
                    autoComplete="off"
                    value={row.district}
                    error={errors.fields[fieldId(row, 'district')]}
                    onChange={(event) => change(row.key, 'district', event.target.value)}
                  />
                  <SelectField
                    id={fieldId(row, 'teamId')}
                    label={t('settings.routing.team')}
                    emptyOption={t('common.chooseOption')}
                    options={teamOptions}
                    value={row.teamId}
                    error={errors.fields[fieldId(row, 'teamId')]}
                    onChange={(event) => change(row.key, 'teamId', event.target.value)}
                  />
                  <div className="sp-actions">
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      aria-label={t('settings.routing.removeLabel', { number })}
                      onClick={() => remove(row.key, number)}
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
        <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
          {t('settings.routing.save')}
        </Button>
      </div>
    </form>
  );
}
