import type { Db } from '@tks/db/client';
import {
  dimensions,
  instruments,
  instrumentVersionItems,
  instrumentVersions,
  invitations,
  items,
  rounds,
} from '@tks/db/schema';
import { DEFAULT_INSTRUMENT } from '@tks/shared/instrument-default';
import { parseQuarterKey } from '@tks/shared/periods';
import { hashToken, randomToken } from '../auth/tokens';

/*
 * Rounds and personal links made directly in the database, for the server tests, the browser test
 * and the benchmark of the respondent's side. The app itself never calls these: coordinators
 * create rounds and invitations through the rounds feature.
 */

function only<T>(rows: T[], what: string): T {
  const [row] = rows;
  if (!row) throw new Error(`${what} not inserted`);
  return row;
}

/** The default instrument (7 dimensions × 5 statements, 2 open questions) as a published version. */
export function insertDefaultInstrumentVersion(db: Db, coalitionId: number): number {
  const instrument = only(
    db
      .insert(instruments)
      .values({
        coalitionId,
        code: DEFAULT_INSTRUMENT.code,
        nameNl: DEFAULT_INSTRUMENT.name.nl,
        nameEn: DEFAULT_INSTRUMENT.name.en,
      })
      .returning()
      .all(),
    'instrument',
  );
  const version = only(
    db
      .insert(instrumentVersions)
      .values({ coalitionId, instrumentId: instrument.id, version: 1, status: 'published' })
      .returning()
      .all(),
    'instrument version',
  );
  const addItem = (
    definition: { code: string; kind: 'likert' | 'open'; text: { nl: string; en: string } },
    dimensionId: number | null,
    sortOrder: number,
  ) => {
    const item = only(
      db
        .insert(items)
        .values({
          coalitionId,
          instrumentId: instrument.id,
          code: definition.code,
          kind: definition.kind,
          textNl: definition.text.nl,
          textEn: definition.text.en,
        })
        .returning()
        .all(),
      'item',
    );
    db.insert(instrumentVersionItems)
      .values({ instrumentVersionId: version.id, itemId: item.id, dimensionId, sortOrder })
      .run();
  };
  DEFAULT_INSTRUMENT.dimensions.forEach((definition, d) => {
    const dimension = only(
      db
        .insert(dimensions)
        .values({
          coalitionId,
          instrumentVersionId: version.id,
          code: definition.code,
          nameNl: definition.name.nl,
          nameEn: definition.name.en,
          component: definition.component,
          sortOrder: d + 1,
        })
        .returning()
        .all(),
      'dimension',
    );
    for (const [i, item] of definition.items.entries()) addItem(item, dimension.id, i + 1);
  });
  for (const [i, question] of DEFAULT_INSTRUMENT.openQuestions.entries()) addItem(question, null, 100 + i);
  return version.id;
}

export interface TestRoundOptions {
  coalitionId: number;
  instrumentVersionId: number;
  quarter?: string;
  status?: 'draft' | 'open' | 'closed';
  opensOn?: string;
  closesOn?: string;
}

export function insertRound(db: Db, options: TestRoundOptions) {
  const quarter = options.quarter ?? '2099-Q1';
  const { year, quarter: q } = parseQuarterKey(quarter);
  return only(
    db
      .insert(rounds)
      .values({
        coalitionId: options.coalitionId,
        instrumentVersionId: options.instrumentVersionId,
        title: `Partnervragenlijst ${quarter}`,
        quarter,
        quarterIndex: year * 4 + q - 1,
        opensOn: options.opensOn ?? '2000-01-01',
        closesOn: options.closesOn ?? '2999-12-31',
        status: options.status ?? 'open',
      })
      .returning()
      .all(),
    'round',
  );
}

/** A personal link: returns the invitation with its token, which is stored only as a hash. */
export function insertRespondentInvitation(
  db: Db,
  values: {
    coalitionId: number;
    roundId: number;
    organisationId: number;
    email: string;
    respondentRole?: string | null;
    name?: string | null;
  },
) {
  const token = randomToken();
  const invitation = only(
    db
      .insert(invitations)
      .values({
        ...values,
        tokenHash: hashToken(token),
        sentAt: new Date().toISOString(),
      })
      .returning()
      .all(),
    'invitation',
  );
  return { ...invitation, token };
}
