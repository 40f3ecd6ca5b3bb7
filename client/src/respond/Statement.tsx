/** @jsxImportSource preact */
import type { LikertAnswer } from '@tks/shared/schemas/respond';
import type { MessageKey, Translate } from './messages';

export const LIKERT_CHOICES = [1, 2, 3, 4, 5, 'dont_know'] as const satisfies readonly LikertAnswer[];

const SCALE_LABELS: Record<number, MessageKey> = {
  1: 'scale.1',
  2: 'scale.2',
  3: 'scale.3',
  4: 'scale.4',
  5: 'scale.5',
};

export function answerLabel(t: Translate, answer: LikertAnswer): string {
  if (answer === 'dont_know') return t('scale.dontKnow');
  const label = SCALE_LABELS[answer];
  return label ? `${answer} · ${t(label)}` : String(answer);
}

interface StatementProps {
  id: number;
  text: string;
  answer: LikertAnswer | undefined;
  onAnswer: (answer: LikertAnswer) => void;
  t: Translate;
}

/**
 * One statement as a native radio group: the fieldset's legend names it, arrow keys move between
 * the choices, and every choice is a whole row to tap.
 */
export function Statement({ id, text, answer, onAnswer, t }: StatementProps) {
  const name = `item-${id}`;
  return (
    <fieldset class="statement">
      <legend class="statement-text">{text}</legend>
      <div class="choices">
        {LIKERT_CHOICES.map((choice) => (
          <label class={choice === 'dont_know' ? 'choice choice-dont-know' : 'choice'} key={choice}>
            <input
              type="radio"
              name={name}
              value={String(choice)}
              checked={answer === choice}
              onChange={() => onAnswer(choice)}
            />
            {choice === 'dont_know' ? (
              <span class="choice-label">{t('scale.dontKnow')}</span>
            ) : (
              <>
                <span class="choice-value" aria-hidden="true">
                  {choice}
                </span>
                <span class="choice-label">{t(`scale.${choice}`)}</span>
              </>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface OpenQuestionProps {
  id: number;
  text: string;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
  t: Translate;
}

export function OpenQuestion({ id, text, value, maxLength, onChange, t }: OpenQuestionProps) {
  const inputId = `open-${id}`;
  return (
    <div class="open-question">
      <label for={inputId} class="statement-text">
        {text}
      </label>
      <p id={`${inputId}-hint`} class="hint">
        {t('open.hint')}
      </p>
      <textarea
        id={inputId}
        rows={5}
        maxLength={maxLength}
        value={value}
        aria-describedby={`${inputId}-hint ${inputId}-count`}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      <p id={`${inputId}-count`} class="hint count">
        {t('open.count', { count: value.length, max: maxLength })}
      </p>
    </div>
  );
}
