import { z } from 'zod';
import { AGREEMENT_STATUSES, LEARNING_ACTIVITY_KINDS, LEGAL_BASES } from '../domain';
import { zQuarterKey } from '../periods';
import { REGISTER_MEASURE_CODES, REGISTER_MEASURES, type RegisterMeasureCode } from '../register-measures';

/*
 * The registers of components 2 to 5. Every entry belongs to one organisation of the coalition
 * (`ownerOrganisationId`): partners maintain the entries of their own organisation, coordinators all.
 * Care-plan counts are coalition-wide aggregates and belong to no organisation.
 */

const zText = (max: number) => z.string().trim().max(max);
const zRequiredText = (max: number) => z.string().trim().min(1).max(max);
const zId = z.number().int().positive();
/** A calendar date, YYYY-MM-DD. */
export const zCalendarDate = z.iso.date();

export const zArchivedQuery = z.object({
  /** Also list archived entries. */
  archived: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const zOrganisationRef = z.object({ id: z.number().int(), name: z.string() });
export type OrganisationRef = z.infer<typeof zOrganisationRef>;

const zEntryMeta = {
  id: z.number().int(),
  ownerOrganisation: zOrganisationRef.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
};

// ---------------------------------------------------------------------------------------------
// Information-sharing agreements (component 2)
// ---------------------------------------------------------------------------------------------

export const zAgreementStatus = z.enum(AGREEMENT_STATUSES);
export const zLegalBasis = z.enum(LEGAL_BASES);

/** Only web addresses: a `javascript:` or `file:` link in a register would be a trap for the next reader. */
export const zDocumentLink = z.object({
  label: zRequiredText(120),
  url: z
    .string()
    .trim()
    .max(2000)
    .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain })),
});
export type DocumentLink = z.infer<typeof zDocumentLink>;

export const zAgreementInput = z
  .object({
    title: zRequiredText(200),
    dataCategory: zRequiredText(300),
    purpose: zRequiredText(500),
    legalBasis: zLegalBasis,
    legalBasisNote: zText(500).nullable().default(null),
    status: zAgreementStatus,
    agreedOn: zCalendarDate.nullable().default(null),
    reviewOn: zCalendarDate.nullable().default(null),
    documentLinks: z.array(zDocumentLink).max(20).default([]),
    /** At least two organisations share information; the owner need not be one of them. */
    partyIds: z.array(zId).min(2).max(50),
    /** Left out by a partner: their own organisation. */
    ownerOrganisationId: zId.nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.agreedOn && value.reviewOn && value.reviewOn < value.agreedOn) {
      ctx.addIssue({ code: 'custom', path: ['reviewOn'], message: 'The review date lies before the agreed date' });
    }
    if (value.status !== 'draft' && !value.agreedOn) {
      ctx.addIssue({ code: 'custom', path: ['agreedOn'], message: 'An agreement past draft has an agreed date' });
    }
    if (new Set(value.partyIds).size !== value.partyIds.length) {
      ctx.addIssue({ code: 'custom', path: ['partyIds'], message: 'An organisation is named twice' });
    }
  })
  .meta({ id: 'AgreementBody' });
export type AgreementInput = z.input<typeof zAgreementInput>;

export const zAgreement = z
  .object({
    ...zEntryMeta,
    title: z.string(),
    dataCategory: z.string(),
    purpose: z.string(),
    legalBasis: zLegalBasis,
    legalBasisNote: z.string().nullable(),
    status: zAgreementStatus,
    agreedOn: z.string().nullable(),
    reviewOn: z.string().nullable(),
    /** The review date has passed (drafts are never overdue). */
    reviewOverdue: z.boolean(),
    documentLinks: z.array(zDocumentLink),
    parties: z.array(zOrganisationRef),
  })
  .meta({ id: 'Agreement' });
export type Agreement = z.infer<typeof zAgreement>;

export const zAgreementList = z.object({ agreements: z.array(zAgreement) }).meta({ id: 'AgreementList' });

// ---------------------------------------------------------------------------------------------
// Mirror conversations (component 3)
// ---------------------------------------------------------------------------------------------

export const zMirrorConversationInput = z
  .object({
    heldOn: zCalendarDate,
    theme: zRequiredText(200),
    parentsCount: z.number().int().min(0).max(100),
    professionalsCount: z.number().int().min(0).max(200),
    facilitator: zText(200).nullable().default(null),
    whatWorks: zText(5000).default(''),
    whatDoesNot: zText(5000).default(''),
    summary: zText(5000).default(''),
    ownerOrganisationId: zId.nullable().optional(),
  })
  .meta({ id: 'MirrorConversationBody' });
export type MirrorConversationInput = z.input<typeof zMirrorConversationInput>;

export const zFollowUpAction = z.object({
  id: z.number().int(),
  title: z.string(),
  status: z.enum(['open', 'in_progress', 'done', 'dropped']),
});

export const zMirrorConversation = z
  .object({
    ...zEntryMeta,
    heldOn: z.string(),
    theme: z.string(),
    parentsCount: z.number().int(),
    professionalsCount: z.number().int(),
    facilitator: z.string().nullable(),
    whatWorks: z.string(),
    whatDoesNot: z.string(),
    summary: z.string(),
    /** Improvement actions whose source is this conversation. */
    followUpActions: z.array(zFollowUpAction),
  })
  .meta({ id: 'MirrorConversation' });
export type MirrorConversation = z.infer<typeof zMirrorConversation>;

export const zMirrorConversationList = z
  .object({ mirrorConversations: z.array(zMirrorConversation) })
  .meta({ id: 'MirrorConversationList' });

// ---------------------------------------------------------------------------------------------
// Learning activities (component 4)
// ---------------------------------------------------------------------------------------------

export const zLearningActivityKind = z.enum(LEARNING_ACTIVITY_KINDS);

export const zLearningActivityInput = z
  .object({
    heldOn: zCalendarDate,
    kind: zLearningActivityKind,
    title: zRequiredText(200),
    description: zText(2000).default(''),
    participantIds: z.array(zId).min(1).max(100),
    ownerOrganisationId: zId.nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (new Set(value.participantIds).size !== value.participantIds.length) {
      ctx.addIssue({ code: 'custom', path: ['participantIds'], message: 'An organisation is named twice' });
    }
  })
  .meta({ id: 'LearningActivityBody' });
export type LearningActivityInput = z.input<typeof zLearningActivityInput>;

export const zLearningActivity = z
  .object({
    ...zEntryMeta,
    heldOn: z.string(),
    kind: zLearningActivityKind,
    title: z.string(),
    description: z.string(),
    participants: z.array(zOrganisationRef),
  })
  .meta({ id: 'LearningActivity' });
export type LearningActivity = z.infer<typeof zLearningActivity>;

export const zLearningBreadth = z.object({
  /** The twelve months up to and including this day. */
  from: z.string(),
  to: z.string(),
  participating: z.number().int(),
  organisations: z.number().int(),
  /** Percent, or null without active organisations. */
  share: z.number().nullable(),
  /** Active organisations without any learning activity in the window. */
  missing: z.array(zOrganisationRef),
});
export type LearningBreadth = z.infer<typeof zLearningBreadth>;

export const zLearningActivityList = z
  .object({ learningActivities: z.array(zLearningActivity), breadth: zLearningBreadth })
  .meta({ id: 'LearningActivityList' });

// ---------------------------------------------------------------------------------------------
// Integrated care plans (component 5): aggregate counts only
// ---------------------------------------------------------------------------------------------

export const zCarePlanCountInput = z
  .object({
    quarter: zQuarterKey,
    familiesDiscussed: z.number().int().min(0).max(100_000),
    withSharedPlan: z.number().int().min(0).max(100_000),
    planEvaluated: z.number().int().min(0).max(100_000),
    note: zText(500).nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.withSharedPlan > value.familiesDiscussed) {
      ctx.addIssue({
        code: 'custom',
        path: ['withSharedPlan'],
        message: 'More families with a shared plan than families discussed',
      });
    }
    if (value.planEvaluated > value.withSharedPlan) {
      ctx.addIssue({ code: 'custom', path: ['planEvaluated'], message: 'More plans evaluated than shared plans' });
    }
  })
  .meta({ id: 'CarePlanCountBody' });
export type CarePlanCountInput = z.input<typeof zCarePlanCountInput>;

export const zCarePlanCount = z
  .object({
    id: z.number().int(),
    quarter: z.string(),
    familiesDiscussed: z.number().int(),
    withSharedPlan: z.number().int(),
    planEvaluated: z.number().int(),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .meta({ id: 'CarePlanCount' });
export type CarePlanCount = z.infer<typeof zCarePlanCount>;

export const zCarePlanCountList = z
  .object({ carePlanCounts: z.array(zCarePlanCount) })
  .meta({ id: 'CarePlanCountList' });

// ---------------------------------------------------------------------------------------------
// Targets of the register measures
// ---------------------------------------------------------------------------------------------

export const zRegisterMeasureCode = z.enum(REGISTER_MEASURE_CODES as [string, ...string[]]);

export const zMeasureTargetInput = z
  .object({
    measureCode: zRegisterMeasureCode,
    validFromQuarter: zQuarterKey,
    target: z.number().positive().max(1000),
  })
  .superRefine((value, ctx) => {
    const measure = REGISTER_MEASURES[value.measureCode as RegisterMeasureCode];
    if (measure?.unit === 'percent' && value.target > 100) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'A share is at most 100 %' });
    }
  })
  .meta({ id: 'MeasureTargetBody' });
export type MeasureTargetInput = z.input<typeof zMeasureTargetInput>;

export const zMeasureTarget = z.object({
  id: z.number().int(),
  measureCode: z.string(),
  validFromQuarter: z.string(),
  target: z.number(),
  createdAt: z.string(),
});
export type MeasureTarget = z.infer<typeof zMeasureTarget>;

export const zMeasureTargetList = z.object({ targets: z.array(zMeasureTarget) }).meta({ id: 'MeasureTargetList' });
