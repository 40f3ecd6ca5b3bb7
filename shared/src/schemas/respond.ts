import { z } from 'zod';

/**
 * The respondent's side of a questionnaire round: what a personal link opens, and the answers sent
 * back. Used without an account; the link's token is the only credential.
 *
 * The questionnaire page imports only the types from this file: zod stays out of its bundle.
 */

/** Longest answer to an open question, in characters. */
export const OPEN_ANSWER_MAX_LENGTH = 2000;

const zLocalisedText = z.object({ nl: z.string(), en: z.string() });

const zItemKey = z.string().regex(/^\d{1,12}$/, 'item id');

/**
 * Answers by item id. Statements take 1 … 5 or "dont_know"; open questions take text. Items left
 * out are unanswered. The server checks the ids and kinds against the round's instrument version.
 */
export const zRespondAnswers = z
  .object({
    likert: z.record(zItemKey, z.union([z.number().int().min(1).max(5), z.literal('dont_know')])),
    open: z.record(zItemKey, z.string().max(OPEN_ANSWER_MAX_LENGTH)),
  })
  .meta({ id: 'RespondAnswers' });
export type RespondAnswers = z.infer<typeof zRespondAnswers>;
export type LikertAnswer = RespondAnswers['likert'][string];

export const zRespondItem = z.object({
  id: z.number().int(),
  code: z.string(),
  text: zLocalisedText,
});

export const zRespondQuestionnaire = z
  .object({
    coalition: z.object({ name: z.string() }),
    round: z.object({ title: z.string(), quarter: z.string(), closesOn: z.string() }),
    /** Who the answers count for: shown so the respondent knows what is kept (and nothing more). */
    organisation: z.object({ name: z.string() }),
    respondentRole: z.string().nullable(),
    instrument: z.object({
      name: zLocalisedText,
      dimensions: z.array(z.object({ code: z.string(), name: zLocalisedText, items: z.array(zRespondItem) })),
      openQuestions: z.array(zRespondItem.extend({ maxLength: z.number().int() })),
    }),
    /** Answers saved earlier through the same link, or null. */
    draft: zRespondAnswers.nullable(),
    draftSavedAt: z.string().nullable(),
  })
  .meta({ id: 'RespondQuestionnaire' });
export type RespondQuestionnaire = z.infer<typeof zRespondQuestionnaire>;

export const zDraftSaved = z.object({ savedAt: z.string() }).meta({ id: 'RespondDraftSaved' });
export type DraftSaved = z.infer<typeof zDraftSaved>;

export const zSubmitted = z.object({ submitted: z.literal(true) }).meta({ id: 'RespondSubmitted' });

/** The error codes a personal link can answer with, each a page of its own on the client. */
export const RESPOND_LINK_ERRORS = [
  'questionnaire_link_unknown',
  'questionnaire_link_used',
  'questionnaire_closed',
  'questionnaire_not_open',
] as const;
export type RespondLinkError = (typeof RESPOND_LINK_ERRORS)[number];
