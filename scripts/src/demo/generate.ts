import { createHash } from 'node:crypto';
import { DEFAULT_INSTRUMENT } from '@tks/shared/instrument-default';
import { parseQuarterKey, type Quarter } from '@tks/shared/periods';
import { buildTimeline, dayInQuarter, quarterAt, timestamp } from './calendar';
import { generateIndicators } from './indicators';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './organisations';
import { generateRounds } from './questionnaire';
import { createRandom } from './random';
import {
  generateAnnotations,
  generateCarePlanCounts,
  generateImprovementActions,
  generateLearningActivities,
  generateMeasureTargets,
  generateMirrorConversations,
  generateSharingAgreements,
} from './registers';
import type { DemoCoalitionData } from './types';

/** "The first 1000 days": any fixed number would do, as long as it never changes silently. */
export const DEMO_SEED = 1000;

/** The last completed quarter when the demo was written; the demo reports on it. */
export const DEFAULT_CURRENT_QUARTER: Quarter = { year: 2026, quarter: 3 };

export const DEMO_COALITION = {
  slug: 'voorbeeldstad',
  name: 'Coalitie Kansrijke Start Voorbeeldstad',
  municipality: 'Voorbeeldstad',
  minGroupSize: 5,
} as const;

export interface GenerateDemoOptions {
  /** The quarter the demo reports on, as a Quarter or a key such as "2026-Q3". */
  currentQuarter?: Quarter | string;
  seed?: number;
  /** Quarters of history up to the current one; the demo's story is written for twelve (three years). */
  quarterCount?: number;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The fictional coalition "Voorbeeldstad" with three years of data, as plain data. Pure and
 * deterministic: the same options always give a deep-equal result.
 */
export function generateDemoCoalition(options: GenerateDemoOptions = {}): DemoCoalitionData {
  const current =
    typeof options.currentQuarter === 'string'
      ? parseQuarterKey(options.currentQuarter)
      : (options.currentQuarter ?? DEFAULT_CURRENT_QUARTER);
  const timeline = buildTimeline(current, options.quarterCount);
  const random = createRandom(options.seed ?? DEMO_SEED);
  const instrument = DEFAULT_INSTRUMENT;

  const rounds = generateRounds(random.fork('questionnaire'), timeline, instrument);
  const mirrorConversations = generateMirrorConversations(timeline);
  const carePlanCounts = generateCarePlanCounts(random.fork('care-plans'), timeline);
  const indicators = generateIndicators(random.fork('indicators'), timeline, {
    carePlanCounts,
    mirrorConversations,
    rounds,
    instrument,
  });
  const { actions, ungrouped } = generateImprovementActions(timeline);

  return {
    coalition: { ...DEMO_COALITION },
    timeline,
    organisations: DEMO_ORGANISATIONS.map((organisation) => ({ ...organisation })),
    users: DEMO_USERS.map((user) => ({ ...user })),
    // Published shortly before the first round.
    instrument: { definition: instrument, publishedAt: timestamp(dayInQuarter(quarterAt(timeline, 0), 0, 15), 9) },
    rounds,
    indicators,
    indicatorImport: {
      fileName: `demo-${DEMO_COALITION.slug}-indicatoren.json`,
      fileHash: sha256Hex(JSON.stringify(indicators.map((i) => [i.definition.code, i.values]))),
    },
    sharingAgreements: generateSharingAgreements(timeline),
    mirrorConversations,
    learningActivities: generateLearningActivities(random.fork('learning'), timeline),
    carePlanCounts,
    improvementActions: actions,
    ungroupedObstacles: ungrouped,
    annotations: generateAnnotations(timeline),
    measureTargets: generateMeasureTargets(timeline),
  };
}
