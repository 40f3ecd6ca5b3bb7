import { useQuery } from '@tanstack/react-query';
import type { ComponentCode } from '@tks/shared/components';
import { formatNumber } from '@tks/shared/format';
import { addQuarters, parseQuarterKey, quarterKey, quarterOfDate } from '@tks/shared/periods';
import { REGISTER_MEASURE_CODES, REGISTER_MEASURES, type RegisterMeasureCode } from '@tks/shared/register-measures';
import type { MeasureTarget } from '@tks/shared/schemas/registers';
import type { Measure } from '@tks/shared/schemas/thermometer';
import { type FormEvent, useId, useState } from 'react';
import { describeError } from '../../components/ErrorState';
import { SelectField, TextField } from '../../components/form/Field';
import { Missing } from '../../components/Missing';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { thermometerQueries } from '../thermometer/queries';
import { formatMeasureValue, formatScore } from '../thermometer/text';
import { Section } from './common';
import { useSetTargetMutation } from './mutations';
import { registerQueries } from './queries';

/** The target in force in a quarter: the latest one valid from that quarter or earlier. */
export function targetInForce(targets: readonly MeasureTarget[], code: string, quarter: string): MeasureTarget | null {
  let found: MeasureTarget | null = null;
  for (const target of targets) {
    if (target.measureCode !== code || target.validFromQuarter > quarter) continue;
    if (!found || target.validFromQuarter > found.validFromQuarter) found = target;
  }
  return found;
}

/**
 * The measures this register feeds into its component, with today's figure on the thermometer and
 * the target in force; the coordinator sets a new target from a quarter on.
 */
export function TargetsSection({
  slug,
  component,
  canSet,
}: {
  slug: string;
  component: ComponentCode;
  canSet: boolean;
}) {
  const { t, locale } = useLocale();
  const targets = useQuery(registerQueries.targets(slug)).data?.targets ?? [];
  const thermometer = useQuery(thermometerQueries.thermometer(slug)).data;
  const measures = thermometer?.components.find((c) => c.code === component)?.measures ?? [];
  const codes = REGISTER_MEASURE_CODES.filter((code) => REGISTER_MEASURES[code].component === component);
  const current = quarterKey(quarterOfDate(new Date()));
  const captionId = useId();

  return (
    <Section title={t('registers.targets.heading')}>
      <p className="hint">{t('registers.targets.intro')}</p>
      <TableScroll labelledBy={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('registers.targets.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registers.targets.measure')}</th>
              <th scope="col">{t('registers.targets.value')}</th>
              <th scope="col">{t('registers.targets.target')}</th>
              <th scope="col">{t('registers.targets.score')}</th>
            </tr>
          </thead>
          <tbody>
            {codes.map((code) => {
              const measure: Measure | undefined = measures.find((m) => m.key === `register:${code}`);
              const target = targetInForce(targets, code, current);
              const unit = REGISTER_MEASURES[code].unit;
              return (
                <tr key={code}>
                  <th scope="row">{REGISTER_MEASURES[code][locale]}</th>
                  <td>
                    {measure?.value !== null && measure?.value !== undefined ? (
                      formatMeasureValue(measure.value, unit, locale, t)
                    ) : (
                      <Missing />
                    )}
                  </td>
                  <td>
                    {target ? (
                      <>
                        {formatMeasureValue(target.target, unit, locale, t)}{' '}
                        <span className="hint-inline">
                          {t('registers.targets.from', { quarter: formatQuarterKey(target.validFromQuarter, locale) })}
                        </span>
                      </>
                    ) : (
                      <span className="missing">{t('registers.targets.none')}</span>
                    )}
                  </td>
                  <td>
                    {measure?.score !== null && measure?.score !== undefined ? (
                      formatScore(measure.score, locale)
                    ) : (
                      <Missing />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {canSet ? <SetTargetForm slug={slug} codes={codes} current={current} /> : null}
      <p className="hint">{t('registers.targets.score.hint', { example: formatNumber(75, locale) })}</p>
    </Section>
  );
}

function SetTargetForm({ slug, codes, current }: { slug: string; codes: RegisterMeasureCode[]; current: string }) {
  const { t, locale } = useLocale();
  const mutation = useSetTargetMutation(slug);
  const id = useId();
  const quarters = [-2, -1, 0, 1, 2, 3, 4].map((n) => quarterKey(addQuarters(parseQuarterKey(current), n)));
  const [code, setCode] = useState<string>(codes[0] ?? '');
  const [quarter, setQuarter] = useState(current);
  const [value, setValue] = useState('');
  const [saved, setSaved] = useState('');
  const [error, setError] = useState<string | undefined>();
  const unit = REGISTER_MEASURES[code as RegisterMeasureCode]?.unit;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = Number(value.replace(',', '.'));
    if (value.trim() === '' || !Number.isFinite(target) || target <= 0 || (unit === 'percent' && target > 100)) {
      setError(unit === 'percent' ? t('registers.targets.error.percent') : t('registers.targets.error.count'));
      return;
    }
    setError(undefined);
    mutation.mutate(
      { measureCode: code, validFromQuarter: quarter, target },
      {
        onSuccess: () => {
          setSaved(t('registers.targets.saved'));
          setValue('');
        },
      },
    );
  };

  return (
    <form className="form form--panel form--inline" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('registers.targets.set')}</h3>
      <SelectField
        id={`${id}-measure`}
        label={t('registers.targets.measure')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
      >
        {codes.map((c) => (
          <option key={c} value={c}>
            {REGISTER_MEASURES[c][locale]}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${id}-value`}
        label={unit === 'percent' ? t('registers.targets.valuePercent') : t('registers.targets.valueCount')}
        inputMode="decimal"
        className="field__input--short"
        value={value}
        error={error}
        onChange={(e) => setValue(e.target.value)}
      />
      <SelectField
        id={`${id}-quarter`}
        label={t('registers.targets.validFrom')}
        value={quarter}
        onChange={(e) => setQuarter(e.target.value)}
      >
        {quarters.map((q) => (
          <option key={q} value={q}>
            {formatQuarterKey(q, locale)}
          </option>
        ))}
      </SelectField>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {t('registers.targets.submit')}
        </button>
        <p className="form__status" role="status">
          {mutation.isError ? describeError(mutation.error, t) : saved}
        </p>
      </div>
    </form>
  );
}
