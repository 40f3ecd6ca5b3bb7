import { queryOptions } from '@tanstack/react-query';
import {
  zAgreementList,
  zCarePlanCountList,
  zLearningActivityList,
  zMeasureTargetList,
  zMirrorConversationList,
} from '@tks/shared/schemas/registers';
import type { z } from 'zod';
import { apiGet } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';

/** The registers of components 2 to 5 and the targets of their measures. */
export const REGISTERS = {
  agreements: { path: 'agreements', schema: zAgreementList },
  mirrorConversations: { path: 'mirror-conversations', schema: zMirrorConversationList },
  learningActivities: { path: 'learning-activities', schema: zLearningActivityList },
  carePlans: { path: 'care-plans', schema: zCarePlanCountList },
} as const;
export type RegisterName = keyof typeof REGISTERS;

export const registerKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'registers'] as const,
  list: (slug: string, name: RegisterName, archived: boolean) =>
    [...registerKeys.all(slug), name, { archived }] as const,
  targets: (slug: string) => [...registerKeys.all(slug), 'measure-targets'] as const,
};

export const registerQueries = {
  list: <N extends RegisterName>(slug: string, name: N, archived = false) =>
    queryOptions({
      queryKey: registerKeys.list(slug, name, archived),
      queryFn: ({ signal }) =>
        apiGet(
          `${coalitionPath(slug)}/${REGISTERS[name].path}${archived ? '?archived=true' : ''}`,
          REGISTERS[name].schema,
          { signal },
        ) as Promise<z.output<(typeof REGISTERS)[N]['schema']>>,
    }),
  targets: (slug: string) =>
    queryOptions({
      queryKey: registerKeys.targets(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/measure-targets`, zMeasureTargetList, { signal }),
    }),
};
