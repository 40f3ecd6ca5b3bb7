import type { Db } from '@tks/db/client';
import {
  answers,
  authTokens,
  dimensions,
  instruments,
  instrumentVersionItems,
  instrumentVersions,
  items,
  responses,
  rounds,
} from '@tks/db/schema';
import type { ComponentCode } from '@tks/shared/components';
import { parseQuarterKey } from '@tks/shared/periods';
import { hashToken, randomToken } from '../src/features/auth/tokens';

/** A pending invitation with a known token, for tests that need one without going through the mail. */
export function createInvitationForTest(
  db: Db,
  coalitionId: number,
  values: Partial<typeof authTokens.$inferInsert> = {},
) {
  const token = randomToken();
  const [row] = db
    .insert(authTokens)
    .values({
      tokenHash: hashToken(token),
      purpose: 'invitation',
      email: 'nieuw@test.example',
      coalitionId,
      role: 'director',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      ...values,
    })
    .returning()
    .all();
  if (!row) throw new Error('invitation not inserted');
  return { ...row, token };
}

/**
 * A closed questionnaire round for one dimension: each inner array is one respondent's answers
 * (1–5, or null for "don't know").
 */
export function insertRoundWithAnswers(
  db: Db,
  coalitionId: number,
  organisationId: number,
  round: { quarter: string; dimensionCode: string; component: ComponentCode; respondents: Array<Array<number | null>> },
) {
  const [instrument] = db
    .insert(instruments)
    .values({ coalitionId, code: `i-${round.quarter}`, nameNl: 'Vragenlijst', nameEn: 'Questionnaire' })
    .returning()
    .all();
  if (!instrument) throw new Error('instrument not inserted');
  const [version] = db
    .insert(instrumentVersions)
    .values({ coalitionId, instrumentId: instrument.id, version: 1, status: 'published' })
    .returning()
    .all();
  if (!version) throw new Error('version not inserted');
  const [dimension] = db
    .insert(dimensions)
    .values({
      coalitionId,
      instrumentVersionId: version.id,
      code: round.dimensionCode,
      nameNl: `Dimensie ${round.dimensionCode}`,
      nameEn: `Dimension ${round.dimensionCode}`,
      component: round.component,
      sortOrder: 1,
    })
    .returning()
    .all();
  if (!dimension) throw new Error('dimension not inserted');
  const itemCount = Math.max(...round.respondents.map((r) => r.length));
  const itemIds = Array.from({ length: itemCount }, (_, i) => {
    const [item] = db
      .insert(items)
      .values({
        coalitionId,
        instrumentId: instrument.id,
        code: `${round.dimensionCode}${i + 1}`,
        kind: 'likert',
        textNl: `Stelling ${i + 1}`,
        textEn: `Statement ${i + 1}`,
      })
      .returning()
      .all();
    if (!item) throw new Error('item not inserted');
    db.insert(instrumentVersionItems)
      .values({ instrumentVersionId: version.id, itemId: item.id, dimensionId: dimension.id, sortOrder: i })
      .run();
    return item.id;
  });
  const { year, quarter } = parseQuarterKey(round.quarter);
  const [row] = db
    .insert(rounds)
    .values({
      coalitionId,
      instrumentVersionId: version.id,
      title: `Ronde ${round.quarter}`,
      quarter: round.quarter,
      quarterIndex: year * 4 + quarter - 1,
      opensOn: `${year}-01-01`,
      closesOn: `${year}-12-31`,
      status: 'closed',
    })
    .returning()
    .all();
  if (!row) throw new Error('round not inserted');
  for (const respondent of round.respondents) {
    const [response] = db
      .insert(responses)
      .values({ coalitionId, roundId: row.id, organisationId, submittedOn: `${year}-06-01` })
      .returning()
      .all();
    if (!response) throw new Error('response not inserted');
    respondent.forEach((value, i) => {
      const itemId = itemIds[i];
      if (itemId === undefined) return;
      db.insert(answers)
        .values({ responseId: response.id, itemId, value, dontKnow: value === null })
        .run();
    });
  }
  return row;
}
