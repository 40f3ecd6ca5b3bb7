import { z } from 'zod';
import { zComponentCode } from '../components';
import { ROUND_STATUSES } from '../domain';
import { zQuarterKey } from '../periods';
import { HIGHEST_MIN_GROUP_SIZE, LOWEST_MIN_GROUP_SIZE } from '../suppression';
import { zBand, zBandCode } from './thermometer';

/*
 * The coordinator's side of the partner questionnaire: instrument versions, rounds, invitees,
 * response tracking, results and their discussion, and the import of responses collected elsewhere.
 * The respondent's own pages (the personal link) have a contract of their own.
 */

const zDay = z.iso.date();
const zId = z.number().int().positive();

// ---------------------------------------------------------------------------------------------
// Instrument versions
// ---------------------------------------------------------------------------------------------

export const zInstrumentVersionSummary = z
  .object({
    id: zId,
    version: z.number().int(),
    status: z.enum(['draft', 'published']),
    notes: z.string().nullable(),
    basedOnId: z.number().int().nullable(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    rounds: z.number().int(),
    responses: z.number().int(),
    /** True once a round with this version was opened or has responses: then it can only be copied. */
    locked: z.boolean(),
    items: z.number().int(),
  })
  .meta({ id: 'InstrumentVersionSummary' });
export type InstrumentVersionSummary = z.infer<typeof zInstrumentVersionSummary>;

export const zInstrumentVersionList = z
  .object({
    instrument: z.object({ id: zId, code: z.string(), nameNl: z.string(), nameEn: z.string() }),
    versions: z.array(zInstrumentVersionSummary),
  })
  .meta({ id: 'InstrumentVersionList' });
export type InstrumentVersionList = z.infer<typeof zInstrumentVersionList>;

export const zInstrumentItem = z.object({
  id: zId,
  /** Stable per wording: A1 … G5, O1, O2; a reworded statement gets a new code. */
  code: z.string(),
  textNl: z.string(),
  textEn: z.string(),
});
export type InstrumentItem = z.infer<typeof zInstrumentItem>;

export const zInstrumentDimension = z.object({
  code: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  component: zComponentCode,
  items: z.array(zInstrumentItem),
});
export type InstrumentDimension = z.infer<typeof zInstrumentDimension>;

export const zInstrumentVersionDetail = zInstrumentVersionSummary
  .extend({ dimensions: z.array(zInstrumentDimension), openQuestions: z.array(zInstrumentItem) })
  .meta({ id: 'InstrumentVersionDetail' });
export type InstrumentVersionDetail = z.infer<typeof zInstrumentVersionDetail>;

const zItemText = z.string().trim().min(5).max(400);

/** An item in an edited version: `itemId` keeps an existing wording; changed text makes a new item. */
export const zEditedItem = z.object({
  itemId: zId.optional(),
  textNl: zItemText,
  textEn: zItemText,
});
export type EditedItem = z.infer<typeof zEditedItem>;

export const zInstrumentVersionEdit = z
  .object({
    notes: z.string().trim().max(500).optional(),
    dimensions: z
      .array(
        z.object({
          code: z.string().regex(/^[A-Z]$/),
          nameNl: z.string().trim().min(2).max(120),
          nameEn: z.string().trim().min(2).max(120),
          component: zComponentCode,
          items: z.array(zEditedItem).min(1).max(12),
        }),
      )
      .min(1)
      .max(12)
      .refine((dims) => new Set(dims.map((d) => d.code)).size === dims.length, 'Elke dimensie heeft een eigen code'),
    openQuestions: z.array(zEditedItem).max(4),
  })
  .meta({ id: 'InstrumentVersionEdit' });
export type InstrumentVersionEdit = z.infer<typeof zInstrumentVersionEdit>;

export const zInstrumentVersionParams = z.object({
  slug: z.string(),
  versionId: z.coerce.number().int().positive(),
});

// ---------------------------------------------------------------------------------------------
// Rounds
// ---------------------------------------------------------------------------------------------

export const zRoundSummary = z
  .object({
    id: zId,
    title: z.string(),
    quarter: zQuarterKey,
    opensOn: zDay,
    closesOn: zDay,
    status: z.enum(ROUND_STATUSES),
    instrumentVersionId: zId,
    instrumentVersion: z.number().int(),
    maxReminders: z.number().int(),
    reminderIntervalDays: z.number().int(),
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    invited: z.number().int(),
    /** Invitees who submitted through their link. */
    responded: z.number().int(),
    /** All responses, including those imported from another tool. */
    responses: z.number().int(),
  })
  .meta({ id: 'RoundSummary' });
export type RoundSummary = z.infer<typeof zRoundSummary>;

export const zRoundList = z
  .object({ rounds: z.array(zRoundSummary), minGroupSize: z.number().int() })
  .meta({ id: 'RoundList' });
export type RoundList = z.infer<typeof zRoundList>;

export const zNewRound = z
  .object({
    title: z.string().trim().min(3).max(120),
    quarter: zQuarterKey,
    opensOn: zDay,
    closesOn: zDay,
    instrumentVersionId: zId,
    maxReminders: z.number().int().min(0).max(5).default(2),
    reminderIntervalDays: z.number().int().min(1).max(30).default(7),
  })
  .refine((r) => r.closesOn > r.opensOn, { path: ['closesOn'], message: 'De sluitdatum ligt na de openingsdatum' })
  .meta({ id: 'NewRound' });
export type NewRound = z.input<typeof zNewRound>;

export const zRoundParams = z.object({ slug: z.string(), roundId: z.coerce.number().int().positive() });
export const zInviteeParams = zRoundParams.extend({ inviteeId: z.coerce.number().int().positive() });

export const zInvitee = z.object({
  id: zId,
  name: z.string().nullable(),
  email: z.string(),
  organisationId: zId,
  organisationName: z.string(),
  role: z.string().nullable(),
  sentAt: z.string().nullable(),
  remindersSent: z.number().int(),
  lastRemindedAt: z.string().nullable(),
  respondedAt: z.string().nullable(),
  /** Would get a reminder if the coordinator sent reminders now. */
  reminderDue: z.boolean(),
  /** When the next reminder is allowed (minimum interval), or null when none will be. */
  nextReminderAt: z.string().nullable(),
});
export type Invitee = z.infer<typeof zInvitee>;

export const zOrganisationResponse = z.object({
  organisationId: zId,
  name: z.string(),
  invited: z.number().int(),
  responded: z.number().int(),
});

export const zRoundDetail = zRoundSummary
  .extend({
    invitees: z.array(zInvitee),
    byOrganisation: z.array(zOrganisationResponse),
    remindersDue: z.number().int(),
  })
  .meta({ id: 'RoundDetail' });
export type RoundDetail = z.infer<typeof zRoundDetail>;

export const zNewInvitee = z.object({
  name: z.string().trim().max(120).optional(),
  email: z.email().trim().toLowerCase().max(254),
  organisationId: zId,
  role: z.string().trim().max(80).optional(),
});
export type NewInvitee = z.input<typeof zNewInvitee>;

export const zNewInvitees = z
  .object({
    invitees: z
      .array(zNewInvitee)
      .min(1)
      .max(1000)
      .superRefine((list, ctx) => {
        const seen = new Map<string, number>();
        list.forEach((invitee, i) => {
          const first = seen.get(invitee.email);
          if (first !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'email'],
              message: `Dit e-mailadres staat al in de lijst (nummer ${first + 1})`,
            });
          } else seen.set(invitee.email, i);
        });
      }),
  })
  .meta({ id: 'NewInvitees' });

export const zAddedInvitees = z.object({
  added: z.number().int(),
  /** Addresses already invited to this round, left as they were. */
  alreadyInvited: z.array(z.string()),
  /** Invitations mailed at once because the round is open. */
  sent: z.number().int(),
});
export type AddedInvitees = z.infer<typeof zAddedInvitees>;

export const zSentCount = z.object({ sent: z.number().int() });

export const zQuestionnaireSettings = z
  .object({ minGroupSize: z.number().int().min(LOWEST_MIN_GROUP_SIZE).max(HIGHEST_MIN_GROUP_SIZE) })
  .meta({ id: 'QuestionnaireSettings' });

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

export const BREAKDOWNS = ['none', 'organisation', 'role'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];
export const zResultsQuery = z.object({ breakdown: z.enum(BREAKDOWNS).default('none') });

export const zDistribution = z.object({
  counts: z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int(), z.number().int()]),
  dontKnow: z.number().int(),
});
export type Distribution = z.infer<typeof zDistribution>;

export const zGroupResult = z.object({
  key: z.string(),
  label: z.string(),
  n: z.number().int(),
  published: z.boolean(),
  /** Only when published. */
  mean: z.number().nullable(),
  score: z.number().nullable(),
});
export type GroupResult = z.infer<typeof zGroupResult>;

export const zChange = z.object({
  previousScore: z.number(),
  change: z.number(),
  /** Half-width of the 95% interval of the difference, in points. */
  margin: z.number(),
  meaningful: z.boolean(),
});
export type Change = z.infer<typeof zChange>;

export const zDimensionResult = z.object({
  code: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  component: zComponentCode,
  /** Respondents with at least one answer on the scale in this dimension. */
  n: z.number().int(),
  published: z.boolean(),
  mean: z.number().nullable(),
  score: z.number().nullable(),
  band: zBandCode.nullable(),
  distribution: zDistribution.nullable(),
  /** Lowest and highest score among the organisations that may be shown. */
  spread: z.object({ organisations: z.number().int(), lowest: z.number(), highest: z.number() }).nullable(),
  change: zChange.nullable(),
  groups: z.array(zGroupResult),
  items: z.array(
    z.object({
      code: z.string(),
      textNl: z.string(),
      textEn: z.string(),
      n: z.number().int(),
      mean: z.number().nullable(),
      distribution: zDistribution.nullable(),
    }),
  ),
});
export type DimensionResult = z.infer<typeof zDimensionResult>;

export const zOpenQuestionResult = z.object({
  code: z.string(),
  textNl: z.string(),
  textEn: z.string(),
  /** Null when the round is below the minimum; sorted alphabetically, never in order of arrival. */
  answers: z.array(z.string()).nullable(),
  groups: z.array(z.object({ key: z.string(), label: z.string(), answers: z.array(z.string()) })),
});

export const zConclusion = z.object({
  dimensionCode: z.string().nullable(),
  conclusion: z.string(),
  updatedAt: z.string(),
});
export type Conclusion = z.infer<typeof zConclusion>;

export const zRoundResults = z
  .object({
    round: zRoundSummary,
    breakdown: z.enum(BREAKDOWNS),
    minGroupSize: z.number().int(),
    respondents: z.number().int(),
    /** False below the minimum: then nothing but the count is shown. */
    published: z.boolean(),
    /** The round is still open: figures can change (only the coordinator sees them then). */
    preliminary: z.boolean(),
    previousRound: z.object({ id: zId, title: z.string(), quarter: zQuarterKey }).nullable(),
    bands: z.array(zBand),
    overall: z.object({ mean: z.number().nullable(), score: z.number().nullable(), band: zBandCode.nullable() }),
    groups: z.array(zGroupResult),
    dimensions: z.array(zDimensionResult),
    openQuestions: z.array(zOpenQuestionResult),
    conclusions: z.array(zConclusion),
  })
  .meta({ id: 'RoundResults' });
export type RoundResults = z.infer<typeof zRoundResults>;

export const zConclusionInput = z
  .object({
    dimensionCode: z
      .string()
      .regex(/^[A-Z]$/)
      .nullable(),
    conclusion: z.string().trim().max(4000),
  })
  .meta({ id: 'ConclusionBody' });

/** An improvement action created from the discussion of one dimension. */
export const zActionFromResults = z
  .object({
    dimensionCode: z.string().regex(/^[A-Z]$/),
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().max(4000).optional(),
    ownerName: z.string().trim().max(120).optional(),
    dueOn: zDay.optional(),
  })
  .meta({ id: 'ActionFromResults' });
export const zCreatedAction = z.object({ id: zId, title: z.string() });

// ---------------------------------------------------------------------------------------------
// Import of responses collected elsewhere
// ---------------------------------------------------------------------------------------------

/** Column index (0-based) per target; items by their code. */
export const zImportMapping = z.object({
  organisation: z.number().int().min(0),
  role: z.number().int().min(0).nullable(),
  items: z.record(z.string(), z.number().int().min(0)),
});
export type ImportMapping = z.infer<typeof zImportMapping>;

export const zImportRequest = z
  .object({
    fileName: z.string().trim().min(1).max(200),
    /** The file's bytes, base64: the server detects UTF-8 or Windows-1252. */
    contentBase64: z.string().min(1).max(2_000_000),
    mapping: zImportMapping.optional(),
  })
  .meta({ id: 'ImportRequest' });
export type ImportRequest = z.infer<typeof zImportRequest>;

export const zImportProblem = z.object({
  /** 1-based line in the file, the header being line 1. */
  line: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof zImportProblem>;

export const zImportPreview = z
  .object({
    columns: z.array(z.object({ index: z.number().int(), header: z.string(), samples: z.array(z.string()) })),
    suggested: zImportMapping,
    rows: z.number().int(),
    valid: z.number().int(),
    problems: z.array(zImportProblem),
    /** The first rows as they would be stored. */
    sample: z.array(
      z.object({
        line: z.number().int(),
        organisation: z.string(),
        role: z.string().nullable(),
        answers: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof zImportPreview>;

export const zImportResult = z.object({ imported: z.number().int(), batchId: zId }).meta({ id: 'ImportResult' });
