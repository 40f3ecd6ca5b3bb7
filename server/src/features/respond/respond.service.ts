import type { Db } from '@tks/db/client';
import {
  OPEN_ANSWER_MAX_LENGTH,
  type RespondAnswers,
  type RespondQuestionnaire,
  zRespondAnswers,
} from '@tks/shared/schemas/respond';
import { HttpError } from '../../http-error';
import { hashToken } from '../auth/tokens';
import {
  findInvitationByTokenHash,
  type InvitationRow,
  insertAnswers,
  insertResponse,
  instrumentNameOfVersion,
  itemsOfVersion,
  markInvitationResponded,
  saveInvitationDraft,
  type VersionItem,
} from './respond.queries';

/*
 * Anonymity, by construction:
 * - a response row carries its round, organisation and role, and the day of submission; never
 *   the invitation's id, e-mail or name;
 * - the invitation only learns that it was used, and on which day (not the time): a precise time
 *   on the invitation could be matched to the order in which responses and answers were stored;
 * - the draft is cleared in the same transaction;
 * - nothing on this path writes the audit log: an entry per submission would carry the exact time
 *   and the invitation, which re-links a response through insertion order. The coordinator's own
 *   actions on rounds and invitations are audited where they happen.
 */

const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in the Netherlands, as YYYY-MM-DD: rounds open and close on Dutch days. */
export function dutchDay(now: Date): string {
  return DAY_FORMAT.format(now);
}

/**
 * The invitation a token opens, if it may still be answered. Unknown and guessed tokens get the
 * same answer; a used link and a round that is closed or not open yet each get their own, since
 * only the link's holder can ask about them.
 */
function openInvitation(db: Db, token: string, now: Date): InvitationRow {
  const invitation = findInvitationByTokenHash(db, hashToken(token));
  if (!invitation) throw new HttpError(404, 'questionnaire_link_unknown');
  if (invitation.respondedAt !== null) throw new HttpError(410, 'questionnaire_link_used');
  const { round } = invitation;
  const today = dutchDay(now);
  if (round.archivedAt !== null || invitation.coalition.archivedAt !== null || round.status === 'closed') {
    throw new HttpError(410, 'questionnaire_closed');
  }
  if (today > round.closesOn) throw new HttpError(410, 'questionnaire_closed');
  if (round.status !== 'open') throw new HttpError(409, 'questionnaire_not_open');
  return invitation;
}

function storedDraft(draft: unknown): { answers: RespondAnswers; savedAt: string } | null {
  if (!draft || typeof draft !== 'object') return null;
  const { savedAt, ...answers } = draft as { savedAt?: unknown };
  const parsed = zRespondAnswers.safeParse(answers);
  if (!parsed.success || typeof savedAt !== 'string') return null;
  return { answers: parsed.data, savedAt };
}

export function loadQuestionnaire(db: Db, token: string, now = new Date()): RespondQuestionnaire {
  const invitation = openInvitation(db, token, now);
  const versionId = invitation.round.instrumentVersionId;
  const versionItems = itemsOfVersion(db, versionId);
  const name = instrumentNameOfVersion(db, versionId) ?? { nl: '', en: '' };

  const dimensions: RespondQuestionnaire['instrument']['dimensions'] = [];
  const openQuestions: RespondQuestionnaire['instrument']['openQuestions'] = [];
  for (const item of versionItems) {
    const text = { nl: item.textNl, en: item.textEn };
    if (item.kind === 'open' || !item.dimension) {
      openQuestions.push({ id: item.id, code: item.code, text, maxLength: OPEN_ANSWER_MAX_LENGTH });
      continue;
    }
    let dimension = dimensions.at(-1);
    if (dimension?.code !== item.dimension.code) {
      dimension = {
        code: item.dimension.code,
        name: { nl: item.dimension.nameNl, en: item.dimension.nameEn },
        items: [],
      };
      dimensions.push(dimension);
    }
    dimension.items.push({ id: item.id, code: item.code, text });
  }

  const draft = storedDraft(invitation.draft);
  return {
    coalition: { name: invitation.coalition.name },
    round: { title: invitation.round.title, quarter: invitation.round.quarter, closesOn: invitation.round.closesOn },
    organisation: { name: invitation.organisationName },
    respondentRole: invitation.respondentRole,
    instrument: { name, dimensions, openQuestions },
    draft: draft?.answers ?? null,
    draftSavedAt: draft?.savedAt ?? null,
  };
}

interface CheckedAnswers {
  likert: Array<{ itemId: number; value: number | null; dontKnow: boolean }>;
  open: Array<{ itemId: number; text: string }>;
}

/** Every answer must belong to an item of the round's version, of the matching kind. */
function checkAnswers(versionItems: VersionItem[], input: RespondAnswers): CheckedAnswers {
  const kinds = new Map(versionItems.map((item) => [item.id, item.kind]));
  const checked: CheckedAnswers = { likert: [], open: [] };
  for (const [key, answer] of Object.entries(input.likert)) {
    const itemId = Number(key);
    if (kinds.get(itemId) !== 'likert') throw new HttpError(400, 'answers_invalid');
    checked.likert.push(
      answer === 'dont_know' ? { itemId, value: null, dontKnow: true } : { itemId, value: answer, dontKnow: false },
    );
  }
  for (const [key, text] of Object.entries(input.open)) {
    const itemId = Number(key);
    if (kinds.get(itemId) !== 'open') throw new HttpError(400, 'answers_invalid');
    const trimmed = text.trim();
    if (trimmed.length > 0) checked.open.push({ itemId, text: trimmed });
  }
  return checked;
}

export function saveDraft(db: Db, token: string, input: RespondAnswers, now = new Date()) {
  const invitation = openInvitation(db, token, now);
  checkAnswers(itemsOfVersion(db, invitation.round.instrumentVersionId), input);
  const savedAt = now.toISOString();
  const changed = saveInvitationDraft(db, invitation.id, { ...input, savedAt });
  if (changed === 0) throw new HttpError(410, 'questionnaire_link_used');
  return { savedAt };
}

/**
 * Stores the answers as one anonymous response and uses up the link, in one transaction. The
 * conditional update of the invitation is the guard: of two concurrent submissions exactly one
 * changes a row, the other is refused and rolls back without storing anything.
 */
export function submitResponse(db: Db, token: string, input: RespondAnswers, now = new Date()) {
  const invitation = openInvitation(db, token, now);
  const checked = checkAnswers(itemsOfVersion(db, invitation.round.instrumentVersionId), input);
  if (checked.likert.length === 0 && checked.open.length === 0) throw new HttpError(400, 'answers_empty');
  const day = dutchDay(now);

  db.transaction((tx) => {
    if (markInvitationResponded(tx, invitation.id, day) === 0) throw new HttpError(410, 'questionnaire_link_used');
    const responseId = insertResponse(tx, {
      coalitionId: invitation.coalitionId,
      roundId: invitation.round.id,
      organisationId: invitation.organisationId,
      respondentRole: invitation.respondentRole,
      submittedOn: day,
    });
    insertAnswers(tx, [
      ...checked.likert.map((answer) => ({ responseId, ...answer })),
      ...checked.open.map((answer) => ({ responseId, itemId: answer.itemId, text: answer.text })),
    ]);
  });
  return { submitted: true as const };
}
