import { z } from 'zod';
import { zComponentCode } from '../components';
import { ACTION_STATUSES } from '../domain';
import { zCalendarDate, zOrganisationRef } from './registers';

/*
 * Improvement actions: the intermediate results of the improvement plan. Obstacles reported by any
 * role are grouped under them. An action says where it came from: a questionnaire dimension, a
 * mirror conversation, a meeting, an indicator or something else.
 */

const zId = z.number().int().positive();
const zNote = z.string().trim().max(300);

export const zActionStatus = z.enum(ACTION_STATUSES);

export const zActionSourceInput = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('questionnaire'),
      /** The round whose results were discussed; optional, the dimension is what matters. */
      roundId: zId.nullable().default(null),
      dimensionCode: z.string().trim().min(1).max(8),
    }),
    z.object({ kind: z.literal('mirror_conversation'), mirrorConversationId: zId }),
    z.object({
      kind: z.literal('meeting'),
      /** The meeting in the learning register, when it is there. */
      learningActivityId: zId.nullable().default(null),
      note: zNote.nullable().default(null),
    }),
    z.object({ kind: z.literal('indicator'), indicatorId: zId }),
    z.object({ kind: z.literal('other'), note: zNote.nullable().default(null) }),
  ])
  .meta({ id: 'ActionSourceBody' });
export type ActionSourceInput = z.input<typeof zActionSourceInput>;

export const zActionInput = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(5000).default(''),
    component: zComponentCode,
    /** Left out by a partner: their own organisation. */
    ownerOrganisationId: zId.nullable().optional(),
    ownerName: z.string().trim().max(120).nullable().default(null),
    dueOn: zCalendarDate.nullable().default(null),
    status: zActionStatus.default('open'),
    /** Only with status done; defaults to today. */
    completedOn: zCalendarDate.nullable().default(null),
    source: zActionSourceInput.default({ kind: 'other', note: null }),
  })
  .meta({ id: 'ActionBody' });
export type ActionInput = z.input<typeof zActionInput>;
export type ParsedActionInput = z.output<typeof zActionInput>;

/** A status change only, for the board (close, start, drop, reopen). */
export const zActionStatusInput = z
  .object({ status: zActionStatus, completedOn: zCalendarDate.nullable().default(null) })
  .meta({ id: 'ActionStatusBody' });

export const zActionSource = z.object({
  kind: z.enum(['questionnaire', 'mirror_conversation', 'meeting', 'indicator', 'other']),
  roundId: z.number().int().nullable(),
  dimensionCode: z.string().nullable(),
  mirrorConversationId: z.number().int().nullable(),
  learningActivityId: z.number().int().nullable(),
  indicatorId: z.number().int().nullable(),
  note: z.string().nullable(),
  /** A readable description of the source: the theme of the conversation, the meeting's title, the indicator code. */
  label: z.string().nullable(),
});
export type ActionSource = z.infer<typeof zActionSource>;

export const zObstacle = z
  .object({
    id: z.number().int(),
    description: z.string(),
    reportedRole: z.string().nullable(),
    organisation: zOrganisationRef.nullable(),
    improvementActionId: z.number().int().nullable(),
    createdAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .meta({ id: 'Obstacle' });
export type Obstacle = z.infer<typeof zObstacle>;

export const zAction = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    component: zComponentCode,
    ownerOrganisation: zOrganisationRef.nullable(),
    ownerName: z.string().nullable(),
    dueOn: z.string().nullable(),
    status: zActionStatus,
    completedOn: z.string().nullable(),
    /** Past its due date and not done or dropped. */
    overdue: z.boolean(),
    source: zActionSource,
    obstacles: z.array(zObstacle),
    createdAt: z.string(),
    updatedAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .meta({ id: 'Action' });
export type Action = z.infer<typeof zAction>;

export const zActionList = z.object({ actions: z.array(zAction) }).meta({ id: 'ActionList' });

export const zObstacleInput = z
  .object({
    description: z.string().trim().min(1).max(1000),
    /** The role of the person who ran into it: verloskundige, jeugdverpleegkundige, … */
    reportedRole: z.string().trim().max(120).nullable().default(null),
    organisationId: zId.nullable().optional(),
    /** The intermediate result it is grouped under, or null while ungrouped. */
    improvementActionId: zId.nullable().default(null),
  })
  .meta({ id: 'ObstacleBody' });
export type ObstacleInput = z.input<typeof zObstacleInput>;

export const zObstacleList = z.object({ obstacles: z.array(zObstacle) }).meta({ id: 'ObstacleList' });
