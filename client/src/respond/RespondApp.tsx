/** @jsxImportSource preact */
import { formatDate } from '@tks/shared/format';
import type { RespondAnswers, RespondQuestionnaire } from '@tks/shared/schemas/respond';
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type LoadFailure, loadQuestionnaire, RespondError, submitAnswers } from './api';
import { type SaveState, useAutosave } from './autosave';
import { type Locale, type MessageKey, type Translate, translator } from './messages';
import { answerLabel, OpenQuestion, Statement } from './Statement';

const LOCALE_STORAGE_KEY = 'tks.locale';

function storedLocale(): Locale {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

type Screen =
  | { kind: 'loading' }
  | { kind: 'failed'; failure: LoadFailure }
  | { kind: 'questionnaire'; questionnaire: RespondQuestionnaire }
  | { kind: 'thanks' };

const EMPTY: RespondAnswers = { likert: {}, open: {} };

export function RespondApp({ token }: { token: string }) {
  const [locale, setLocale] = useState<Locale>(storedLocale);
  const t = useMemo(() => translator(locale), [locale]);
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the trigger of "try again"
  useEffect(() => {
    let current = true;
    setScreen({ kind: 'loading' });
    loadQuestionnaire(token, storedLocale()).then(
      (questionnaire) => current && setScreen({ kind: 'questionnaire', questionnaire }),
      (error: unknown) =>
        current &&
        setScreen({ kind: 'failed', failure: error instanceof RespondError ? (error.kind as LoadFailure) : 'network' }),
    );
    return () => {
      current = false;
    };
  }, [token, attempt]);

  const switchLocale = () => {
    const next: Locale = locale === 'nl' ? 'en' : 'nl';
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // The choice then lasts for this visit only.
    }
    setLocale(next);
  };

  const onLinkClosed = useCallback(
    (error: RespondError) => setScreen({ kind: 'failed', failure: error.kind as LoadFailure }),
    [],
  );

  return (
    <div class="respond">
      <header class="respond-header">
        <span class="respond-brand">
          {screen.kind === 'questionnaire' ? screen.questionnaire.coalition.name : t('app.name')}
        </span>
        <button type="button" class="language-switch" lang={locale === 'nl' ? 'en' : 'nl'} onClick={switchLocale}>
          {t('language.other')}
        </button>
      </header>
      <main class="respond-main" id="main">
        {screen.kind === 'loading' && (
          <p class="loading" role="status">
            {t('loading')}
          </p>
        )}
        {screen.kind === 'failed' && (
          <FailurePage failure={screen.failure} t={t} onRetry={() => setAttempt((n) => n + 1)} />
        )}
        {screen.kind === 'thanks' && (
          <MessagePage title={t('thanks.title')} t={t} tone="success">
            <p>{t('thanks.body')}</p>
            <p>{t('thanks.close')}</p>
          </MessagePage>
        )}
        {screen.kind === 'questionnaire' && (
          <Questionnaire
            token={token}
            questionnaire={screen.questionnaire}
            locale={locale}
            t={t}
            onLinkClosed={onLinkClosed}
            onSubmitted={() => setScreen({ kind: 'thanks' })}
          />
        )}
      </main>
    </div>
  );
}

function useDocumentTitle(title: string, t: Translate) {
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
}

function MessagePage({
  title,
  t,
  tone = 'neutral',
  children,
}: {
  title: string;
  t: Translate;
  tone?: 'neutral' | 'success';
  children: ComponentChildren;
}) {
  useDocumentTitle(title, t);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class={`message-page message-${tone}`}>
      {tone === 'success' && (
        <svg class="message-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="11" />
          <path d="M7 12.5l3.2 3.2L17.5 8.5" />
        </svg>
      )}
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </section>
  );
}

const FAILURE_TEXTS: Record<LoadFailure, [MessageKey, MessageKey]> = {
  questionnaire_link_used: ['used.title', 'used.body'],
  questionnaire_closed: ['closed.title', 'closed.body'],
  questionnaire_not_open: ['notOpen.title', 'notOpen.body'],
  questionnaire_link_unknown: ['unknown.title', 'unknown.body'],
  too_many_requests: ['busy.title', 'busy.body'],
  network: ['error.title', 'error.body'],
};

function FailurePage({ failure, t, onRetry }: { failure: LoadFailure; t: Translate; onRetry: () => void }) {
  const [title, body] = FAILURE_TEXTS[failure];
  return (
    <MessagePage title={t(title)} t={t}>
      <p>{t(body)}</p>
      {(failure === 'network' || failure === 'too_many_requests') && (
        <button type="button" class="button button-primary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </MessagePage>
  );
}

interface QuestionnaireProps {
  token: string;
  questionnaire: RespondQuestionnaire;
  locale: Locale;
  t: Translate;
  onLinkClosed: (error: RespondError) => void;
  onSubmitted: () => void;
}

/** Steps: 0 the introduction, 1 … n one per dimension, then the open questions, then the review. */
function Questionnaire({ token, questionnaire, locale, t, onLinkClosed, onSubmitted }: QuestionnaireProps) {
  const { dimensions, openQuestions } = questionnaire.instrument;
  const openStep = openQuestions.length > 0 ? dimensions.length + 1 : null;
  const reviewStep = dimensions.length + (openStep === null ? 1 : 2);
  const contentSteps = reviewStep - 1;
  const total = dimensions.reduce((sum, d) => sum + d.items.length, 0);

  const [answers, setAnswers] = useState<RespondAnswers>(questionnaire.draft ?? EMPTY);
  const [step, setStep] = useState(0);
  const [reviewed, setReviewed] = useState(false);
  const autosave = useAutosave(token, answers, locale, onLinkClosed);
  const answered = dimensions.reduce(
    (sum, d) => sum + d.items.filter((item) => answers.likert[item.id] !== undefined).length,
    0,
  );

  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  // Layout effect: focus must move with the render, before the person can type into the new step.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of step, by design
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, [step]);

  const goTo = (next: number) => {
    autosave.flush();
    if (next === reviewStep) setReviewed(true);
    setStep(next);
  };

  const resumeStep = () => {
    const index = dimensions.findIndex((d) => d.items.some((item) => answers.likert[item.id] === undefined));
    return index === -1 ? (openStep ?? reviewStep) : index + 1;
  };

  const dimension = step >= 1 && step <= dimensions.length ? dimensions[step - 1] : undefined;
  const title =
    step === 0
      ? questionnaire.round.title
      : dimension
        ? dimension.name[locale]
        : step === openStep
          ? t('open.title')
          : t('review.title');
  useDocumentTitle(title, t);

  if (step === 0) {
    return (
      <Intro
        questionnaire={questionnaire}
        locale={locale}
        t={t}
        answered={answered}
        total={total}
        onStart={() => goTo(answered > 0 ? resumeStep() : 1)}
      />
    );
  }

  const progress = (
    <Progress step={step} steps={reviewStep} answered={answered} total={total} saveState={autosave.state} t={t} />
  );

  if (step === reviewStep) {
    return (
      <Review
        questionnaire={questionnaire}
        answers={answers}
        locale={locale}
        t={t}
        heading={heading}
        progress={progress}
        openStep={openStep}
        onEdit={goTo}
        onSubmit={async () => {
          autosave.stop();
          try {
            await submitAnswers(token, answers, locale);
            onSubmitted();
          } catch (error) {
            if (error instanceof RespondError && (error.status === 410 || error.status === 409)) {
              onLinkClosed(error);
              return null;
            }
            autosave.resume();
            return error instanceof RespondError && error.kind === 'answers_empty' ? 'review.nothing' : 'review.failed';
          }
          return null;
        }}
      />
    );
  }

  return (
    <form
      class="step"
      onSubmit={(event) => {
        event.preventDefault();
        goTo(step + 1);
      }}
    >
      {progress}
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {dimension?.items.map((item) => (
        <Statement
          key={item.id}
          id={item.id}
          text={item.text[locale]}
          answer={answers.likert[item.id]}
          t={t}
          onAnswer={(answer) => setAnswers((a) => ({ ...a, likert: { ...a.likert, [item.id]: answer } }))}
        />
      ))}
      {step === openStep &&
        openQuestions.map((question) => (
          <OpenQuestion
            key={question.id}
            id={question.id}
            text={question.text[locale]}
            maxLength={question.maxLength}
            value={answers.open[question.id] ?? ''}
            t={t}
            onChange={(value) => setAnswers((a) => ({ ...a, open: { ...a.open, [question.id]: value } }))}
          />
        ))}
      <div class="step-nav">
        <button type="button" class="button" onClick={() => goTo(step - 1)}>
          {t('nav.previous')}
        </button>
        {reviewed && step < contentSteps && (
          <button type="button" class="button" onClick={() => goTo(reviewStep)}>
            {t('nav.review')}
          </button>
        )}
        <button type="submit" class="button button-primary">
          {step === contentSteps ? t('nav.review') : t('nav.next')}
        </button>
      </div>
    </form>
  );
}

function Intro({
  questionnaire,
  locale,
  t,
  answered,
  total,
  onStart,
}: {
  questionnaire: RespondQuestionnaire;
  locale: Locale;
  t: Translate;
  answered: number;
  total: number;
  onStart: () => void;
}) {
  const { instrument, organisation, respondentRole, round } = questionnaire;
  return (
    <section class="intro">
      <p class="eyebrow">{instrument.name[locale]}</p>
      <h1>{round.title}</h1>
      <p class="lead">{t('intro.lead')}</p>
      <p>
        {t('intro.size', {
          statements: total,
          dimensions: instrument.dimensions.length,
          open: instrument.openQuestions.length,
        })}
      </p>
      <div class="notice">
        <h2>{t('intro.anonymous.title')}</h2>
        <p>
          {respondentRole
            ? t('intro.anonymous.role', { organisation: organisation.name, role: respondentRole })
            : t('intro.anonymous', { organisation: organisation.name })}
        </p>
        <p>{t('intro.draft')}</p>
      </div>
      <p>{t('intro.closes', { date: formatDate(round.closesOn, locale) })}</p>
      {answered > 0 && <p>{t('intro.resumeNote', { answered, total })}</p>}
      <button type="button" class="button button-primary button-large" onClick={onStart}>
        {answered > 0 ? t('intro.resume') : t('intro.start')}
      </button>
    </section>
  );
}

function Progress({
  step,
  steps,
  answered,
  total,
  saveState,
  t,
}: {
  step: number;
  steps: number;
  answered: number;
  total: number;
  saveState: SaveState;
  t: Translate;
}) {
  const saveText: Record<SaveState, string> = {
    idle: '',
    saving: t('save.saving'),
    saved: t('save.saved'),
    failed: t('save.failed'),
  };
  return (
    <div class="progress">
      <div class="progress-text">
        <span id="progress-label">
          {t('progress.step', { step, steps })} · {t('progress.answered', { answered, total })}
        </span>
        <span class={`save-state save-${saveState}`} role="status">
          {saveText[saveState]}
        </span>
      </div>
      <progress max={total} value={answered} aria-labelledby="progress-label" />
    </div>
  );
}

function Review({
  questionnaire,
  answers,
  locale,
  t,
  heading,
  progress,
  openStep,
  onEdit,
  onSubmit,
}: {
  questionnaire: RespondQuestionnaire;
  answers: RespondAnswers;
  locale: Locale;
  t: Translate;
  heading: { current: HTMLHeadingElement | null };
  progress: ComponentChildren;
  openStep: number | null;
  onEdit: (step: number) => void;
  onSubmit: () => Promise<MessageKey | null>;
}) {
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const { dimensions, openQuestions } = questionnaire.instrument;
  const unanswered = dimensions.reduce(
    (sum, d) => sum + d.items.filter((item) => answers.likert[item.id] === undefined).length,
    0,
  );

  const send = async () => {
    if (sending) return;
    setSending(true);
    setProblem(null);
    const result = await onSubmit();
    setProblem(result);
    setSending(false);
  };

  return (
    <section class="review">
      {progress}
      <h1 tabIndex={-1} ref={heading}>
        {t('review.title')}
      </h1>
      <p>{t('review.lead')}</p>
      <p class={unanswered > 0 ? 'notice notice-warning' : 'notice'}>
        {unanswered > 0 ? t('review.unanswered', { count: unanswered }) : t('review.allAnswered')}
      </p>
      {dimensions.map((dimension, index) => (
        <section class="review-group" key={dimension.code} aria-labelledby={`review-${dimension.code}`}>
          <div class="review-group-header">
            <h2 id={`review-${dimension.code}`}>{dimension.name[locale]}</h2>
            <button type="button" class="button button-small" onClick={() => onEdit(index + 1)}>
              {t('review.change')}
              <span class="visually-hidden"> {dimension.name[locale]}</span>
            </button>
          </div>
          <dl class="review-list">
            {dimension.items.map((item) => {
              const answer = answers.likert[item.id];
              return (
                <div class="review-item" key={item.id}>
                  <dt>{item.text[locale]}</dt>
                  <dd class={answer === undefined ? 'review-missing' : undefined}>
                    {answer === undefined ? t('review.notAnswered') : answerLabel(t, answer)}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      {openStep !== null && (
        <section class="review-group" aria-labelledby="review-open">
          <div class="review-group-header">
            <h2 id="review-open">{t('open.title')}</h2>
            <button type="button" class="button button-small" onClick={() => onEdit(openStep)}>
              {t('review.change')}
              <span class="visually-hidden"> {t('open.title')}</span>
            </button>
          </div>
          <dl class="review-list">
            {openQuestions.map((question) => {
              const text = answers.open[question.id]?.trim() ?? '';
              return (
                <div class="review-item" key={question.id}>
                  <dt>{question.text[locale]}</dt>
                  <dd class={text ? 'review-open-answer' : 'review-missing'}>{text || t('review.noOpen')}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      )}
      {problem && (
        <p class="notice notice-error" role="alert">
          {t(problem)}
        </p>
      )}
      <div class="step-nav">
        <button type="button" class="button" onClick={() => onEdit(openStep ?? dimensions.length)}>
          {t('nav.previous')}
        </button>
        <button type="button" class="button button-primary" onClick={send} disabled={sending} aria-busy={sending}>
          {sending ? t('review.submitting') : t('review.submit')}
        </button>
      </div>
    </section>
  );
}
